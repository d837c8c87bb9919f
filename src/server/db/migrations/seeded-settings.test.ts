import { describe, expect, it } from 'vitest';
import { IndexScheme } from '../../../domain/indicators/index-scheme.js';
import { PlanTargets } from '../../../domain/indicators/plan-targets.js';
import { SEEDED_SCHEME, SEEDED_TARGETS } from './0018_seeded_settings.js';

describe('what migration 0018 seeds', () => {
  it('is a scheme and targets the domain accepts, with 2.1 worth 20 of 100 points', () => {
    const scheme = IndexScheme.parse(SEEDED_SCHEME);
    expect(scheme.groups.flatMap((g) => g.indicators).find((i) => i.id === '2.1')?.points).toBe(20);
    expect(PlanTargets.parse(SEEDED_TARGETS).targets.map((t) => t.id)).toContain('onTime');
  });
});
