import type { CalendarDay } from '../../api/types.js';
import { MonthGrid } from './month-grid.js';
import { daysOfMonth } from './month-weeks.js';
import { todayInVietnam } from './vietnam-today.js';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export function YearCalendar({ days }: { days: readonly CalendarDay[] }) {
  const today = todayInVietnam();
  return (
    <div className="calendar-months">
      {MONTHS.map((month) => (
        <MonthGrid key={month} month={month} days={daysOfMonth(days, month)} today={today} />
      ))}
    </div>
  );
}
