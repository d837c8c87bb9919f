import { FIRST_YEAR, LAST_YEAR } from '../../../domain/calendar/calendar-types.js';

/** The year lives in the address, so a year's calendar can be bookmarked or sent to a colleague. */
export interface CalendarSearch {
  year?: number | undefined;
}

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function parseCalendarSearch(raw: Record<string, unknown>): CalendarSearch {
  const year = Number(raw.year);
  return { year: isSupportedYear(year) ? year : undefined };
}
