import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexScheme, maxPoints, SHIPPED_INDEX_SCHEME, schemeOn, scoreOf } from './index-scheme.js';

describe('the service index scheme', () => {
  it('ships the groups of Quyết định 766, stated at 100 points; 2 of digitisation’s are unnamed', () => {
    expect(IndexScheme.parse(SHIPPED_INDEX_SCHEME)).toEqual(SHIPPED_INDEX_SCHEME);
    const { groups, total, stated } = maxPoints(SHIPPED_INDEX_SCHEME);
    expect(Object.fromEntries(groups.map((g) => [g.id, g.stated]))).toEqual({
      transparency: 18,
      progress: 20,
      online: 12,
      payment: 10,
      digitisation: 22,
      satisfaction: 18,
    });
    expect(stated).toBe(100);
    expect(groups.find((g) => g.id === 'digitisation')?.max).toBe(20);
    expect(total).toBe(98);
  });

  it('scores full points at the target, else in proportion to it (domain.md §6)', () => {
    const online = { points: 6, target: 0.5 };
    expect(scoreOf(0.5, online)).toBe(6);
    expect(scoreOf(0.8, online)).toBe(6);
    expect(scoreOf(0.25, online)).toBeCloseTo(3);
    expect(scoreOf(0.9, { points: 20 })).toBeCloseTo(18);
    expect(scoreOf(null, online)).toBeNull();
  });

  it('refuses an indicator named twice, and picks the version in force', () => {
    const twice = structuredClone(SHIPPED_INDEX_SCHEME);
    twice.groups[0]?.indicators.push({ id: '2.1', name: 'x', ratio: 'y', points: 1 });
    expect(IndexScheme.safeParse(twice).success).toBe(false);
    const next = { ...SHIPPED_INDEX_SCHEME, version: 'next', validFrom: '2027-01-01' };
    expect(schemeOn([next, SHIPPED_INDEX_SCHEME], '2026-12-31')?.version).toBe('766/2025');
    expect(schemeOn([next, SHIPPED_INDEX_SCHEME], '2027-01-01')?.version).toBe('next');
    expect(schemeOn([next], '2026-01-01')).toBeUndefined();
  });

  it('property: a score lies within the points, grows with the ratio, and is full from the target on', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
        (a, b, points, target) => {
          const i = { points, target };
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const sLo = scoreOf(lo, i) as number;
          const sHi = scoreOf(hi, i) as number;
          expect(sLo).toBeGreaterThanOrEqual(0);
          expect(sHi).toBeLessThanOrEqual(points);
          expect(sLo).toBeLessThanOrEqual(sHi + 1e-9);
          if (hi >= (target ?? 1)) expect(sHi).toBe(points);
        },
      ),
    );
  });
});
