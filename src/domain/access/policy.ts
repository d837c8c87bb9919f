import type { Action } from './permissions.js';
import { ROLE_PERMISSIONS } from './permissions.js';
import type { Role } from './roles.js';

/**
 * An agency's place in the tree as the ids from the root down to itself, joined by '/'
 * and ending with '/', so that "is inside the subtree of" is a prefix test.
 */
export type AgencyPath = string;

export interface RoleGrant {
  role: Role;
  agencyId: string;
  agencyPath: AgencyPath;
}

export type Actor =
  | { kind: 'user'; id: string; grants: readonly RoleGrant[] }
  | { kind: 'system'; id: string; scopes: readonly Action[]; agencyPath: AgencyPath }
  | { kind: 'anonymous' };

/** The thing acted on: where it sits in the agency tree, and optionally whose it is. */
export interface Subject {
  agencyPath: AgencyPath;
  ownerId?: string;
}

export function isWithin(path: AgencyPath, scope: AgencyPath): boolean {
  return path.startsWith(scope);
}

/** Reads as the sentence: may `actor` do `action` to `subject`? */
export function can(actor: Actor, action: Action, subject: Subject): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'system':
      return actor.scopes.includes(action) && isWithin(subject.agencyPath, actor.agencyPath);
    case 'user':
      return actor.grants.some(
        (g) =>
          ROLE_PERMISSIONS[g.role].includes(action) && isWithin(subject.agencyPath, g.agencyPath),
      );
  }
}

/** The subtrees in which `actor` may do `action`: used to filter lists in SQL. */
export function scopesFor(actor: Actor, action: Action): AgencyPath[] {
  switch (actor.kind) {
    case 'anonymous':
      return [];
    case 'system':
      return actor.scopes.includes(action) ? [actor.agencyPath] : [];
    case 'user':
      return actor.grants
        .filter((g) => ROLE_PERMISSIONS[g.role].includes(action))
        .map((g) => g.agencyPath);
  }
}

/** Actions the actor may do somewhere: what the web shell uses to decide what to show. */
export function allowedActions(actor: Actor): Action[] {
  if (actor.kind === 'anonymous') return [];
  if (actor.kind === 'system') return [...actor.scopes];
  return [...new Set(actor.grants.flatMap((g) => ROLE_PERMISSIONS[g.role]))];
}
