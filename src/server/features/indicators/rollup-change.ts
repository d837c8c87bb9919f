import {
  type Contribution,
  contributionChange,
  type Measure,
} from '../../../domain/indicators/contributions.js';
import type { DossierTimeline } from '../../../domain/indicators/on-time.js';
import {
  extendTimeline,
  type HistoryEntry,
  NOT_RECEIVED,
} from '../../../domain/indicators/timeline.js';

/** What places a dossier in the rollups: its competent agency, procedure and channel. */
export interface RollupKey {
  agencyId: string;
  procedureCode: string;
  channel: string;
}

/** One rollup row's changes, as the transition statement upserts them (measures left out are 0). */
export type RollupRow = {
  agency_id: string;
  procedure_code: string;
  channel: string;
  day: string;
} & Partial<Record<Measure, number>>;

/** A dossier as the index last saw it: its stored timeline (null before its first change). */
export interface IndexedDossier extends RollupKey {
  timeline: DossierTimeline | null;
}

/**
 * The index's side of one change: the dossier's timeline after it, and the rollup rows that take
 * the dossier's contribution from what it was to what it is now (decision 0015).
 */
export function indexChange(
  dossier: IndexedDossier,
  entry: HistoryEntry,
): { timeline: DossierTimeline; rollup: RollupRow[] } {
  const before = dossier.timeline ?? NOT_RECEIVED;
  const timeline = extendTimeline(before, entry);
  return { timeline, rollup: rollupRows(dossier, contributionChange(before, timeline)) };
}

/** Contributions as rows of one dossier's rollup key, one row per day. */
export function rollupRows(key: RollupKey, contributions: Contribution[]): RollupRow[] {
  const byDay = new Map<string, RollupRow>();
  for (const c of contributions) {
    let row = byDay.get(c.day);
    if (!row) {
      row = {
        agency_id: key.agencyId,
        procedure_code: key.procedureCode,
        channel: key.channel,
        day: c.day,
      };
      byDay.set(c.day, row);
    }
    row[c.measure] = (row[c.measure] ?? 0) + c.delta;
  }
  return [...byDay.values()];
}
