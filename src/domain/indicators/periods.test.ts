import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-date.js';
import {
  elapsedPart,
  PERIOD_KINDS,
  PeriodError,
  periodOf,
  previousPeriod,
  startOfDay,
} from './periods.js';

describe('periods of the index and reports', () => {
  it('hold the day asked for, in Vietnam’s time', () => {
    expect(periodOf('day', '2026-11-30')).toEqual({
      kind: 'day',
      from: '2026-11-30',
      to: '2026-11-30',
      start: Date.parse('2026-11-30T00:00:00+07:00'),
      end: Date.parse('2026-12-01T00:00:00+07:00'),
    });
    expect(periodOf('week', '2026-12-06')).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodOf('week', '2026-11-30')).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodOf('month', '2028-02-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('quarter', '2026-11-15')).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodOf('half', '2025-07-01')).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodOf('year', '2026-06-01')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf('custom', '2026-11-03', '2026-11-05')).toMatchObject({
      from: '2026-11-03',
      to: '2026-11-05',
    });
  });

  it('refuse bad dates and custom periods that end before they start', () => {
    expect(() => periodOf('day', '2026-02-30')).toThrow(PeriodError);
    expect(() => periodOf('custom', '2026-11-05', '2026-11-03')).toThrow(PeriodError);
    expect(() => periodOf('custom', '2026-11-05')).toThrow(PeriodError);
  });

  const date = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));

  it('property: every kind holds its day, starts at a local midnight and follows the one before', () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...PERIOD_KINDS.filter((k) => k !== 'custom')),
        (d, kind) => {
          const p = periodOf(kind, d);
          expect(p.from <= d && d <= p.to).toBe(true);
          expect(p.start).toBe(startOfDay(p.from));
          expect(p.end).toBe(startOfDay(addDays(p.to, 1)));
          // The period before ends where this one starts, and a period is the same from any of its days.
          expect(previousPeriod(p).end).toBe(p.start);
          expect(periodOf(kind, p.to)).toEqual(p);
        },
      ),
    );
  });
});

describe('the part of a period that has happened', () => {
  it('is the whole of a past period, up to tonight for the current one, nothing for a later one', () => {
    const december = periodOf('month', '2026-12-07');
    expect(elapsedPart(december, '2027-01-02')).toEqual(december);
    expect(elapsedPart(december, '2026-12-07')).toEqual({
      ...december,
      to: '2026-12-07',
      end: Date.parse('2026-12-08T00:00:00+07:00'),
    });
    expect(elapsedPart(december, '2026-11-30')).toBeNull();
  });
});
