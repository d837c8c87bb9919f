/** What a day is, for counting working time. */
export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'day_off', 'makeup_workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** A day that differs from the office-hours pattern, as the yearly notice or the law sets it. */
export interface CalendarEntry {
  date: string; // YYYY-MM-DD
  kind: 'holiday' | 'day_off' | 'makeup_workday';
  name: string;
}

/** A working session within a day, as HH:MM in Asia/Ho_Chi_Minh. */
export interface Session {
  start: string;
  end: string;
}

/**
 * Office hours from a day of the year (MM-DD) until the next season starts, wrapping at the
 * year's end. Weekdays are 1 (Monday) … 7 (Sunday).
 */
export interface OfficeHoursSeason {
  from: string;
  weekdays: number[];
  sessions: Session[];
}

export interface OfficeHours {
  seasons: OfficeHoursSeason[];
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  seasons: [
    {
      from: '01-01',
      weekdays: [1, 2, 3, 4, 5],
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    },
  ],
};

/** First and last supported years: the lunar tables and the compiled index cover these. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
