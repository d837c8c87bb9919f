/**
 * The plan's targets for dossier handling (domain.md §7, the province's plan for the second half
 * of 2025), as data shown beside the live figures. A target is met when the figure is above it.
 */
export interface PlanTarget {
  id: string;
  /** The share the figure must exceed (0–1). */
  above: number;
}

export const PLAN_TARGETS = {
  /** Finished on time or early, with open dossiers not yet late (indicator 2.1). */
  onTime: { id: 'onTime', above: 0.9 },
  /** Of the finished dossiers, those finished early. */
  early: { id: 'early', above: 0.6 },
} as const satisfies Record<string, PlanTarget>;

/** Met, missed, or no figure to judge. */
export function targetMet(ratio: number | null, target: PlanTarget): boolean | null {
  return ratio === null ? null : ratio > target.above;
}
