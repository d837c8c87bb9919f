import type { DossierState } from '../dossier/states.js';
import type { DossierTimeline, EndKind } from './on-time.js';

/** One entry of a dossier's stored history, as the index reads it. */
export interface HistoryEntry {
  at: number;
  action: string;
  to: DossierState;
  /** What the action recorded: `receivedAt` and `dueAt` at receipt, `dueAt` when it moved ... */
  data: Record<string, unknown>;
}

const time = (v: unknown): number | null =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : null;

/** The end a state stands for, from the first choice to the last (on-time.ts `END_KINDS`). */
const ENDS: Partial<Record<DossierState, EndKind>> = {
  decided: 'decided',
  returned: 'returned',
  closed_unsupplemented: 'stopped',
  withdrawn: 'withdrawn',
};
const RANK: Record<EndKind, number> = { decided: 0, returned: 1, stopped: 2, withdrawn: 2 };

/**
 * A dossier's timeline as the on-time rule needs it, read from its history (in time order): the
 * receipt with its due time (`receive`, or `accept` of an online dossier), each due time that
 * replaced it (the clock restarted by `supplement`, an extension granted by `decide_extension`),
 * each supplementation asked and answered, and the end. Entries before the receipt (online
 * correction requests) are not the agency's time and are not read.
 */
export function timelineOf(history: readonly HistoryEntry[]): DossierTimeline {
  const received = history.find((h) => h.to === 'received');
  if (!received) return { receivedAt: null, dues: [], supplements: [], end: null };
  const receivedAt = time(received.data.receivedAt) ?? received.at;
  const dues: { from: number; dueAt: number | null }[] = [
    { from: receivedAt, dueAt: time(received.data.dueAt) },
  ];
  const supplements: { at: number; answeredAt: number | null }[] = [];
  let end: DossierTimeline['end'] = null;
  for (const h of history.slice(history.indexOf(received) + 1)) {
    if (h.action === 'request_supplement') supplements.push({ at: h.at, answeredAt: null });
    const last = supplements.at(-1);
    if (h.action === 'supplement' && last && last.answeredAt === null) last.answeredAt = h.at;
    const moved =
      h.action === 'supplement' || (h.action === 'decide_extension' && h.data.approved === true);
    if (moved && 'dueAt' in h.data) dues.push({ from: h.at, dueAt: time(h.data.dueAt) });
    const kind = ENDS[h.to];
    if (kind && (!end || RANK[kind] < RANK[end.kind])) end = { at: h.at, kind };
  }
  return { receivedAt, dues, supplements, end };
}
