import { localDate } from '../calendar/local-date.js';
import { type DossierTimeline, judge, type ProgressCounts } from './on-time.js';
import type { Period } from './periods.js';
import { FLOWS, type Flow, flowInstants, NO_FLOWS, type ServiceFlows } from './service-flows.js';

/**
 * What one dossier adds to the daily rollups (issue "Real-time service index"), so that the
 * progress of any period is a sum of rows instead of a pass over every dossier's history.
 *
 * Two kinds of measure:
 * - flows, counted on the day they happen and summed over the period's days: `received`, and the
 *   finished ones by timeliness (on the day processing ended);
 * - stocks, kept as changes on the day they happen and summed over every day before an instant
 *   to give their value then: `open`, and among the open `late` and `waiting`. A change that lies
 *   ahead (the due time passing) is a row on a future day, written at receipt and moved when the
 *   due time moves.
 *
 * By construction, the counts summed from these rows for any period of whole days equal
 * `tally(judge(...))` over the same dossiers (property-tested): the rule is written once, in
 * on-time.ts, and the rollups only remember what it said.
 */
export const MEASURES = [
  'received',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'open',
  'open_late',
  'open_waiting',
  'supplemented',
  'digitised',
  'granted',
  'e_results',
  'online_e_results',
] as const;
export type Measure = (typeof MEASURES)[number];

export interface Contribution {
  /** Local date (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
  day: string;
  measure: Measure;
  delta: number;
}

const dayOf = (t: number) => localDate(new Date(t));

/** The open dossier's standing for every instant after `at` until the next change. */
function standingAfter(t: DossierTimeline, at: number) {
  const v = judge(t, { start: Number.NEGATIVE_INFINITY, end: at + 1 });
  const open = v.counted && !v.finished;
  return {
    open,
    late: open && v.late,
    waiting: open && v.waiting,
  };
}

/** The instants at which anything the rule looks at may change. */
function changePoints(t: DossierTimeline): number[] {
  const points = new Set<number>();
  if (t.receivedAt !== null) points.add(t.receivedAt);
  for (const d of t.dues) {
    points.add(d.from);
    if (d.dueAt !== null) points.add(d.dueAt);
  }
  for (const s of t.supplements) {
    points.add(s.at);
    if (s.answeredAt !== null) points.add(s.answeredAt);
  }
  if (t.end) points.add(t.end.at);
  return [...points].sort((a, b) => a - b);
}

/** Every row one dossier adds, netted per day and measure (rows that cancel out are left out). */
export function contributions(t: DossierTimeline): Contribution[] {
  if (t.receivedAt === null) return [];
  const rows = new Map<string, Contribution>();
  const add = (at: number, measure: Measure, delta: number) => {
    const day = dayOf(at);
    const key = `${day} ${measure}`;
    const row = rows.get(key);
    if (row) row.delta += delta;
    else rows.set(key, { day, measure, delta });
  };
  add(t.receivedAt, 'received', 1);
  if (t.end) {
    const v = judge(t, { start: t.end.at, end: t.end.at + 1 });
    if (v.counted && v.finished) add(t.end.at, `finished_${v.timeliness}`, 1);
  }
  for (const [flow, at] of Object.entries(flowInstants(t)) as [Flow, number][])
    add(at, FLOW_MEASURE[flow], 1);
  let before = { open: false, late: false, waiting: false };
  for (const at of changePoints(t)) {
    const after = standingAfter(t, at);
    if (after.open !== before.open) add(at, 'open', after.open ? 1 : -1);
    if (after.late !== before.late) add(at, 'open_late', after.late ? 1 : -1);
    if (after.waiting !== before.waiting) add(at, 'open_waiting', after.waiting ? 1 : -1);
    before = after;
  }
  return [...rows.values()].filter((r) => r.delta !== 0);
}

/** The rollup column of each of the other flows (service-flows.ts). */
export const FLOW_MEASURE: Record<Flow, Measure> = {
  supplemented: 'supplemented',
  digitised: 'digitised',
  granted: 'granted',
  eResults: 'e_results',
  onlineEResults: 'online_e_results',
};

/** The other flows of a period from rows summed by day and measure (any number of dossiers). */
export function flowsFromRows(
  rows: Iterable<Contribution>,
  period: Pick<Period, 'from' | 'to'>,
): ServiceFlows {
  const out = { ...NO_FLOWS };
  for (const r of rows)
    if (r.day >= period.from && r.day <= period.to)
      for (const flow of FLOWS) if (FLOW_MEASURE[flow] === r.measure) out[flow] += r.delta;
  return out;
}

/**
 * The progress counts of a period from rows summed by day and measure (any number of dossiers):
 * flows over the period's days, stocks over every day before its start or its end.
 */
export function countsFromRows(
  rows: Iterable<Contribution>,
  period: Pick<Period, 'from' | 'to'>,
): ProgressCounts {
  let received = 0;
  const finished = { early: 0, on_time: 0, late: 0 };
  let openAtStart = 0;
  let open = 0;
  let late = 0;
  let waiting = 0;
  for (const r of rows) {
    const inPeriod = r.day >= period.from && r.day <= period.to;
    const beforeEnd = r.day <= period.to;
    switch (r.measure) {
      case 'received':
        if (inPeriod) received += r.delta;
        break;
      case 'finished_early':
      case 'finished_on_time':
      case 'finished_late':
        if (inPeriod) finished[r.measure.slice(9) as keyof typeof finished] += r.delta;
        break;
      case 'open':
        if (r.day < period.from) openAtStart += r.delta;
        if (beforeEnd) open += r.delta;
        break;
      case 'open_late':
        if (beforeEnd) late += r.delta;
        break;
      case 'open_waiting':
        if (beforeEnd) waiting += r.delta;
        break;
    }
  }
  return {
    counted: openAtStart + received,
    carried: openAtStart,
    finishedEarly: finished.early,
    finishedOnTime: finished.on_time,
    finishedLate: finished.late,
    openOnTime: open - late,
    openLate: late,
    openWaiting: waiting,
  };
}

/**
 * The rows to add to go from one state of a dossier to the next (a change, an import, a
 * correction): its new contributions minus its old ones, netted.
 */
export function contributionChange(
  before: DossierTimeline | null,
  after: DossierTimeline,
): Contribution[] {
  const rows = new Map<string, Contribution>();
  const put = (c: Contribution, sign: number) => {
    const key = `${c.day} ${c.measure}`;
    const row = rows.get(key);
    if (row) row.delta += sign * c.delta;
    else rows.set(key, { ...c, delta: sign * c.delta });
  };
  if (before) for (const c of contributions(before)) put(c, -1);
  for (const c of contributions(after)) put(c, 1);
  return [...rows.values()].filter((r) => r.delta !== 0);
}
