import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS, POSTAL_BACKDATE_MS, postalSubmission } from './postal.js';

describe('postal submission time', () => {
  const now = Date.parse('2026-12-01T10:00:00+07:00');

  it('is the signing of the hand-over record, refused in the future or a month back', () => {
    expect(postalSubmission(now - 3_600_000, now)).toEqual({ at: now - 3_600_000, problem: null });
    expect(postalSubmission(now + 60_000, now)).toEqual({ at: now, problem: null }); // clocks differ
    expect(postalSubmission(now + 3_600_000, now).problem).toBe('in_future');
    expect(postalSubmission(now - 31 * 86_400_000, now).problem).toBe('too_old');
  });

  it('property: an accepted time is never after now, and is the signing time when that is past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2 * POSTAL_BACKDATE_MS, max: 2 * CLOCK_SKEW_MS }),
        (offset) => {
          const { at, problem } = postalSubmission(now + offset, now);
          if (problem === null) {
            expect(at).toBeLessThanOrEqual(now);
            if (offset <= 0) expect(at).toBe(now + offset);
          }
          expect(problem === null).toBe(offset <= CLOCK_SKEW_MS && offset >= -POSTAL_BACKDATE_MS);
        },
      ),
    );
  });
});
