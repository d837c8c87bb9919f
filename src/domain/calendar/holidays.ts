import type { CalendarEntry } from './calendar-types.js';
import { fromJulianDay, julianDay, lunarToSolar } from './lunar.js';

/**
 * Holidays of the Labour Code 2019, Art. 112, as rules from which a year without an official
 * notice is generated. The yearly notice of the Ministry of Home Affairs (Tết, National Day,
 * swaps) replaces the generated list for its year.
 */
export interface HolidayRules {
  solar: { month: number; day: number; name: string }[];
  /** Days approved in principle but not yet law, e.g. 24/11: on only when an administrator says. */
  optional: { month: number; day: number; name: string; enabled: boolean }[];
  /** Tết: how many days before and after mùng 1 (the law gives 5 days; the split is set yearly). */
  tet: { daysBefore: number; daysAfter: number };
  /** Which day next to 2/9 is also off (the law says one adjacent day, set each year). */
  nationalDayExtra: 'before' | 'after';
}

export const DEFAULT_HOLIDAY_RULES: HolidayRules = {
  solar: [
    { month: 1, day: 1, name: 'Tết Dương lịch' },
    { month: 4, day: 30, name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { month: 5, day: 1, name: 'Ngày Quốc tế Lao động' },
    { month: 9, day: 2, name: 'Quốc khánh' },
  ],
  optional: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', enabled: false }],
  tet: { daysBefore: 1, daysAfter: 3 },
  nationalDayExtra: 'before',
};

function iso(jd: number): string {
  const { year, month, day } = fromJulianDay(jd);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOfJulianDay(jd: number): number {
  return (jd % 7) + 1;
}

/** The generated holidays of a solar year, with a compensatory day off for each one on a weekend. */
export function generateHolidays(
  year: number,
  rules: HolidayRules = DEFAULT_HOLIDAY_RULES,
): CalendarEntry[] {
  const holidays = new Map<number, string>();
  for (const h of [...rules.solar, ...rules.optional.filter((o) => o.enabled)]) {
    holidays.set(julianDay(year, h.month, h.day), h.name);
  }
  const nationalDay = julianDay(year, 9, 2);
  holidays.set(
    rules.nationalDayExtra === 'before' ? nationalDay - 1 : nationalDay + 1,
    'Quốc khánh',
  );

  const tet = lunarToSolar({ day: 1, month: 1, year, leap: false });
  if (tet) {
    const first = julianDay(tet.year, tet.month, tet.day);
    for (let d = first - rules.tet.daysBefore; d <= first + rules.tet.daysAfter; d++) {
      holidays.set(d, 'Tết Nguyên đán');
    }
  }
  const gioTo = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (gioTo) holidays.set(julianDay(gioTo.year, gioTo.month, gioTo.day), 'Giỗ Tổ Hùng Vương');

  // Art. 112(3): a holiday on the weekly rest day is taken on the next working day.
  const isWeekend = (jd: number) => weekdayOfJulianDay(jd) >= 6;
  const daysOff = new Map<number, string>();
  for (const jd of [...holidays.keys()].sort((a, b) => a - b)) {
    if (!isWeekend(jd)) continue;
    let next = jd + 1;
    while (isWeekend(next) || holidays.has(next) || daysOff.has(next)) next++;
    daysOff.set(next, `Nghỉ bù ${holidays.get(jd)}`);
  }
  const entries: CalendarEntry[] = [
    ...[...holidays].map(([jd, name]) => ({ date: iso(jd), kind: 'holiday' as const, name })),
    ...[...daysOff].map(([jd, name]) => ({ date: iso(jd), kind: 'day_off' as const, name })),
  ];
  return entries
    .filter((e) => e.date.startsWith(`${year}-`))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}
