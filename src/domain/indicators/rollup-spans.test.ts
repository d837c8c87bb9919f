import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-date.js';
import { monthEnd, rollupSources, sourceOfDay } from './rollup-spans.js';

const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2025-07-01', n));

describe('the sources of a period’s sums once past days are totalled', () => {
  it('read a month wholly before or inside the period from its total, cut months by day', () => {
    const s = rollupSources('2026-03-10', '2026-05-20', '2026-06-06');
    expect(s.dayRanges).toEqual([
      ['2026-03-01', '2026-03-31'],
      ['2026-05-01', '2026-05-20'],
    ]);
    expect(sourceOfDay('2026-02-27', s)).toBe('month');
    expect(sourceOfDay('2026-03-09', s)).toBe('day');
    expect(sourceOfDay('2026-04-15', s)).toBe('month');
    expect(sourceOfDay('2026-05-20', s)).toBe('day');
    expect(sourceOfDay('2026-05-21', s)).toBeNull();
  });

  it('read the days from the horizon on from the rollups, the month before it by day', () => {
    const s = rollupSources('2026-12-01', '2026-12-31', '2026-12-06');
    expect(s.dayRanges).toEqual([['2026-12-01', '2026-12-05']]);
    expect(sourceOfDay('2026-11-30', s)).toBe('month');
    expect(sourceOfDay('2026-12-06', s)).toBe('rollups');
  });

  it('read everything from the rollups when nothing is totalled', () => {
    const s = rollupSources('2026-01-01', '2026-12-31', null);
    expect(s.dayRanges).toEqual([]);
    expect(sourceOfDay('2025-08-01', s)).toBe('rollups');
  });

  it('knows the last day of every month', () => {
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(monthEnd('2026-12-31')).toBe('2026-12-31');
    expect(monthEnd('2026-04-01')).toBe('2026-04-30');
  });

  it('cover every day up to the period’s end exactly once, for any period and horizon', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 400 }),
        fc.option(day),
        (from, length, horizon) => {
          const to = addDays(from, length);
          const s = rollupSources(from, to, horizon);
          for (let d = '2025-06-01'; d <= addDays(to, 3); d = addDays(d, 1)) {
            const source = sourceOfDay(d, s);
            if (d > to) expect(source).toBeNull();
            else expect(source).not.toBeNull();
            // A day in a day range is never also in a month total or the rollups.
            const inRanges = s.dayRanges.filter(([a, b]) => d >= a && d <= b).length;
            expect(inRanges).toBe(source === 'day' ? 1 : 0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
