import { type CalendarEntry, DEFAULT_OFFICE_HOURS, type OfficeHours } from './calendar-types.js';
import { DEFAULT_HOLIDAY_RULES, generateHolidays, type HolidayRules } from './holidays.js';
import { OFFICIAL_NOTICES } from './official-notices.js';
import { WorkingCalendar } from './working-calendar.js';

export interface CalendarData {
  officeHours: OfficeHours;
  rules: HolidayRules;
  /** Each year's official notice, where one has been entered; it replaces the generated list. */
  notices: ReadonlyMap<number, readonly CalendarEntry[]>;
}

export const SHIPPED_CALENDAR_DATA: CalendarData = {
  officeHours: DEFAULT_OFFICE_HOURS,
  rules: DEFAULT_HOLIDAY_RULES,
  notices: new Map(Object.entries(OFFICIAL_NOTICES).map(([year, n]) => [Number(year), n.entries])),
};

export function entriesFor(data: CalendarData, year: number): CalendarEntry[] {
  const notice = data.notices.get(year);
  return notice ? [...notice] : generateHolidays(year, data.rules);
}

export function compileCalendar(data: CalendarData): WorkingCalendar {
  return new WorkingCalendar({
    officeHours: data.officeHours,
    entriesFor: (year) => entriesFor(data, year),
  });
}
