import type { Action } from '../access/permissions.js';
import { type Actor, can } from '../access/policy.js';
import { type InterAgency, maySendOn } from './inter-agency.js';
import type { Command } from './processing.js';
import type { DossierState } from './states.js';
import { allowedActions } from './transitions.js';

/**
 * Who may take which processing action, and where (domain.md §2, §4): a leader assigns a handler,
 * and the handler works the dossier; leaders approve; the receiving centre takes the applicant's
 * supplement, hands the result over, records a withdrawal and decides extensions.
 */
export const PROCESSING_PERMISSION: Record<
  Command['action'],
  { action: Action; at: 'competent' | 'receiving' | 'holding'; handlerOnly?: true }
> = {
  assign: { action: 'dossier.assign', at: 'competent' },
  claim: { action: 'dossier.process', at: 'competent' },
  forward: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  consult: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  record_reply: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  send_to_agencies: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  // An agency holding its part of an inter-agency dossier returns it.
  return_from_agency: { action: 'dossier.process', at: 'holding' },
  request_supplement: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  request_extension: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  refuse_after_appraisal: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  correct_result: { action: 'dossier.process', at: 'competent', handlerOnly: true },
  approve: { action: 'dossier.approve', at: 'competent' },
  decide_extension: { action: 'dossier.extension.decide', at: 'receiving' },
  supplement: { action: 'dossier.receive', at: 'receiving' },
  close_unsupplemented: { action: 'dossier.receive', at: 'receiving' },
  return_result: { action: 'dossier.receive', at: 'receiving' },
  withdraw: { action: 'dossier.receive', at: 'receiving' },
};

export interface ProcessingSubject {
  receivingPath: string;
  competentPath: string;
  handlerId: string | null;
  /** The agencies holding a part of an inter-agency dossier now. */
  holdingPaths?: readonly string[];
}

/**
 * May `actor` take `action` on this dossier? A handler's action is for the handler of the
 * dossier, or for someone who may give it to another (a leader of the competent agency).
 */
export function mayTake(actor: Actor, action: Command['action'], d: ProcessingSubject): boolean {
  const rule = PROCESSING_PERMISSION[action];
  if (rule.at === 'holding')
    return (d.holdingPaths ?? []).some((agencyPath) => can(actor, rule.action, { agencyPath }));
  const agencyPath = rule.at === 'competent' ? d.competentPath : d.receivingPath;
  if (!can(actor, rule.action, { agencyPath })) return false;
  if (!rule.handlerOnly) return true;
  const isHandler = actor.kind === 'user' && d.handlerId !== null && actor.id === d.handlerId;
  return isHandler || can(actor, 'dossier.assign', { agencyPath: d.competentPath });
}

const isProcessing = (a: string): a is Command['action'] => a in PROCESSING_PERMISSION;

/**
 * The processing actions this actor may start on a dossier in this state: the page's buttons.
 * Sending to partner agencies is offered only while the dossier has a part left to send.
 */
export function permittedActions(
  actor: Actor,
  state: DossierState,
  d: ProcessingSubject,
  interAgency: InterAgency | null = null,
): Command['action'][] {
  return allowedActions(state).filter(
    (a): a is Command['action'] =>
      isProcessing(a) &&
      (a !== 'send_to_agencies' || maySendOn(interAgency)) &&
      mayTake(actor, a, d),
  );
}
