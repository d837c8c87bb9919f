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
  'withdraw', // the applicant stops the dossier
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** `null` is "no dossier yet": the actions that create one start from it. */
export type From = DossierState | null;

/**
 * The whole lifecycle as data: from a state, which action leads where. Anything not listed is
 * forbidden. Reviewed against domain.md §4; the processing issue appends its rows.
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
