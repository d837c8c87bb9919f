import type { DossierState } from './states.js';

export const DOSSIER_ACTIONS = [
  'receive', // counter or post, complete → Form 01
  'return_incomplete', // counter, incomplete → Form 02
  'refuse', // counter, not eligible → Form 03
  'arrive_online', // from DVCQG
  'accept', // online dossier accepted
  'request_correction', // online dossier sent back
  'resubmit', // the applicant corrected it on DVCQG
  'decline_not_competent', // online dossier that belongs to another agency
  'withdraw', // the applicant stops the dossier (at the counter, or a stop request from DVCQG)
  'assign', // a leader gives the dossier to a handler (again: reassigns it)
  'claim', // an officer takes an unassigned dossier of the agency
  'forward', // the current step is done: hand-over to the next step of the process
  'consult', // a request to another agency, with its deadline
  'record_reply', // that agency's answer
  'send_to_agencies', // inter-agency: the lead sends it to the next agency, or to all at once
  'return_from_agency', // inter-agency: an agency returns its part (to the next, or the lead)
  'request_supplement', // Form 02 after appraisal: once, within 3 WD of receipt; the clock stops
  'supplement', // the applicant completed the dossier: the clock restarts from zero
  'close_unsupplemented', // no answer within 15 days: closed (Form 05)
  'request_extension', // the apology and request for more time (Form 04): once, in good time
  'decide_extension', // the centre approves (new due date) or rejects it
  'refuse_after_appraisal', // not eligible: Form 03, recorded as the result
  'approve', // the leader approves the result at the last step
  'return_result', // the result handed over: counter, post or online
  'correct_result', // an erroneous result corrected within 3 WD
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** `null` is "no dossier yet": the actions that create one start from it. */
export type From = DossierState | null;

/**
 * The whole lifecycle as data: from a state, which action leads where. Anything not listed is
 * forbidden. Reviewed against domain.md §4. What a row allows is further bounded by the
 * dossier's facts (processing.ts): a second supplementation, an extension asked too late.
 */
export const TRANSITIONS: readonly (readonly [From, DossierAction, DossierState])[] = [
  [null, 'receive', 'received'],
  [null, 'return_incomplete', 'incomplete_at_intake'],
  [null, 'refuse', 'refused_at_intake'],
  [null, 'arrive_online', 'awaiting_acceptance'],
  ['awaiting_acceptance', 'accept', 'received'],
  ['awaiting_acceptance', 'request_correction', 'correction_requested'],
  ['awaiting_acceptance', 'decline_not_competent', 'refused_at_intake'],
  ['awaiting_acceptance', 'withdraw', 'withdrawn'],
  ['correction_requested', 'resubmit', 'awaiting_acceptance'],
  ['correction_requested', 'withdraw', 'withdrawn'],
  ['received', 'withdraw', 'withdrawn'],
  ['received', 'assign', 'in_progress'],
  ['received', 'claim', 'in_progress'],
  ['in_progress', 'assign', 'in_progress'],
  ['in_progress', 'forward', 'in_progress'],
  ['in_progress', 'consult', 'in_progress'],
  ['in_progress', 'record_reply', 'in_progress'],
  ['in_progress', 'send_to_agencies', 'in_progress'],
  ['in_progress', 'return_from_agency', 'in_progress'],
  ['in_progress', 'request_supplement', 'awaiting_supplement'],
  ['in_progress', 'request_extension', 'in_progress'],
  ['in_progress', 'decide_extension', 'in_progress'],
  ['in_progress', 'refuse_after_appraisal', 'decided'],
  ['in_progress', 'approve', 'decided'],
  ['in_progress', 'withdraw', 'withdrawn'],
  ['awaiting_supplement', 'supplement', 'in_progress'],
  ['awaiting_supplement', 'close_unsupplemented', 'closed_unsupplemented'],
  ['awaiting_supplement', 'withdraw', 'withdrawn'],
  ['decided', 'return_result', 'returned'],
  ['decided', 'correct_result', 'decided'],
  ['returned', 'correct_result', 'decided'],
];

export class DossierTransitionError extends Error {
  readonly code = 'DOSSIER_TRANSITION_FORBIDDEN';
  constructor(
    readonly from: From,
    readonly action: DossierAction,
  ) {
    super(`${action} is not allowed from ${from ?? 'no dossier'}`);
    this.name = 'DossierTransitionError';
  }
}

const TABLE = new Map(TRANSITIONS.map(([from, action, to]) => [`${from}|${action}`, to]));

/** The next state, or a named error: the one place that decides what may happen to a dossier. */
export function transition(from: From, action: DossierAction): DossierState {
  const to = TABLE.get(`${from}|${action}`);
  if (!to) throw new DossierTransitionError(from, action);
  return to;
}

/** The actions possible from a state, for the buttons an officer sees. */
export function allowedActions(from: From): DossierAction[] {
  return TRANSITIONS.filter(([f]) => f === from).map(([, action]) => action);
}
