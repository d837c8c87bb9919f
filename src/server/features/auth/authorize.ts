import type { Action } from '../../../domain/access/permissions.js';
import type { Actor, Subject } from '../../../domain/access/policy.js';
import { can } from '../../../domain/access/policy.js';
import { AppError } from '../../http/problem.js';

/** The first line of every service that changes or reveals something. */
export function authorize(actor: Actor, action: Action, subject: Subject): void {
  if (can(actor, action, subject)) return;
  throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
}
