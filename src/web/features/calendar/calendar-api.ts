import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  CalendarDaysResponse,
  CalendarYearView,
  SetCalendarYearRequest,
} from '../../api/types.js';

export const calendarQueryKey = ['calendar'] as const;

export function calendarYearQueryKey(year: number) {
  return [...calendarQueryKey, 'year', year] as const;
}

/** The whole year in one request (at most 366 of the API's 3,700 days), for the 12 grids at once. */
export function calendarDaysQueryOptions(year: number) {
  return queryOptions({
    queryKey: [...calendarQueryKey, 'days', year],
    queryFn: ({ signal }) =>
      api<CalendarDaysResponse>('/api/v1/calendar/days', {
        query: { from: `${year}-01-01`, to: `${year}-12-31` },
        signal,
      }),
    select: (response) => response.days,
    // Keeps last year's grids on screen while the next year loads, so the page does not jump.
    placeholderData: keepPreviousData,
  });
}

export function calendarYearQueryOptions(year: number) {
  return queryOptions({
    queryKey: calendarYearQueryKey(year),
    queryFn: ({ signal }) => api<CalendarYearView>(`/api/v1/calendar/years/${year}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function saveCalendarYear(
  year: number,
  body: SetCalendarYearRequest,
): Promise<CalendarYearView> {
  return api<CalendarYearView>(`/api/v1/calendar/years/${year}`, { method: 'PUT', body });
}
