import { addDays, localDate } from '../calendar/local-date.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * Transfer to the competent agency (domain.md §4): a paper dossier goes the same working day, so
 * it is due there by that day's closing time; one received after the cut-off (15:00,
 * configurable), or on a day off, goes at the opening of the next working day. Returns the instant
 * the competent agency is to have it.
 */
export function transferDueAt(
  calendar: WorkingCalendar,
  receivedAt: number,
  cutoff = '15:00',
): number {
  const date = localDate(new Date(receivedAt));
  const [h, m] = cutoff.split(':').map(Number) as [number, number];
  const cutoffInstant = WorkingCalendar.startOfDate(date) + (h * 60 + m) * 60_000;
  if (calendar.isWorkingDay(date) && receivedAt <= cutoffInstant) {
    const lastSession = calendar.sessions(date).at(-1);
    const closing = WorkingCalendar.startOfDate(date) + (lastSession?.[1] ?? 0) * 60_000;
    return Math.max(receivedAt, closing);
  }
  let next = addDays(date, 1);
  while (!calendar.isWorkingDay(next)) next = addDays(next, 1);
  const [firstSession] = calendar.sessions(next);
  return WorkingCalendar.startOfDate(next) + (firstSession?.[0] ?? 0) * 60_000;
}
