import type { Action } from '../../../domain/access/permissions.js';
import { type Actor, can } from '../../../domain/access/policy.js';
import type { Command } from '../../../domain/dossier/processing.js';
import type { DossierState } from '../../../domain/dossier/states.js';
import { allowedActions } from '../../../domain/dossier/transitions.js';
import type { IntakeAgency } from './dossiers.queries.js';

/**
 * Who may do what, and where (domain.md §2, §4): the competent agency's handlers work the
 * dossier and its leaders assign and approve; the receiving centre takes the applicant's
 * supplement, hands the result over, takes a withdrawal and decides extensions.
 */
export const PERMISSION: Record<
  Command['action'],
  { action: Action; at: 'competent' | 'receiving' }
> = {
  assign: { action: 'dossier.assign', at: 'competent' },
  claim: { action: 'dossier.process', at: 'competent' },
  forward: { action: 'dossier.process', at: 'competent' },
  consult: { action: 'dossier.process', at: 'competent' },
  record_reply: { action: 'dossier.process', at: 'competent' },
  request_supplement: { action: 'dossier.process', at: 'competent' },
  request_extension: { action: 'dossier.process', at: 'competent' },
  refuse_after_appraisal: { action: 'dossier.process', at: 'competent' },
  correct_result: { action: 'dossier.process', at: 'competent' },
  approve: { action: 'dossier.approve', at: 'competent' },
  decide_extension: { action: 'dossier.extension.decide', at: 'receiving' },
  supplement: { action: 'dossier.receive', at: 'receiving' },
  close_unsupplemented: { action: 'dossier.receive', at: 'receiving' },
  return_result: { action: 'dossier.receive', at: 'receiving' },
  withdraw: { action: 'dossier.receive', at: 'receiving' },
};

/** The processing actions this actor may start on a dossier in this state: the page's buttons. */
export function permittedActions(
  actor: Actor,
  state: DossierState,
  receiving: IntakeAgency,
  competent: IntakeAgency,
): Command['action'][] {
  return allowedActions(state).flatMap((a) => {
    const rule = PERMISSION[a as Command['action']];
    if (!rule) return [];
    const at = rule.at === 'competent' ? competent : receiving;
    return can(actor, rule.action, { agencyPath: at.path }) ? [a as Command['action']] : [];
  });
}
