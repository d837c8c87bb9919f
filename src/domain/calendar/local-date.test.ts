import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.js';

describe('the local date of an instant', () => {
  it('is the date in Vietnam (UTC+7), at midnight and just before', () => {
    expect(localDate(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
    expect(localDate(new Date('2026-12-06T16:59:59.999Z'))).toBe('2026-12-06');
    expect(localDate(new Date('1969-12-31T17:00:00Z'))).toBe('1970-01-01');
    expect(() => localDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('property: the same as reading the shifted instant’s date, asked once or again', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }), (t) => {
        const expected = new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);
        expect(localDate(new Date(t))).toBe(expected);
        expect(localDate(new Date(t))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
