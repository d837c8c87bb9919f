import { addDays, localDate } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';
import { WorkingCalendar as Calendar } from './working-calendar.js';

/**
 * The obvious way to add working time: walk day by day and session by session. Not used by the
 * product; it is the oracle the property tests check the compiled index against, and the
 * baseline the benchmark measures the index's speed-up against.
 */
export function addWorkingTimeNaively(
  calendar: WorkingCalendar,
  start: number,
  amountMs: number,
): number {
  if (amountMs === 0) return start;
  let rest = amountMs;
  let date = localDate(new Date(start));
  for (;;) {
    const midnight = Calendar.startOfDate(date);
    for (const [from, to] of calendar.sessions(date)) {
      const open = Math.max(midnight + from * 60_000, start);
      const close = midnight + to * 60_000;
      if (close <= open) continue;
      if (rest <= close - open) return open + rest;
      rest -= close - open;
    }
    date = addDays(date, 1);
  }
}
