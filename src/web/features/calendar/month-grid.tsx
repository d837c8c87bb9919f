import { Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../api/types.js';
import { dayName, lunarFigure, monthName, WEEKDAY_KEYS } from './day-text.js';
import { monthWeeks } from './month-weeks.js';

interface MonthGridProps {
  month: number;
  days: readonly CalendarDay[];
  today: string;
}

export function MonthGrid({ month, days, today }: MonthGridProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="calendar-month-box">
      <Title order={3} size="h5" id={titleId} mb={4}>
        {monthName(t, month)}
      </Title>
      <table className="calendar-month" aria-labelledby={titleId}>
        <thead>
          <tr>
            {WEEKDAY_KEYS.map((weekday) => (
              <th key={weekday} scope="col" abbr={t(`calendar.weekdays.${weekday}`)}>
                {t(`calendar.weekdaysShort.${weekday}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(days).map((week) => (
            <tr key={week.find(Boolean)?.date}>
              {week.map((day, index) =>
                day ? (
                  <DayCell key={day.date} day={day} isToday={day.date === today} />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: blanks have nothing but their place
                  <td key={index} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DayCell({ day, isToday }: { day: CalendarDay; isToday: boolean }) {
  const { t } = useTranslation();
  const name = dayName(t, day);
  return (
    <td
      className="calendar-day"
      data-kind={day.kind}
      aria-label={name}
      title={name}
      aria-current={isToday ? 'date' : undefined}
    >
      <span className="calendar-solar">{Number(day.date.slice(8))}</span>
      <span className="calendar-lunar" data-first={day.lunar.day === 1 || undefined}>
        {lunarFigure(t, day.lunar)}
      </span>
    </td>
  );
}
