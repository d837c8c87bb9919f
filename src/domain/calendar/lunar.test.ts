import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR } from './calendar-types.js';
import { canChiOfYear, fromJulianDay, julianDay, lunarToSolar, solarToLunar } from './lunar.js';

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết and Giỗ Tổ on the known days', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 2025, leap: false })).toEqual({
      year: 2025,
      month: 1,
      day: 29,
    });
    expect(lunarToSolar({ day: 1, month: 1, year: 2026, leap: false })).toEqual({
      year: 2026,
      month: 2,
      day: 17,
    });
    expect(lunarToSolar({ day: 1, month: 1, year: 2027, leap: false })).toEqual({
      year: 2027,
      month: 2,
      day: 6,
    });
    expect(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false })).toEqual({
      year: 2025,
      month: 4,
      day: 7,
    });
    expect(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false })).toEqual({
      year: 2026,
      month: 4,
      day: 26,
    });
  });

  it('is computed for UTC+7, where it differs from the Chinese calendar', () => {
    expect(lunarToSolar({ day: 1, month: 1, year: 1985, leap: false })).toEqual({
      year: 1985,
      month: 1,
      day: 21,
    });
    expect(lunarToSolar({ day: 1, month: 1, year: 2007, leap: false })).toEqual({
      year: 2007,
      month: 2,
      day: 17,
    });
  });

  it('knows leap months: 2025 has a leap sixth month', () => {
    expect(solarToLunar(2025, 7, 25)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({
      year: 2025,
      month: 7,
      day: 25,
    });
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 30, month: 12, year: 2024, leap: false })).toBeNull(); // Chạp had 29 days
  });

  it('names years in Can Chi', () => {
    expect(canChiOfYear(2025)).toBe('Ất Tỵ');
    expect(canChiOfYear(2026)).toBe('Bính Ngọ');
    expect(canChiOfYear(1945)).toBe('Ất Dậu');
  });

  it('round-trips solar → lunar → solar for every day of 1900–2199', () => {
    const first = julianDay(FIRST_YEAR, 1, 1);
    const last = julianDay(LAST_YEAR, 12, 31);
    let failures = 0;
    for (let jd = first; jd <= last; jd++) {
      const solar = fromJulianDay(jd);
      const lunar = solarToLunar(solar.year, solar.month, solar.day);
      const back = lunarToSolar(lunar);
      if (!back || back.year !== solar.year || back.month !== solar.month || back.day !== solar.day)
        failures++;
    }
    expect(failures).toBe(0);
  }, 120_000);

  it('converts Julian day numbers both ways', () => {
    expect(julianDay(2000, 1, 1)).toBe(2451545);
    expect(fromJulianDay(2451545)).toEqual({ year: 2000, month: 1, day: 1 });
  });
});
