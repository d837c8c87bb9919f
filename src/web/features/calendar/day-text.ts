import type { TFunction } from 'i18next';
import type { CalendarDay, DayKind } from '../../api/types.js';
import type { Messages } from '../../i18n/vi.js';

type WeekdayKey = keyof Messages['calendar']['weekdays'];
type MonthKey = keyof Messages['calendar']['months'];

/** Message keys in the API's order: weekday 1 is Monday, and the grids start their weeks on it. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
];
const MONTH_KEYS: readonly MonthKey[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** The kinds an officer may enter in a notice; the others follow from office hours. */
export const NOTICE_KINDS = ['holiday', 'day_off', 'makeup_workday'] as const;

export function isNoticeKind(kind: DayKind): kind is (typeof NOTICE_KINDS)[number] {
  return (NOTICE_KINDS as readonly DayKind[]).includes(kind);
}

/**
 * "27/04/2026" from "2026-04-27", by the digits rather than through `Date`, which would read the
 * string as UTC midnight and could land on another day in some browser zones.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** 1 (Monday) … 7 (Sunday), as the API counts, for a YYYY-MM-DD read as a calendar date. */
export function isoWeekday(iso: string): number {
  const sundayFirst = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

export function weekdayName(t: TFunction, weekday: number): string {
  return t(`calendar.weekdays.${WEEKDAY_KEYS[weekday - 1] ?? 'mon'}`);
}

export function monthName(t: TFunction, month: number): string {
  return t(`calendar.months.${MONTH_KEYS[month - 1] ?? 'jan'}`);
}

/**
 * The small lunar figure under the solar day: the day alone, except on the first of a lunar month,
 * which also names the month ("1/6") and marks a leap month ("1/6N"), as printed calendars do.
 */
export function lunarFigure(t: TFunction, lunar: CalendarDay['lunar']): string {
  if (lunar.day !== 1) return String(lunar.day);
  return `1/${lunar.month}${lunar.leap ? t('calendar.leapMark') : ''}`;
}

/**
 * Everything the cell shows by colour and position, in words, for screen readers and as a tooltip:
 * "Thứ Hai, 27/04/2026 — Nghỉ bù, hoán đổi: Nghỉ bù Giỗ Tổ Hùng Vương (âm lịch 11/3)".
 */
export function dayName(t: TFunction, day: CalendarDay): string {
  const kind = t(`calendar.kinds.${day.kind}`);
  const lunarValues = { day: day.lunar.day, month: day.lunar.month };
  return t('calendar.dayName', {
    weekday: weekdayName(t, day.weekday),
    date: formatIsoDate(day.date),
    what: day.name ? t('calendar.namedKind', { kind, name: day.name }) : kind,
    lunar: day.lunar.leap ? t('calendar.lunarLeap', lunarValues) : t('calendar.lunar', lunarValues),
  });
}
