import {
  addWorkingTime,
  dueDate,
  type Timeliness,
  timeliness,
  type Unit,
  WORKING_DAY_MS,
} from '../calendar/deadline.js';
import { localDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  type InterAgency,
  type InterAgencyRefusal,
  isOut,
  returnPart,
  sendOn,
  unfinished,
} from './inter-agency.js';
import type { DossierState } from './states.js';
import { type DossierAction, DossierTransitionError, transition } from './transitions.js';
import type { Urgency } from './urgency.js';

/**
 * What happens to a dossier after intake (domain.md §4 "Processing", "Results"; §5 for the
 * clock), as one pure function: `apply(facts, command, context)` gives the next facts and what
 * the history records, or refuses by name. The server persists the facts and the history; replaying
 * the history through `apply` gives the same facts again.
 */

const WORKING_HOUR = 3_600_000;

/** One step of the internal process the dossier follows (copied from the catalog at intake). */
export interface StepDef {
  name: string;
  role: string;
  agencyId: string | null;
  /** In the unit of the procedure's time limit. */
  budget: number;
}

export interface Supplement {
  requestedAt: number;
  /** The applicant has this long (15 days by default) before the dossier is closed. */
  closesAt: number;
  answeredAt: number | null;
}

export interface Extension {
  requestedAt: number;
  reason: string;
  /** How much more time, in the unit of the time limit. */
  extra: number;
  /** The due date asked for; on approval, the due date then in force plus `extra`. */
  proposedDueAt: number;
  decision: 'approved' | 'rejected' | null;
}

export interface Consultation {
  agencyId: string;
  question: string;
  askedAt: number;
  dueAt: number;
  answer: string | null;
  answeredAt: number | null;
}

export interface Result {
  kind: 'granted' | 'refused';
  /** Refusal: the reasons (Form 03). */
  reasons?: string[];
  /** Granted: the result document (its code: the owner's ID number + the result type). */
  documentCode?: string | null;
  fileSha256?: string | null;
  decidedAt: number;
  timeliness: Timeliness;
  lateExplanation?: LateExplanation | null;
  /** Each correction of an erroneous result: when, why, and the document it replaced. */
  corrections?: { at: number; reason: string; replacedDocumentCode: string | null }[];
}

/** Who is answerable for a late dossier, and why it is late (required to finish it late). */
export interface LateExplanation {
  who: string;
  why: string;
}

export interface DossierFacts {
  state: DossierState;
  timeLimit: { amount: number; unit: Unit };
  steps: readonly StepDef[];
  receivedAt: number | null;
  /** When the clock (re)started: receipt, or the completed supplement. */
  clockStartedAt: number | null;
  dueAt: number | null;
  handlerId: string | null;
  /** Index into `steps` while the agency works on it; null before it is taken on. */
  step: number | null;
  stepStartedAt: number | null;
  stepDueAt: number | null;
  supplement: Supplement | null;
  extension: Extension | null;
  consultations: readonly Consultation[];
  /** The other agencies' parts of an inter-agency dossier (liên thông); null for the others. */
  interAgency: InterAgency | null;
  result: Result | null;
  returnedAt: number | null;
  returnChannel: 'counter' | 'post' | 'online' | null;
}

/** The rules marked configurable in domain.md, as settings pass them in. */
export interface ProcessingRules {
  /** Form 02 after appraisal only within this many working days of receipt (3). */
  supplementWithinWorkingDays: number;
  /** Days (Civil Code) the applicant has to supplement before the dossier is closed (15). */
  supplementReplyDays: number;
  /** An extension must be asked at least this long before the due time (1 WD = 8 WH). */
  extensionLeadWorkingHours: number;
}

export const DEFAULT_PROCESSING_RULES: ProcessingRules = {
  supplementWithinWorkingDays: 3,
  supplementReplyDays: 15,
  extensionLeadWorkingHours: 8,
};

export type Command =
  | { action: 'assign'; handlerId: string }
  | { action: 'claim'; handlerId: string }
  | { action: 'forward'; handlerId?: string | null }
  | { action: 'consult'; agencyId: string; question: string; workingDays: number }
  | { action: 'record_reply'; consultation: number; answer: string }
  | { action: 'request_supplement'; items: { name: string; reason: string }[] }
  /** `parallel`: the dossier is electronic (the server decides, see inter-agency.ts). */
  | { action: 'send_to_agencies'; parallel: boolean }
  | { action: 'return_from_agency'; agencyId: string; note: string }
  | { action: 'supplement' }
  | { action: 'close_unsupplemented' }
  | { action: 'request_extension'; reason: string; extra: number }
  | { action: 'decide_extension'; approve: boolean; note?: string }
  | { action: 'refuse_after_appraisal'; reasons: string[]; lateExplanation?: LateExplanation }
  | {
      action: 'approve';
      /** Which of the procedure's result types (the server derives the document code from it). */
      resultType?: number;
      documentCode?: string | null;
      fileSha256?: string | null;
      lateExplanation?: LateExplanation;
    }
  | { action: 'return_result'; channel: 'counter' | 'post' | 'online' }
  | {
      action: 'correct_result';
      reason: string;
      resultType?: number;
      documentCode?: string | null;
      fileSha256?: string | null;
    }
  | {
      action: 'withdraw';
      reason: string;
      source: 'applicant' | 'dvcqg';
      /** When the applicant asked, if before it reached us (a stop request from DVCQG). */
      requestedAt?: string;
    };

/** Why an action is refused by the facts; the API titles each (src/server/http/error-codes.ts). */
export const PROCESSING_REFUSALS = [
  'PROCESS_LAST_STEP',
  'PROCESS_NOT_LAST_STEP',
  'SUPPLEMENT_ALREADY_REQUESTED',
  'SUPPLEMENT_TOO_LATE',
  'SUPPLEMENT_STILL_OPEN',
  'EXTENSION_ALREADY_REQUESTED',
  'EXTENSION_TOO_LATE',
  'EXTENSION_NOT_PENDING',
  'LATE_EXPLANATION_REQUIRED',
  'CONSULTATION_UNKNOWN',
  'HANDLER_UNCHANGED',
  'INTER_AGENCY_NONE',
  'INTER_AGENCY_PENDING',
  'INTER_AGENCY_LEG_UNKNOWN',
] as const;
export type ProcessingRefusalCode = (typeof PROCESSING_REFUSALS)[number];
// The inter-agency rules refuse with codes of this list (a new one there fails to compile here).
const _interAgencyCodes: readonly ProcessingRefusalCode[] = [] as InterAgencyRefusal[];

export class ProcessingRefusal extends Error {
  constructor(readonly code: ProcessingRefusalCode) {
    super(code);
    this.name = 'ProcessingRefusal';
  }
}

export interface ProcessingContext {
  now: number;
  calendar: WorkingCalendar;
  rules: ProcessingRules;
}

/** What the history keeps of an applied command: enough to show it and to replay it. */
export interface Applied {
  facts: DossierFacts;
  data: Record<string, unknown>;
}

const refuse = (code: ProcessingRefusalCode): never => {
  throw new ProcessingRefusal(code);
};

/**
 * When a step must be done: its budget counted from its start, in working time for working
 * units, else as its share of the dossier's whole period; never after the dossier's due time.
 */
export function stepDueAt(facts: DossierFacts, step: number, start: number, cal: WorkingCalendar) {
  const def = facts.steps[step];
  if (!def) return null;
  const { unit, amount } = facts.timeLimit;
  let due: number;
  if (unit === 'working_days') due = addWorkingTime(cal, start, def.budget * WORKING_DAY_MS);
  else if (unit === 'working_hours') due = addWorkingTime(cal, start, def.budget * WORKING_HOUR);
  else {
    const whole = (facts.dueAt ?? start) - (facts.clockStartedAt ?? start);
    due = start + (amount > 0 ? Math.round((whole * def.budget) / amount) : 0);
  }
  return facts.dueAt === null ? due : Math.min(due, facts.dueAt);
}

/** The first step an agency works on: the one after the counter's own reception step. */
export function firstWorkingStep(steps: readonly StepDef[]): number | null {
  if (steps.length === 0) return null;
  const i = steps.findIndex((s) => s.role !== 'counter_officer');
  return i === -1 ? steps.length - 1 : i;
}

/**
 * The agency's last step: the last one not the counter's. A process that ends with the counter's
 * own step ("Vào sổ, trả kết quả") reaches it by the decision and the hand-over of the result,
 * not by forwarding, so the leader approves at the step before it.
 */
function isLastStep(facts: DossierFacts): boolean {
  if (facts.step === null) return true;
  const last = facts.steps.findLastIndex((s) => s.role !== 'counter_officer');
  return facts.step >= (last === -1 ? facts.steps.length - 1 : last);
}

/** A hand-over as Form 06 shows it: which step ended, when it was due, and whether in time. */
function handOver(facts: DossierFacts, now: number) {
  if (facts.step === null) return {};
  return {
    fromStep: facts.step,
    stepName: facts.steps[facts.step]?.name ?? null,
    stepDueAt: facts.stepDueAt === null ? null : new Date(facts.stepDueAt).toISOString(),
    stepOnTime: facts.stepDueAt === null ? true : now <= facts.stepDueAt,
  };
}

function finishing(facts: DossierFacts, now: number, late: LateExplanation | undefined) {
  const when = facts.dueAt === null ? 'on_time' : timeliness(now, facts.dueAt);
  if (when === 'late' && !(late?.who.trim() && late.why.trim()))
    refuse('LATE_EXPLANATION_REQUIRED');
  return when;
}

const iso = (t: number) => new Date(t).toISOString();

/** The next facts, or a ProcessingRefusal / DossierTransitionError; `facts` is never changed. */
export function apply(facts: DossierFacts, command: Command, ctx: ProcessingContext): Applied {
  const { now, calendar: cal, rules } = ctx;
  const to = transition(facts.state, command.action as DossierAction);
  const next: DossierFacts = { ...facts, state: to };
  switch (command.action) {
    case 'assign':
    case 'claim': {
      if (facts.state === 'in_progress' && facts.handlerId === command.handlerId)
        refuse('HANDLER_UNCHANGED');
      next.handlerId = command.handlerId;
      if (facts.state === 'received') {
        next.step = firstWorkingStep(facts.steps);
        next.stepStartedAt = now;
        next.stepDueAt = next.step === null ? null : stepDueAt(facts, next.step, now, cal);
        return {
          facts: next,
          data: {
            handlerId: command.handlerId,
            toStep: next.step,
            stepDueAt: next.stepDueAt === null ? null : iso(next.stepDueAt),
          },
        };
      }
      return { facts: next, data: { handlerId: command.handlerId, previous: facts.handlerId } };
    }
    case 'forward': {
      if (isLastStep(facts)) refuse('PROCESS_LAST_STEP');
      const step = (facts.step as number) + 1;
      next.step = step;
      next.stepStartedAt = now;
      next.stepDueAt = stepDueAt(facts, step, now, cal);
      if (command.handlerId !== undefined) next.handlerId = command.handlerId;
      return {
        facts: next,
        data: {
          ...handOver(facts, now),
          toStep: step,
          handlerId: next.handlerId,
          nextStepDueAt: next.stepDueAt === null ? null : iso(next.stepDueAt),
        },
      };
    }
    case 'consult': {
      const dueAt = addWorkingTime(cal, now, command.workingDays * WORKING_DAY_MS);
      next.consultations = [
        ...facts.consultations,
        {
          agencyId: command.agencyId,
          question: command.question,
          askedAt: now,
          dueAt,
          answer: null,
          answeredAt: null,
        },
      ];
      return {
        facts: next,
        data: {
          consultation: facts.consultations.length,
          agencyId: command.agencyId,
          question: command.question,
          dueAt: iso(dueAt),
        },
      };
    }
    case 'record_reply': {
      const asked = facts.consultations[command.consultation];
      if (!asked || asked.answeredAt !== null) refuse('CONSULTATION_UNKNOWN');
      const c = asked as Consultation;
      next.consultations = facts.consultations.map((x, i) =>
        i === command.consultation ? { ...x, answer: command.answer, answeredAt: now } : x,
      );
      return {
        facts: next,
        data: {
          consultation: command.consultation,
          agencyId: c.agencyId,
          answer: command.answer,
          onTime: now <= c.dueAt,
        },
      };
    }
    case 'send_to_agencies': {
      const sent = sendOn(facts.interAgency, command.parallel, now, cal, facts.dueAt);
      if (typeof sent === 'string') return refuse(sent);
      next.interAgency = sent.next;
      return {
        facts: next,
        data: {
          fromAgencyId: sent.next.leadAgencyId,
          parallel: sent.next.parallel,
          sent: sent.sent.map((l) => ({ toAgencyId: l.agencyId, dueAt: iso(l.dueAt as number) })),
        },
      };
    }
    case 'return_from_agency': {
      const back = returnPart(
        facts.interAgency,
        command.agencyId,
        command.note,
        now,
        cal,
        facts.dueAt,
      );
      if (typeof back === 'string') return refuse(back);
      next.interAgency = back.next;
      const due = back.returned.dueAt;
      return {
        facts: next,
        data: {
          fromAgencyId: command.agencyId,
          toAgencyId:
            back.sentOn?.agencyId ?? (unfinished(back.next) ? null : back.next.leadAgencyId),
          note: command.note,
          dueAt: due === null ? null : iso(due),
          onTime: due === null || now <= due,
          ...(back.sentOn ? { nextDueAt: iso(back.sentOn.dueAt as number) } : {}),
        },
      };
    }
    case 'request_supplement': {
      if (facts.supplement) refuse('SUPPLEMENT_ALREADY_REQUESTED');
      const receivedAt = facts.receivedAt ?? now;
      const limit = dueDate(cal, receivedAt, rules.supplementWithinWorkingDays, 'working_days');
      if (now > limit) refuse('SUPPLEMENT_TOO_LATE');
      const closesAt = dueDate(cal, now, rules.supplementReplyDays, 'days');
      next.supplement = { requestedAt: now, closesAt, answeredAt: null };
      return {
        facts: next,
        data: { ...handOver(facts, now), items: command.items, closesAt: iso(closesAt) },
      };
    }
    case 'supplement': {
      // The clock restarts from zero (domain.md §4): a new due date from now, the step again.
      next.clockStartedAt = now;
      next.dueAt = dueDate(cal, now, facts.timeLimit.amount, facts.timeLimit.unit);
      next.supplement = { ...(facts.supplement as Supplement), answeredAt: now };
      next.stepStartedAt = now;
      next.stepDueAt = facts.step === null ? null : stepDueAt(next, facts.step, now, cal);
      return {
        facts: next,
        data: { dueAt: iso(next.dueAt), previousDueAt: facts.dueAt && iso(facts.dueAt) },
      };
    }
    case 'close_unsupplemented': {
      if (!facts.supplement || now < facts.supplement.closesAt) refuse('SUPPLEMENT_STILL_OPEN');
      return {
        facts: next,
        data: { requestedAt: iso((facts.supplement as Supplement).requestedAt) },
      };
    }
    case 'request_extension': {
      if (facts.extension) refuse('EXTENSION_ALREADY_REQUESTED');
      const dueAt = facts.dueAt as number;
      const latest = workingTimeBefore(cal, dueAt, rules.extensionLeadWorkingHours * WORKING_HOUR);
      if (now > latest) refuse('EXTENSION_TOO_LATE');
      const proposedDueAt = dueDate(cal, dueAt, command.extra, facts.timeLimit.unit);
      next.extension = {
        requestedAt: now,
        reason: command.reason,
        extra: command.extra,
        proposedDueAt,
        decision: null,
      };
      return {
        facts: next,
        data: { reason: command.reason, dueAt: iso(dueAt), proposedDueAt: iso(proposedDueAt) },
      };
    }
    case 'decide_extension': {
      if (!facts.extension || facts.extension.decision !== null) refuse('EXTENSION_NOT_PENDING');
      const ext = facts.extension as Extension;
      // The time granted is added to the due date in force now: a clock restarted by a
      // supplement since the request is not set back to the old one.
      const grantedDueAt = dueDate(cal, facts.dueAt as number, ext.extra, facts.timeLimit.unit);
      next.extension = {
        ...ext,
        proposedDueAt: command.approve ? grantedDueAt : ext.proposedDueAt,
        decision: command.approve ? 'approved' : 'rejected',
      };
      if (command.approve) next.dueAt = grantedDueAt;
      return {
        facts: next,
        data: {
          approved: command.approve,
          ...(command.note ? { note: command.note } : {}),
          dueAt: next.dueAt === null ? null : iso(next.dueAt),
          previousDueAt: facts.dueAt === null ? null : iso(facts.dueAt),
        },
      };
    }
    case 'refuse_after_appraisal': {
      if (facts.interAgency?.legs.some(isOut)) refuse('INTER_AGENCY_PENDING');
      const when = finishing(facts, now, command.lateExplanation);
      next.result = {
        kind: 'refused',
        reasons: command.reasons,
        decidedAt: now,
        timeliness: when,
        lateExplanation: command.lateExplanation ?? null,
      };
      return {
        facts: next,
        data: {
          ...handOver(facts, now),
          reasons: command.reasons,
          timeliness: when,
          late: command.lateExplanation ?? null,
        },
      };
    }
    case 'approve': {
      if (!isLastStep(facts)) refuse('PROCESS_NOT_LAST_STEP');
      if (unfinished(facts.interAgency)) refuse('INTER_AGENCY_PENDING');
      const when = finishing(facts, now, command.lateExplanation);
      next.result = {
        kind: 'granted',
        documentCode: command.documentCode ?? null,
        fileSha256: command.fileSha256 ?? null,
        decidedAt: now,
        timeliness: when,
        lateExplanation: command.lateExplanation ?? null,
      };
      return {
        facts: next,
        data: {
          ...handOver(facts, now),
          documentCode: command.documentCode ?? null,
          timeliness: when,
          late: command.lateExplanation ?? null,
        },
      };
    }
    case 'return_result':
      next.returnedAt = now;
      next.returnChannel = command.channel;
      return { facts: next, data: { channel: command.channel } };
    case 'correct_result': {
      // The corrected result replaces the erroneous one and is handed over again (domain.md §4:
      // corrected within 3 WD; that duty runs from the report of the error, which the officer
      // records by correcting).
      const result = facts.result as Result;
      next.result = {
        ...result,
        documentCode:
          command.documentCode === undefined ? (result.documentCode ?? null) : command.documentCode,
        fileSha256:
          command.fileSha256 === undefined ? (result.fileSha256 ?? null) : command.fileSha256,
        corrections: [
          ...(result.corrections ?? []),
          { at: now, reason: command.reason, replacedDocumentCode: result.documentCode ?? null },
        ],
      };
      next.returnedAt = null;
      next.returnChannel = null;
      return {
        facts: next,
        data: {
          reason: command.reason,
          documentCode: next.result.documentCode ?? null,
          replacedDocumentCode: result.documentCode ?? null,
        },
      };
    }
    case 'withdraw':
      return {
        facts: next,
        data: {
          reason: command.reason,
          source: command.source,
          ...(command.requestedAt ? { requestedAt: command.requestedAt } : {}),
        },
      };
  }
}

/** An action with arguments that pass every rule that looks at arguments: to probe the facts. */
function probe(facts: DossierFacts, action: Command['action']): Command | null {
  const late = { who: '-', why: '-' };
  switch (action) {
    case 'assign':
    case 'claim':
      return { action, handlerId: `${facts.handlerId ?? ''}?` };
    case 'forward':
    case 'supplement':
    case 'close_unsupplemented':
      return { action };
    case 'consult':
      return { action, agencyId: '-', question: '-', workingDays: 1 };
    case 'record_reply': {
      const open = facts.consultations.findIndex((c) => c.answeredAt === null);
      return { action, consultation: open, answer: '-' };
    }
    case 'send_to_agencies':
      return { action, parallel: false };
    case 'return_from_agency': {
      const held = facts.interAgency?.legs.find(isOut);
      return held ? { action, agencyId: held.agencyId, note: '-' } : null;
    }
    case 'request_supplement':
      return { action, items: [] };
    case 'request_extension':
      return { action, reason: '-', extra: 1 };
    case 'decide_extension':
      return { action, approve: true };
    case 'refuse_after_appraisal':
      return { action, reasons: ['-'], lateExplanation: late };
    case 'approve':
      return { action, lateExplanation: late };
    case 'return_result':
      return { action, channel: 'counter' };
    case 'correct_result':
      return { action, reason: '-' };
    case 'withdraw':
      return { action, reason: '-', source: 'applicant' };
  }
}

/**
 * Of `actions`, those the facts allow now: what the page offers. It asks `apply` itself, with
 * arguments that pass every rule about arguments, so a button is never offered that the rules
 * would refuse whatever the officer types (a second supplementation, a decision on no request).
 */
export function offered<A extends Command['action']>(
  facts: DossierFacts,
  actions: readonly A[],
  ctx: ProcessingContext,
): A[] {
  return actions.filter((action) => {
    const command = probe(facts, action);
    if (!command) return false;
    try {
      apply(facts, command, ctx);
      return true;
    } catch (error) {
      if (error instanceof ProcessingRefusal || error instanceof DossierTransitionError)
        return false;
      throw error;
    }
  });
}

/** The instant `amountMs` of working time before `instant` (for "at least 1 WD before"). */
function workingTimeBefore(cal: WorkingCalendar, instant: number, amountMs: number): number {
  const target = cal.workingBefore(instant) - amountMs;
  return target <= 0 ? Number.NEGATIVE_INFINITY : cal.instantAt(target);
}

/** How pressing an open dossier is, for the inbox (domain.md §4 "likely late"). */

export function urgency(
  facts: Pick<DossierFacts, 'state' | 'dueAt'>,
  now: number,
  cal: WorkingCalendar,
): Urgency {
  if (facts.state === 'awaiting_supplement') return 'paused';
  if (facts.dueAt === null) return 'ok';
  if (now > facts.dueAt) return 'overdue';
  const left = cal.workingBefore(facts.dueAt) - cal.workingBefore(now);
  if (localDate(new Date(facts.dueAt - 1)) === localDate(new Date(now))) return 'due_today';
  if (left <= WORKING_DAY_MS) return 'likely_late';
  if (left <= 2 * WORKING_DAY_MS) return 'due_soon';
  return 'ok';
}

/** A dossier's facts at its receipt, before any processing: where a replay starts. */
export function factsAtReceipt(d: {
  timeLimit: DossierFacts['timeLimit'];
  steps: readonly StepDef[];
  receivedAt: number;
  dueAt: number;
  interAgency?: InterAgency | null;
}): DossierFacts {
  return {
    state: 'received',
    timeLimit: d.timeLimit,
    steps: d.steps,
    receivedAt: d.receivedAt,
    clockStartedAt: d.receivedAt,
    dueAt: d.dueAt,
    handlerId: null,
    step: null,
    stepStartedAt: null,
    stepDueAt: null,
    supplement: null,
    extension: null,
    consultations: [],
    interAgency: d.interAgency ?? null,
    result: null,
    returnedAt: null,
    returnChannel: null,
  };
}

/** Replays a history: the facts after every command, from the facts at receipt. */
export function replay(
  initial: DossierFacts,
  history: readonly { command: Command; at: number }[],
  calendar: WorkingCalendar,
  rules: ProcessingRules,
): DossierFacts {
  return history.reduce(
    (facts, h) => apply(facts, h.command, { now: h.at, calendar, rules }).facts,
    initial,
  );
}
