import { type Timeliness, timeliness } from '../calendar/deadline.js';
import type { Period } from './periods.js';

/**
 * What the national on-time rule (indicator 2.1 of the service index, domain.md §6) needs to know
 * of one dossier, as times in ms since the epoch. Built from the dossier's history, so that a
 * dossier can be judged as of any instant, not only now.
 */
export interface DossierTimeline {
  /** The receipt: the clock's start. Never received (refused or sent back at intake): not counted. */
  receivedAt: number | null;
  /**
   * Due instants in force from a time on, in time order: the first from the receipt, then a new
   * one when the clock restarts after a supplement or an extension is granted. `dueAt` null: the
   * procedure has no time limit.
   */
  dues: readonly { from: number; dueAt: number | null }[];
  /** Requests to supplement after receipt, in time order, with the applicant's answer if any. */
  supplements: readonly { at: number; answeredAt: number | null }[];
  /** How processing ended, if it has. */
  end: { at: number; kind: EndKind } | null;
  /**
   * What the other indicators of the index count (contributions.ts); absent from timelines
   * stored before they were kept, until a rebuild: received through the national portal; every
   * component provided at receipt scanned or uploaded (4.2); the first granted result; the first
   * time that result had its electronic file (4.1, 3.3).
   */
  online?: boolean;
  digitised?: boolean;
  grantedAt?: number | null;
  eResultAt?: number | null;
}

/**
 * The ends of processing the index knows, from first to last choice: decided (the result, or the
 * refusal after appraisal), returned (when the decision's own time is not known, as in some
 * imported histories), stopped (closed without the supplement asked for), withdrawn (by the
 * applicant, after receipt).
 */
export const END_KINDS = ['decided', 'returned', 'stopped', 'withdrawn'] as const;
export type EndKind = (typeof END_KINDS)[number];

/** A dossier counted in a period: carried over from before it or received in it, and how it stands. */
export type Verdict =
  | { counted: false }
  | {
      counted: true;
      /** Received before the period and still open at its start ("từ kỳ trước"). */
      carried: boolean;
      finished: true;
      timeliness: Timeliness;
    }
  | {
      counted: true;
      carried: boolean;
      finished: false;
      /** Judged at the period's end: past its due time, or more than one supplement asked. */
      late: boolean;
      /** Waiting for the applicant's supplement at the period's end. */
      waiting: boolean;
    };

/** The due instant in force at `at` (null: no limit, or nothing yet). */
export function dueInForce(t: DossierTimeline, at: number): number | null {
  let due: number | null = null;
  for (const d of t.dues) {
    if (d.from > at) break;
    due = d.dueAt;
  }
  return due;
}

/**
 * When processing ended in the index's eyes. A dossier closed for want of a supplement ended when
 * the supplement was asked: the wait is the applicant's time, not the agency's.
 */
export function endOfProcessing(t: DossierTimeline): number | null {
  if (!t.end) return null;
  if (t.end.kind !== 'stopped') return t.end.at;
  const asked = t.supplements.filter((s) => s.at <= (t.end as { at: number }).at).at(-1);
  return asked?.at ?? t.end.at;
}

function judged(at: number, due: number | null, tooMany: boolean): Timeliness {
  if (tooMany) return 'late';
  return due === null ? 'on_time' : timeliness(at, due);
}

/**
 * The national rule, for one dossier and one period: on time iff processing ended at or before
 * the due time in force; more than one supplement asked ⇒ late; the applicant's time to
 * supplement is not counted (the clock restarts with a new due time when the dossier comes back
 * complete); while waiting for a supplement, the time of the request counts as the end; dossiers
 * still open are judged at the end of the period.
 */
export function judge(t: DossierTimeline, period: Pick<Period, 'start' | 'end'>): Verdict {
  const { start, end } = period;
  if (t.receivedAt === null || t.receivedAt >= end) return { counted: false };
  const ended = endOfProcessing(t);
  if (t.end && t.end.at < start) return { counted: false };
  const carried = t.receivedAt < start;
  const asked = t.supplements.filter((s) => s.at < end);
  const tooMany = asked.length > 1;
  if (t.end && ended !== null && t.end.at < end) {
    // Only what was asked while it was processed (nothing is asked after the end).
    const endAt = t.end.at;
    const askedBefore = asked.filter((s) => s.at <= endAt).length;
    return {
      counted: true,
      carried,
      finished: true,
      timeliness: judged(ended, dueInForce(t, ended), askedBefore > 1),
    };
  }
  const waitingOn = asked.at(-1);
  if (waitingOn && (waitingOn.answeredAt === null || waitingOn.answeredAt >= end))
    return {
      counted: true,
      carried,
      finished: false,
      waiting: true,
      late: judged(waitingOn.at, dueInForce(t, waitingOn.at), tooMany) === 'late',
    };
  // As things stood just before the period's end (which is excluded).
  const due = dueInForce(t, end - 1);
  return {
    counted: true,
    carried,
    finished: false,
    waiting: false,
    late: tooMany || (due !== null && end > due),
  };
}

/** The counts of a period's report and of indicator 2.1, for any set of dossiers. */
export interface ProgressCounts {
  /** Dossiers in the period: carried over plus received in it. */
  counted: number;
  carried: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  openOnTime: number;
  openLate: number;
  /** Of the open ones, waiting for the applicant's supplement. */
  openWaiting: number;
}

export const NO_PROGRESS: ProgressCounts = {
  counted: 0,
  carried: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  openOnTime: 0,
  openLate: 0,
  openWaiting: 0,
};

export function tally(verdicts: Iterable<Verdict>): ProgressCounts {
  const c = { ...NO_PROGRESS };
  for (const v of verdicts) {
    if (!v.counted) continue;
    c.counted += 1;
    if (v.carried) c.carried += 1;
    if (v.finished) {
      if (v.timeliness === 'early') c.finishedEarly += 1;
      else if (v.timeliness === 'on_time') c.finishedOnTime += 1;
      else c.finishedLate += 1;
    } else {
      if (v.late) c.openLate += 1;
      else c.openOnTime += 1;
      if (v.waiting) c.openWaiting += 1;
    }
  }
  return c;
}

/**
 * Indicator 2.1: (finished early or on time + open and not yet late) / dossiers in the period;
 * null when there were none.
 */
export function onTimeRatio(c: ProgressCounts): number | null {
  if (c.counted === 0) return null;
  return (c.finishedEarly + c.finishedOnTime + c.openOnTime) / c.counted;
}

/** The plan's second figure (domain.md §7): of the finished dossiers, the share finished early. */
export function earlyRatio(c: ProgressCounts): number | null {
  const finished = c.finishedEarly + c.finishedOnTime + c.finishedLate;
  return finished === 0 ? null : c.finishedEarly / finished;
}
