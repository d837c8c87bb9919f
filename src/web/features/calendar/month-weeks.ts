import type { CalendarDay } from '../../api/types.js';

/** A Monday-first week of one month; null stands for the days of the months either side. */
export type Week = readonly (CalendarDay | null)[];

export function daysOfMonth(days: readonly CalendarDay[], month: number): CalendarDay[] {
  const prefix = `-${String(month).padStart(2, '0')}-`;
  return days.filter((day) => day.date.slice(4, 8) === prefix);
}

export function monthWeeks(monthDays: readonly CalendarDay[]): Week[] {
  const first = monthDays[0];
  if (!first) return [];
  const cells: (CalendarDay | null)[] = [
    ...Array<null>(first.weekday - 1).fill(null),
    ...monthDays,
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Week[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
