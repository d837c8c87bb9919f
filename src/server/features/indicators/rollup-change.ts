import {
  type Contribution,
  contributionChange,
  MEASURES,
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

/**
 * Sums of many dossiers' contributions, by rollup key then day: for a rebuild, where a million
 * dossiers each add a few rows.
 */
export type RollupSums = Map<string, { key: RollupKey; days: Map<string, RollupRow> }>;

/** Adds one dossier's contributions into the sums. */
export function addContributions(sums: RollupSums, key: RollupKey, contributions: Contribution[]) {
  if (contributions.length === 0) return;
  const name = `${key.agencyId} ${key.procedureCode} ${key.channel}`;
  let entry = sums.get(name);
  if (!entry) {
    entry = { key, days: new Map() };
    sums.set(name, entry);
  }
  for (const c of contributions) {
    let row = entry.days.get(c.day);
    if (!row) {
      row = {
        agency_id: key.agencyId,
        procedure_code: key.procedureCode,
        channel: key.channel,
        day: c.day,
      };
      entry.days.set(c.day, row);
    }
    row[c.measure] = (row[c.measure] ?? 0) + c.delta;
  }
}

/** The summed rows, one per key and day. */
export function rowsOfSums(sums: RollupSums): RollupRow[] {
  return [...sums.values()].flatMap((e) => [...e.days.values()]);
}

/** Rows of the same key (agency, day, procedure, channel) summed into one. */
export function sumRollups(rows: Iterable<RollupRow>): RollupRow[] {
  const sums = new Map<string, RollupRow>();
  for (const r of rows) {
    const key = `${r.agency_id} ${r.day} ${r.procedure_code} ${r.channel}`;
    const sum = sums.get(key);
    if (!sum) sums.set(key, { ...r });
    else for (const m of MEASURES) sum[m] = (sum[m] ?? 0) + (r[m] ?? 0);
  }
  return [...sums.values()];
}
