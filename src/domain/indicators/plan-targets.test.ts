import { describe, expect, it } from 'vitest';
import {
  PlanTargets,
  SHIPPED_PLAN_TARGETS,
  targetMet,
  targetOf,
  targetsOn,
} from './plan-targets.js';

describe('the plan’s targets as data', () => {
  it('ships the plan of domain.md §7, with onTime above 90% and early above 60%', () => {
    expect(PlanTargets.parse(SHIPPED_PLAN_TARGETS)).toEqual(SHIPPED_PLAN_TARGETS);
    expect(targetOf(SHIPPED_PLAN_TARGETS, 'onTime')).toMatchObject({
      share: 0.9,
      comparison: 'above',
    });
    expect(targetOf(SHIPPED_PLAN_TARGETS, 'early')).toMatchObject({
      share: 0.6,
      comparison: 'above',
    });
  });

  it('meets "above" only over the share, "atLeast" at it; no figure, no verdict', () => {
    expect(targetMet(0.9, { share: 0.9, comparison: 'above' })).toBe(false);
    expect(targetMet(0.9001, { share: 0.9, comparison: 'above' })).toBe(true);
    expect(targetMet(1, { share: 1, comparison: 'atLeast' })).toBe(true);
    expect(targetMet(0.99, { share: 1, comparison: 'atLeast' })).toBe(false);
    expect(targetMet(null, { share: 0.5, comparison: 'atLeast' })).toBeNull();
  });

  it('refuses a target twice, one missing that the figures need, and shares outside (0, 1]', () => {
    const twice = structuredClone(SHIPPED_PLAN_TARGETS);
    twice.targets.push({ ...(twice.targets[0] as (typeof twice.targets)[number]) });
    const missing = {
      ...SHIPPED_PLAN_TARGETS,
      targets: SHIPPED_PLAN_TARGETS.targets.filter((t) => t.id !== 'early'),
    };
    const zero = structuredClone(SHIPPED_PLAN_TARGETS);
    (zero.targets[1] as { share: number }).share = 0;
    const paths = (value: unknown) =>
      PlanTargets.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(paths(twice)).toEqual([`targets.${SHIPPED_PLAN_TARGETS.targets.length}.id`]);
    expect(paths(missing)).toEqual(['targets']);
    expect(paths(zero)).toEqual(['targets.1.share']);
  });

  it('picks the version in force on a day: the latest started', () => {
    const next = { ...SHIPPED_PLAN_TARGETS, version: 'next', validFrom: '2026-07-01' };
    expect(targetsOn([next, SHIPPED_PLAN_TARGETS], '2026-06-30')?.version).toBe('KH 2025-H2');
    expect(targetsOn([SHIPPED_PLAN_TARGETS, next], '2026-07-01')?.version).toBe('next');
    expect(targetsOn([next], '2026-01-01')).toBeUndefined();
  });
});
