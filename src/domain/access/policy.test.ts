import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './permissions.js';
import { type Actor, allowedActions, can, scopesFor } from './policy.js';
import { ROLES } from './roles.js';

const province = '/p/';
const communeA = '/p/a/';
const communeB = '/p/b/';

describe('can(actor, action, subject)', () => {
  const adminA: Actor = {
    kind: 'user',
    id: 'x',
    grants: [{ role: 'admin', agencyId: 'a', agencyPath: communeA }],
  };

  it('allows inside the granted subtree only', () => {
    expect(can(adminA, 'user.manage', { agencyPath: communeA })).toBe(true);
    expect(can(adminA, 'user.manage', { agencyPath: `${communeA}centre/` })).toBe(true);
    expect(can(adminA, 'user.manage', { agencyPath: communeB })).toBe(false);
    expect(can(adminA, 'user.manage', { agencyPath: province })).toBe(false);
  });

  it('does not confuse a sibling whose id starts like ours', () => {
    const a: Actor = {
      kind: 'user',
      id: 'x',
      grants: [{ role: 'admin', agencyId: 'a', agencyPath: '/p/ab/' }],
    };
    expect(can(a, 'user.manage', { agencyPath: '/p/abc/' })).toBe(false);
  });

  it('never allows anonymous callers, and bounds systems by their scopes', () => {
    expect(can({ kind: 'anonymous' }, 'user.read', { agencyPath: province })).toBe(false);
    const system: Actor = { kind: 'system', id: 't', scopes: ['user.read'], agencyPath: province };
    expect(can(system, 'user.read', { agencyPath: communeA })).toBe(true);
    expect(can(system, 'user.manage', { agencyPath: communeA })).toBe(false);
  });

  it('a counter officer receives dossiers but manages nobody', () => {
    const counter: Actor = {
      kind: 'user',
      id: 'c',
      grants: [{ role: 'counter_officer', agencyId: 'p', agencyPath: province }],
    };
    expect(allowedActions(counter)).toEqual(['dossier.receive']);
    expect(scopesFor(counter, 'user.read')).toEqual([]);
  });

  const path = fc
    .array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 })
    .map((ids) => `/${ids.join('/')}/`);
  const grant = fc.record({
    role: fc.constantFrom(...ROLES),
    agencyId: fc.constant('g'),
    agencyPath: path,
  });

  it('property: allowed exactly when some grant holds the action over a prefix of the subject', () => {
    fc.assert(
      fc.property(
        fc.array(grant, { maxLength: 4 }),
        fc.constantFrom(...ACTIONS),
        path,
        (grants, action, subjectPath) => {
          const actor: Actor = { kind: 'user', id: 'u', grants };
          const viaScopes = scopesFor(actor, action).some((s) => subjectPath.startsWith(s));
          expect(can(actor, action, { agencyPath: subjectPath })).toBe(viaScopes);
          if (can(actor, action, { agencyPath: subjectPath }))
            expect(allowedActions(actor)).toContain(action);
        },
      ),
    );
  });

  it('property: adding a grant never takes a permission away', () => {
    fc.assert(
      fc.property(
        fc.array(grant, { maxLength: 3 }),
        grant,
        fc.constantFrom(...ACTIONS),
        path,
        (grants, extra, action, p) => {
          const before = can({ kind: 'user', id: 'u', grants }, action, { agencyPath: p });
          const after = can({ kind: 'user', id: 'u', grants: [...grants, extra] }, action, {
            agencyPath: p,
          });
          expect(!before || after).toBe(true);
        },
      ),
    );
  });
});
