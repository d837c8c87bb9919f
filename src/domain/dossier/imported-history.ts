import {
  dueDate,
  timeliness,
  type Unit,
  WORKING_DAY_MS,
  workingTimeBetween,
} from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { IMPORT_CHANNELS, type ImportRecord } from './import-record.js';
import type { InterAgency } from './inter-agency.js';
import {
  type DossierFacts,
  factsAtReceipt,
  firstWorkingStep,
  type ProcessingRules,
  type StepDef,
  stepDueAt,
} from './processing.js';
import {
  type DossierState,
  NATIONAL_STATUS,
  NATIONAL_STATUS_OF,
  type NationalStatus,
} from './states.js';
import { type DossierAction, DossierTransitionError, transition } from './transitions.js';

/** One problem of a line, by the field it is about (paths as in the file: `statuses[2].at`). */
export interface ImportProblem {
  field: string;
  reason: string;
}

/**
 * A national status change with no internal state of its own: 6 (financial obligation) pauses
 * nothing in the rules and leaves the dossier in progress, but the history keeps it.
 */
export const FINANCIAL_OBLIGATION = 'financial_obligation';

/** One entry of the history written for an imported dossier, in the shape processing writes. */
export interface ImportedEntry {
  at: number;
  action: DossierAction | typeof FINANCIAL_OBLIGATION;
  from: DossierState | null;
  to: DossierState;
  nationalStatus: NationalStatus;
  data: Record<string, unknown>;
}

export interface ImportedHistory {
  entries: ImportedEntry[];
  state: DossierState;
  /** The processing facts after the last entry; null for a dossier never received. */
  facts: DossierFacts | null;
  digitised: boolean;
}

export interface ImportContext {
  timeLimit: { amount: number; unit: Unit };
  steps: readonly StepDef[];
  /** The parts of other agencies of an inter-agency procedure, not yet sent (from its plan). */
  interAgency?: InterAgency | null;
  calendar: WorkingCalendar;
  rules: Pick<ProcessingRules, 'supplementReplyDays'>;
}

type Step =
  | { at: number; kind: 'status'; i: number }
  | { at: number; kind: 'ext_request' | 'ext_decision'; j: number };

/** Instants of a line, each parsed once (a history has a dozen, a file millions). */
const parsed = new Map<string, number>();
const ms = (v: string) => {
  let t = parsed.get(v);
  if (t === undefined) {
    t = Date.parse(v);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(v, t);
  }
  return t;
};
const iso = (t: number) => new Date(t).toISOString();
const statusName = (state: DossierState | null) =>
  state === null
    ? 'chưa có hồ sơ'
    : `${NATIONAL_STATUS_OF[state]} ${NATIONAL_STATUS[NATIONAL_STATUS_OF[state]]}`;
/** Statuses that end the work in progress: an extension at the same instant comes before. */
const ENDS_WORK = new Set([5, 7, 8, 9]);

/**
 * How much more time a request asked for, in the unit of the time limit (what processing adds
 * when the centre approves it): the old system gives the due date it proposed.
 */
function extraOf(ctx: ImportContext, dueAt: number, proposed: number): number {
  if (proposed <= dueAt) return 0;
  const { unit } = ctx.timeLimit;
  if (unit === 'working_days' || unit === 'working_hours') {
    const per = unit === 'working_days' ? WORKING_DAY_MS : 3_600_000;
    return Math.ceil(workingTimeBetween(ctx.calendar, dueAt, proposed) / per);
  }
  if (unit === 'hours') return Math.ceil((proposed - dueAt) / 3_600_000);
  if (unit === 'months') return Math.max(1, Math.round((proposed - dueAt) / (30 * 86_400_000)));
  return Math.ceil((proposed - dueAt) / 86_400_000);
}

/**
 * The history motcua keeps for a dossier of a previous system (docs/dossier-import.md), or every
 * problem of the line. The national statuses are walked through the state machine of
 * transitions.ts, so that a history the machine forbids is refused, not stored; supplementation,
 * extensions and the result fill in what each change carries (due dates, the result). The rules
 * of processing.ts that bind an officer here (one supplementation, an extension asked in time) are
 * not applied: the old system's history is what happened, and the index judges it as such.
 */
export function importedHistory(
  r: ImportRecord,
  ctx: ImportContext,
): { ok: true; history: ImportedHistory } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ field, reason });
  const submittedAt = ms(r.submittedAt);
  const online = r.channel === 2;
  const digitised = r.components.length > 0 && r.components.every((c) => c.digitised);

  r.statuses.forEach((s, i) => {
    const before = i === 0 ? submittedAt : ms((r.statuses[i - 1] as { at: string }).at);
    if (ms(s.at) < before)
      problem(
        `statuses[${i}].at`,
        i === 0
          ? 'Thời điểm trước thời điểm nộp hồ sơ (submittedAt)'
          : `Thời điểm trước trạng thái liền trước (statuses[${i - 1}].at): các trạng thái phải theo thứ tự thời gian`,
      );
  });
  r.extensions.forEach((e, j) => {
    if (e.decidedAt && ms(e.decidedAt) < ms(e.requestedAt))
      problem(`extensions[${j}].decidedAt`, 'Thời điểm quyết định trước thời điểm đề nghị gia hạn');
    if (e.decidedAt && (e.approved === null || e.approved === undefined))
      problem(`extensions[${j}].approved`, 'Bắt buộc khi đã có quyết định (decidedAt)');
    if (e.approved !== null && e.approved !== undefined && !e.decidedAt)
      problem(
        `extensions[${j}].decidedAt`,
        'Bắt buộc khi đã có kết quả đề nghị gia hạn (approved)',
      );
    if (e.approved === true && !e.newDueAt)
      problem(`extensions[${j}].newDueAt`, 'Bắt buộc khi gia hạn được chấp thuận');
  });
  if (r.receivedAt && r.dueAt && ms(r.dueAt) <= ms(r.receivedAt))
    problem('dueAt', 'Ngày hẹn trả phải sau thời điểm tiếp nhận');
  if (problems.length > 0) return { ok: false, problems };

  // The statuses in the file's order; each extension placed before the first status after it
  // (at the same instant, before a change that ends the work in progress).
  const exts = r.extensions
    .flatMap((e, j) => [
      { at: ms(e.requestedAt), kind: 'ext_request' as const, j },
      ...(e.decidedAt ? [{ at: ms(e.decidedAt), kind: 'ext_decision' as const, j }] : []),
    ])
    .sort((a, b) => a.at - b.at || (a.kind === 'ext_request' ? -1 : 1));
  const steps: Step[] = [];
  let x = 0;
  r.statuses.forEach((s, i) => {
    const at = ms(s.at);
    while (
      x < exts.length &&
      ((exts[x]?.at as number) < at || (exts[x]?.at === at && ENDS_WORK.has(s.status)))
    )
      steps.push(exts[x++] as Step);
    steps.push({ at, kind: 'status', i });
  });
  steps.push(...exts.slice(x));

  const entries: ImportedEntry[] = [];
  let state: DossierState | null = null;
  let facts: DossierFacts | null = null;
  let asked = 0;
  let answered = 0;
  let reachedResult = false;
  let returned = false;

  const move = (at: number, action: ImportedEntry['action'], data: Record<string, unknown>) => {
    const to =
      action === FINANCIAL_OBLIGATION ? (state as DossierState) : transition(state, action);
    entries.push({
      at,
      action,
      from: state,
      to,
      nationalStatus: action === FINANCIAL_OBLIGATION ? 6 : NATIONAL_STATUS_OF[to],
      data,
    });
    state = to;
    // The facts are this walk's own object: changed in place, not copied at every step.
    if (facts) facts.state = to;
    return true as const;
  };

  const receive = (at: number, action: 'receive' | 'accept', field: string) => {
    if (!r.receivedAt || !r.dueAt) {
      if (!r.receivedAt)
        problem('receivedAt', 'Bắt buộc khi hồ sơ được tiếp nhận (có trạng thái 2)');
      if (!r.dueAt) problem('dueAt', 'Bắt buộc khi hồ sơ được tiếp nhận (có trạng thái 2)');
      return false;
    }
    if (ms(r.receivedAt) !== at) {
      problem(field, `Khác thời điểm tiếp nhận (receivedAt = ${r.receivedAt})`);
      return false;
    }
    const dueAt = ms(r.dueAt);
    move(at, action, { receivedAt: iso(at), dueAt: iso(dueAt), digitised });
    facts = factsAtReceipt({
      timeLimit: ctx.timeLimit,
      steps: ctx.steps,
      receivedAt: at,
      dueAt,
      interAgency: ctx.interAgency ?? null,
    });
    return true;
  };

  /** Taken on by the agency (no officer of ours handled it): the first working step. */
  const takeOn = (at: number) => {
    move(at, 'assign', { handlerId: null, toStep: firstWorkingStep(ctx.steps) });
    const f = facts as DossierFacts;
    const step = firstWorkingStep(ctx.steps);
    Object.assign(f, {
      step,
      stepStartedAt: at,
      stepDueAt: step === null ? null : stepDueAt(f, step, at, ctx.calendar),
    });
    return true;
  };

  /** One status change; false when the machine or the details refuse it (the walk stops). */
  const status = (i: number): boolean => {
    const s = r.statuses[i] as ImportRecord['statuses'][number];
    const at = ms(s.at);
    const field = `statuses[${i}].status`;
    const forbidden = () => {
      problem(
        field,
        `Không được chuyển từ trạng thái "${statusName(state)}" sang "${s.status} ${NATIONAL_STATUS[s.status as NationalStatus]}"`,
      );
      return false;
    };
    if (state === null && online && s.status !== 1) {
      // The old system logged an online dossier from its receipt: it arrived when submitted.
      move(submittedAt, 'arrive_online', {});
    }
    if (state !== null && NATIONAL_STATUS_OF[state] === s.status && s.status !== 9) return true;
    switch (state) {
      case null:
        if (s.status === 1 && online) return move(at, 'arrive_online', {});
        if (s.status === 2) return receive(at, 'receive', `statuses[${i}].at`);
        if (s.status === 3) return move(at, 'refuse', { reasons: s.note ? [s.note] : [] });
        return forbidden();
      case 'awaiting_acceptance':
        if (s.status === 2) return receive(at, 'accept', `statuses[${i}].at`);
        if (s.status === 3) return move(at, 'decline_not_competent', { reason: s.note ?? null });
        if (s.status === 5) return move(at, 'request_correction', { note: s.note ?? null });
        break;
      case 'correction_requested':
        if (s.status === 1) return move(at, 'resubmit', {});
        break;
      case 'received':
        if (s.status === 4) return takeOn(at);
        if (s.status === 5 || s.status === 6 || s.status === 9) {
          // Straight from receipt to a status of the agency's work: taken on at that moment.
          takeOn(at);
          return status(i);
        }
        break;
      case 'in_progress':
        if (s.status === 5) return askSupplement(i, at);
        if (s.status === 6) return move(at, FINANCIAL_OBLIGATION, { note: s.note ?? null });
        if (s.status === 9) return decide(at);
        break;
      case 'awaiting_supplement':
        if (s.status === 4) return answerSupplement(at);
        if (s.status === 8) {
          move(at, 'close_unsupplemented', {
            requestedAt: iso((facts?.supplement?.requestedAt ?? at) as number),
          });
          return true;
        }
        break;
      case 'decided':
        if (s.status === 10) return giveResult(i, at);
        if (s.status === 9) return true;
        break;
      case 'returned':
        // Back to "processed" after the result was handed over: it was corrected.
        if (s.status === 9) return correct(at, s.note ?? 'Đính chính kết quả');
        break;
      default:
        break;
    }
    if (s.status === 7 && state !== null && !['decided', 'returned'].includes(state)) {
      move(at, 'withdraw', { reason: s.note ?? 'Công dân yêu cầu rút hồ sơ', source: 'applicant' });
      return true;
    }
    return forbidden();
  };

  const askSupplement = (i: number, at: number) => {
    const k = asked;
    const sup = r.supplements[k];
    if (!sup) {
      problem(
        `statuses[${i}].status`,
        `Trạng thái 5 sau tiếp nhận cần yêu cầu bổ sung tương ứng: thiếu supplements[${k}]`,
      );
      return false;
    }
    if (ms(sup.requestedAt) !== at) {
      problem(
        `supplements[${k}].requestedAt`,
        `Khác thời điểm của trạng thái 5 tương ứng (statuses[${i}].at = ${r.statuses[i]?.at})`,
      );
      return false;
    }
    asked += 1;
    const closesAt = dueDate(ctx.calendar, at, ctx.rules.supplementReplyDays, 'days');
    move(at, 'request_supplement', {
      items: (sup.items ?? []).map((name) => ({ name, reason: '' })),
      closesAt: iso(closesAt),
    });
    (facts as DossierFacts).supplement = { requestedAt: at, closesAt, answeredAt: null };
    return true;
  };

  const answerSupplement = (at: number) => {
    const k = asked - 1;
    const sup = r.supplements[k] as ImportRecord['supplements'][number];
    if (!sup.answeredAt || ms(sup.answeredAt) !== at) {
      problem(
        `supplements[${k}].answeredAt`,
        `Phải là thời điểm hồ sơ trở lại trạng thái 4 sau khi bổ sung (${iso(at)})`,
      );
      return false;
    }
    answered += 1;
    const f = facts as DossierFacts;
    const dueAt = sup.newDueAt
      ? ms(sup.newDueAt)
      : dueDate(ctx.calendar, at, ctx.timeLimit.amount, ctx.timeLimit.unit);
    if (dueAt <= at) {
      problem(`supplements[${k}].newDueAt`, 'Ngày hẹn trả mới phải sau thời điểm bổ sung');
      return false;
    }
    move(at, 'supplement', {
      dueAt: iso(dueAt),
      previousDueAt: f.dueAt === null ? null : iso(f.dueAt),
    });
    Object.assign(f, {
      clockStartedAt: at,
      dueAt,
      supplement: { ...(f.supplement as NonNullable<DossierFacts['supplement']>), answeredAt: at },
      stepStartedAt: at,
    });
    // The step starts again with the clock, as processing's `supplement` does.
    f.stepDueAt = f.step === null ? null : stepDueAt(f, f.step, at, ctx.calendar);
    return true;
  };

  const decide = (at: number) => {
    const result = r.result;
    if (!result) {
      problem('result', 'Trạng thái 9 (đã xử lý xong) cần kết quả giải quyết (result)');
      return false;
    }
    if (ms(result.decidedAt) !== at) {
      problem('result.decidedAt', `Khác thời điểm chuyển sang trạng thái 9 (${iso(at)})`);
      return false;
    }
    const f = facts as DossierFacts;
    // More than one supplementation is late whatever the dates (domain.md §6): the result says
    // what the index says.
    const when = asked > 1 ? 'late' : f.dueAt === null ? 'on_time' : timeliness(at, f.dueAt);
    reachedResult = true;
    if (result.kind === 'granted') {
      move(at, 'approve', {
        documentCode: result.documentCode ?? null,
        timeliness: when,
        // The index reads an electronic result from the command, as an approval writes it.
        command: { action: 'approve', fileSha256: result.fileSha256 ?? null },
      });
    } else {
      move(at, 'refuse_after_appraisal', { reasons: result.reasons ?? [], timeliness: when });
    }
    (facts as DossierFacts).result = {
      kind: result.kind,
      ...(result.kind === 'refused' ? { reasons: result.reasons ?? [] } : {}),
      documentCode: result.documentCode ?? null,
      fileSha256: result.fileSha256 ?? null,
      decidedAt: at,
      timeliness: when,
      lateExplanation: null,
    };
    return true;
  };

  /** A result corrected after it was handed over: handed over again later, as processing does. */
  const correct = (at: number, reason: string) => {
    const f = facts as DossierFacts;
    const result = f.result as NonNullable<DossierFacts['result']>;
    move(at, 'correct_result', { reason, documentCode: result.documentCode ?? null });
    Object.assign(f, {
      result: {
        ...result,
        corrections: [
          ...(result.corrections ?? []),
          { at, reason, replacedDocumentCode: result.documentCode ?? null },
        ],
      },
      returnedAt: null,
      returnChannel: null,
    });
    return true;
  };

  const giveResult = (i: number, at: number) => {
    if (!returned && r.result?.returnedAt && ms(r.result.returnedAt) !== at) {
      problem('result.returnedAt', `Khác thời điểm chuyển sang trạng thái 10 (statuses[${i}].at)`);
      return false;
    }
    const channel = IMPORT_CHANNELS[r.returnChannel ?? r.channel];
    move(at, 'return_result', { channel });
    returned = true;
    Object.assign(facts as DossierFacts, { returnedAt: at, returnChannel: channel });
    return true;
  };

  const extension = (step: Extract<Step, { j: number }>) => {
    const e = r.extensions[step.j] as ImportRecord['extensions'][number];
    const field = `extensions[${step.j}].${step.kind === 'ext_request' ? 'requestedAt' : 'decidedAt'}`;
    if (state !== 'in_progress' || !facts) {
      problem(
        field,
        `Chỉ gia hạn khi hồ sơ đang xử lý; lúc đó hồ sơ ở trạng thái "${statusName(state)}"`,
      );
      return false;
    }
    const dueAt = facts.dueAt as number;
    if (step.kind === 'ext_request') {
      const proposedDueAt = e.newDueAt ? ms(e.newDueAt) : dueAt;
      move(step.at, 'request_extension', {
        reason: e.reason,
        dueAt: iso(dueAt),
        proposedDueAt: iso(proposedDueAt),
      });
      facts.extension = {
        requestedAt: step.at,
        reason: e.reason,
        extra: extraOf(ctx, dueAt, proposedDueAt),
        proposedDueAt,
        decision: null,
      };
      return true;
    }
    const approved = e.approved === true;
    const next = approved ? ms(e.newDueAt as string) : dueAt;
    move(step.at, 'decide_extension', {
      approved,
      dueAt: iso(next),
      previousDueAt: iso(dueAt),
    });
    facts.dueAt = next;
    facts.extension = {
      ...(facts.extension as NonNullable<DossierFacts['extension']>),
      proposedDueAt: next,
      decision: approved ? 'approved' : 'rejected',
    };
    return true;
  };

  for (const step of steps) {
    let ok: boolean;
    try {
      ok = step.kind === 'status' ? status(step.i) : extension(step);
    } catch (error) {
      if (!(error instanceof DossierTransitionError)) throw error;
      const s = step.kind === 'status' ? r.statuses[step.i] : null;
      problem(
        step.kind === 'status' ? `statuses[${step.i}].status` : `extensions[${step.j}]`,
        `Không được chuyển từ trạng thái "${statusName(state)}"${s ? ` sang "${s.status} ${NATIONAL_STATUS[s.status as NationalStatus]}"` : ''}`,
      );
      ok = false;
    }
    if (!ok) return { ok: false, problems };
  }
  if (asked < r.supplements.length)
    problem(
      `supplements[${asked}]`,
      'Không có trạng thái 5 (yêu cầu bổ sung) tương ứng sau tiếp nhận',
    );
  // An answer the statuses never show (the dossier closed, withdrawn or still waiting after it).
  r.supplements.forEach((sup, k) => {
    if (k < asked && sup.answeredAt && k >= answered)
      problem(
        `supplements[${k}].answeredAt`,
        'Có thời điểm bổ sung nhưng hồ sơ không trở lại trạng thái 4',
      );
  });
  if (r.result && !reachedResult) problem('result', 'Có kết quả nhưng hồ sơ chưa đến trạng thái 9');
  if (r.result?.returnedAt && !returned)
    problem('result.returnedAt', 'Có thời điểm trả kết quả nhưng hồ sơ chưa đến trạng thái 10');
  if (r.receivedAt && !facts)
    problem('receivedAt', 'Có thời điểm tiếp nhận nhưng không có trạng thái 2');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    history: { entries, state: state as unknown as DossierState, facts, digitised },
  };
}
