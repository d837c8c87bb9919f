import { addDays, localDate } from './local-date.js';
import { WorkingCalendar } from './working-calendar.js';

/**
 * Deadline arithmetic of domain.md §5 "How to count". Instants are epoch milliseconds; the
 * current time is always an argument. Rules, in one place:
 *
 * - `working_hours`, `working_days`: counted in working time inside office hours, N WD = N × the
 *   day's working hours (8 by default). A count that starts outside office hours starts at the
 *   next opening. The due instant is the earliest one at which the count is reached, so a count
 *   that ends with a session ends at that session's close (12:00, 17:00), not at the next
 *   opening. A count of zero is due at the start instant itself, even outside office hours.
 * - `days`, `months` (Civil Code art. 147–148): the period starts the day after the event and
 *   ends at 24:00 of its last day (represented as 00:00 of the following day); a month period ends
 *   on the day with the event's day number, or the month's last day if it has none; if the last
 *   day is not a working day, the period ends at 24:00 of the next working day.
 * - `hours`: clock hours, no calendar.
 * - Pauses (the applicant's time) stop the clock: working units skip the working time inside a
 *   pause; `hours` skip its clock time; `days`/`months` are moved by its clock time, and the end
 *   is then taken again to 24:00 of a working day.
 */

export const UNITS = ['working_hours', 'working_days', 'days', 'months', 'hours'] as const;
export type Unit = (typeof UNITS)[number];

export interface Pause {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Working time (ms) of one working day, for N WD = N × this. */
export const WORKING_DAY_MS = 8 * HOUR;

export function addWorkingTime(
  calendar: WorkingCalendar,
  start: number,
  amountMs: number,
  pauses: readonly Pause[] = [],
): number {
  if (amountMs === 0) return start;
  let target = calendar.workingBefore(start) + amountMs;
  for (const p of [...pauses].sort((a, b) => a.from - b.from)) {
    const pauseStart = calendar.workingBefore(p.from);
    if (p.from < start || pauseStart >= target) continue;
    target += calendar.workingBefore(p.to) - pauseStart;
  }
  return calendar.instantAt(target);
}

function endOfWorkingDay(calendar: WorkingCalendar, lastDay: string): number {
  let day = lastDay;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return WorkingCalendar.startOfDate(addDays(day, 1));
}

function lastDayOfMonths(eventDate: string, months: number): string {
  const [y, m, d] = eventDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth)).padStart(2, '0')}`;
}

function pausedClockTime(pauses: readonly Pause[], start: number): number {
  return pauses.filter((p) => p.from >= start).reduce((sum, p) => sum + (p.to - p.from), 0);
}

function afterPauses(calendar: WorkingCalendar, nominalEnd: number, paused: number): number {
  if (paused === 0) return nominalEnd;
  const shifted = nominalEnd + paused;
  // 24:00 of the day the shifted end falls in (an end exactly at midnight closes the day before).
  return endOfWorkingDay(calendar, localDate(new Date(shifted - 1)));
}

export function dueDate(
  calendar: WorkingCalendar,
  start: number,
  amount: number,
  unit: Unit,
  pauses: readonly Pause[] = [],
): number {
  switch (unit) {
    case 'working_hours':
      return addWorkingTime(calendar, start, amount * HOUR, pauses);
    case 'working_days':
      return addWorkingTime(calendar, start, amount * WORKING_DAY_MS, pauses);
    case 'hours':
      return start + amount * HOUR + pausedClockTime(pauses, start);
    case 'days': {
      const end = endOfWorkingDay(calendar, addDays(localDate(new Date(start)), amount));
      return afterPauses(calendar, end, pausedClockTime(pauses, start));
    }
    case 'months': {
      const end = endOfWorkingDay(calendar, lastDayOfMonths(localDate(new Date(start)), amount));
      return afterPauses(calendar, end, pausedClockTime(pauses, start));
    }
  }
}

/** Working time (ms) between two instants, without the parts inside pauses. */
export function workingTimeBetween(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  pauses: readonly Pause[] = [],
): number {
  let total = calendar.workingBefore(to) - calendar.workingBefore(from);
  for (const p of pauses) total -= calendar.workingBefore(p.to) - calendar.workingBefore(p.from);
  return total;
}

export function workingMinutesBetween(
  calendar: WorkingCalendar,
  from: number,
  to: number,
  pauses: readonly Pause[] = [],
): number {
  return Math.round(workingTimeBetween(calendar, from, to, pauses) / MINUTE);
}

/** Working time (ms) left until a due instant; negative once it has passed. */
export function remainingWorkingTime(calendar: WorkingCalendar, now: number, due: number): number {
  return calendar.workingBefore(due) - calendar.workingBefore(now);
}

export type Timeliness = 'early' | 'on_time' | 'late';

/**
 * Early: finished on a day before the due date's day. On time: on the due day, at or before the
 * due instant. Late: after it. The due day of a Civil Code period ending at 24:00 is that day,
 * not the next one, hence the millisecond taken off.
 */
export function timeliness(finishedAt: number, due: number): Timeliness {
  if (finishedAt > due) return 'late';
  return localDate(new Date(finishedAt)) < localDate(new Date(due - 1)) ? 'early' : 'on_time';
}

/** An open dossier past its due instant is late. */
export function isOverdue(now: number, due: number): boolean {
  return now > due;
}
