import type { Action } from '../../../domain/access/permissions.js';
import type { Actor, AgencyPath, Subject } from '../../../domain/access/policy.js';
import { can, scopesFor } from '../../../domain/access/policy.js';
import { AppError } from '../../http/problem.js';

/** The first line of every service that changes or reveals something. */
export function authorize(actor: Actor, action: Action, subject: Subject): void {
  if (can(actor, action, subject)) return;
  throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
}

/** For lists: the subtrees the actor may see, or the same refusal as authorize() when none. */
export function requireScopes(actor: Actor, action: Action): AgencyPath[] {
  const scopes = scopesFor(actor, action);
  if (scopes.length === 0)
    throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
  return scopes;
}
