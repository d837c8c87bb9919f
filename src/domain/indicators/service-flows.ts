import type { DossierTimeline } from './on-time.js';
import type { Period } from './periods.js';

/**
 * The index's counts besides timeliness (domain.md §6), each a dossier counted once, in the
 * period holding the instant it happened:
 * - `supplemented`: the first request to supplement (how many dossiers were asked at all);
 * - `digitised`: received with every component provided scanned or uploaded (4.2);
 * - `granted`: the result granted (the denominator of 4.1);
 * - `eResults`: that result with its electronic file (4.1); `onlineEResults`: of dossiers received
 *   through the national portal (3.3).
 */
export const FLOWS = [
  'supplemented',
  'digitised',
  'granted',
  'eResults',
  'onlineEResults',
] as const;
export type Flow = (typeof FLOWS)[number];
export type ServiceFlows = Record<Flow, number>;

export const NO_FLOWS: ServiceFlows = {
  supplemented: 0,
  digitised: 0,
  granted: 0,
  eResults: 0,
  onlineEResults: 0,
};

/** When each of a dossier's flows happened, if it has. */
export function flowInstants(t: DossierTimeline): Partial<Record<Flow, number>> {
  const at: Partial<Record<Flow, number>> = {};
  if (t.receivedAt === null) return at;
  const asked = t.supplements[0];
  if (asked) at.supplemented = asked.at;
  if (t.digitised) at.digitised = t.receivedAt;
  if (t.grantedAt != null) at.granted = t.grantedAt;
  if (t.eResultAt != null) {
    at.eResults = t.eResultAt;
    if (t.online) at.onlineEResults = t.eResultAt;
  }
  return at;
}

/** The rule itself, over any set of timelines: each flow whose instant lies in the period. */
export function flowsOf(
  timelines: Iterable<DossierTimeline>,
  period: Pick<Period, 'start' | 'end'>,
): ServiceFlows {
  const out = { ...NO_FLOWS };
  for (const t of timelines)
    for (const [flow, at] of Object.entries(flowInstants(t)) as [Flow, number][])
      if (at >= period.start && at < period.end) out[flow] += 1;
  return out;
}

/** A share, or null when there is nothing to divide by. */
export const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
