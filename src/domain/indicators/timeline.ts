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
 * The only entries that can change a timeline: those into these states or of these actions.
 * Any other leaves it as it is (tested), so a rebuild reads only these from the history.
 */
export const TIMELINE_STATES: readonly DossierState[] = [
  'received',
  ...(Object.keys(ENDS) as DossierState[]),
];
export const TIMELINE_ACTIONS = [
  'request_supplement',
  'supplement',
  'decide_extension',
  'approve',
  'correct_result',
] as const;

export const NOT_RECEIVED: DossierTimeline = {
  receivedAt: null,
  dues: [],
  supplements: [],
  end: null,
};

/**
 * The timeline after one more history entry: the receipt with its due time (`receive`, or
 * `accept` of an online dossier), a due time that replaces it (the clock restarted by
 * `supplement`, an extension granted by `decide_extension`), a supplementation asked or answered,
 * the end. Entries before the receipt (online correction requests) are not the agency's time and
 * change nothing. Pure: the timeline given is not changed.
 */
export function extendTimeline(t: DossierTimeline, h: HistoryEntry): DossierTimeline {
  if (t.receivedAt === null) {
    if (h.to !== 'received') return t;
    const receivedAt = time(h.data.receivedAt) ?? h.at;
    return {
      ...NOT_RECEIVED,
      receivedAt,
      dues: [{ from: receivedAt, dueAt: time(h.data.dueAt) }],
      online: h.action === 'accept',
      digitised: h.data.digitised === true,
      grantedAt: null,
      eResultAt: null,
    };
  }
  if (!ENDS[h.to] && !(TIMELINE_ACTIONS as readonly string[]).includes(h.action)) return t;
  let { dues, supplements, end, grantedAt = null, eResultAt = null } = t;
  // The result granted, and when it first had its electronic file (given with the approval or
  // added by a correction).
  if (h.action === 'approve' && grantedAt === null) grantedAt = h.at;
  const file = (h.data.command as { fileSha256?: unknown } | undefined)?.fileSha256;
  if (
    (h.action === 'approve' || h.action === 'correct_result') &&
    grantedAt !== null &&
    eResultAt === null &&
    typeof file === 'string'
  )
    eResultAt = h.at;
  if (h.action === 'request_supplement')
    supplements = [...supplements, { at: h.at, answeredAt: null }];
  const last = supplements.at(-1);
  if (h.action === 'supplement' && last && last.answeredAt === null)
    supplements = [...supplements.slice(0, -1), { ...last, answeredAt: h.at }];
  const moved =
    h.action === 'supplement' || (h.action === 'decide_extension' && h.data.approved === true);
  if (moved && 'dueAt' in h.data) dues = [...dues, { from: h.at, dueAt: time(h.data.dueAt) }];
  const kind = ENDS[h.to];
  if (kind && (!end || RANK[kind] < RANK[end.kind])) end = { at: h.at, kind };
  return {
    receivedAt: t.receivedAt,
    dues,
    supplements,
    end,
    online: t.online === true,
    digitised: t.digitised === true,
    grantedAt,
    eResultAt,
  };
}

/** A dossier's timeline as the on-time rule needs it, from its whole history in time order. */
export function timelineOf(history: readonly HistoryEntry[]): DossierTimeline {
  return history.reduce(extendTimeline, NOT_RECEIVED);
}

/**
 * Whether a stored timeline (as read back from the database, or null) is the one given: the
 * rebuild rewrites only the dossiers whose timeline was wrong.
 */
export function sameTimeline(stored: unknown, t: DossierTimeline): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const s = stored as Partial<DossierTimeline>;
  if (s.receivedAt !== t.receivedAt) return false;
  if (
    (s.end?.at ?? null) !== (t.end?.at ?? null) ||
    (s.end?.kind ?? null) !== (t.end?.kind ?? null)
  )
    return false;
  const dues = s.dues ?? [];
  const asks = s.supplements ?? [];
  return (
    (s.online ?? false) === (t.online ?? false) &&
    (s.digitised ?? false) === (t.digitised ?? false) &&
    (s.grantedAt ?? null) === (t.grantedAt ?? null) &&
    (s.eResultAt ?? null) === (t.eResultAt ?? null) &&
    dues.length === t.dues.length &&
    t.dues.every((d, i) => dues[i]?.from === d.from && dues[i]?.dueAt === d.dueAt) &&
    asks.length === t.supplements.length &&
    t.supplements.every((a, i) => asks[i]?.at === a.at && asks[i]?.answeredAt === a.answeredAt)
  );
}
