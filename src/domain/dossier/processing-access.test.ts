import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.js';
import { mayTake, permittedActions } from './processing-access.js';

const COMMUNE = '/p/c/';
const CENTRE = '/p/t/';
const user = (
  id: string,
  role: 'specialist' | 'leader' | 'counter_officer',
  path: string,
): Actor => ({
  kind: 'user',
  id,
  grants: [{ role, agencyId: 'a', agencyPath: path }],
});
const dossier = { receivingPath: CENTRE, competentPath: COMMUNE, handlerId: 'nam' };

describe('who may take a processing action', () => {
  it('the handler works the dossier; a colleague of the same agency does not', () => {
    expect(mayTake(user('nam', 'specialist', COMMUNE), 'request_supplement', dossier)).toBe(true);
    expect(mayTake(user('lan', 'specialist', COMMUNE), 'request_supplement', dossier)).toBe(false);
    expect(mayTake(user('lan', 'specialist', COMMUNE), 'forward', dossier)).toBe(false);
  });

  it('a leader of the competent agency may act for the handler, and assigns', () => {
    const leader = user('thang', 'leader', COMMUNE);
    expect(mayTake(leader, 'forward', dossier)).toBe(true);
    expect(mayTake(leader, 'assign', dossier)).toBe(true);
    expect(mayTake(leader, 'approve', dossier)).toBe(true);
  });

  it('the receiving centre hands over results; the competent agency does not', () => {
    expect(mayTake(user('hoa', 'counter_officer', CENTRE), 'return_result', dossier)).toBe(true);
    expect(mayTake(user('nam', 'specialist', COMMUNE), 'return_result', dossier)).toBe(false);
  });

  it('the buttons: only the actions of the state that this reader may take', () => {
    expect(permittedActions(user('lan', 'specialist', COMMUNE), 'in_progress', dossier)).toEqual(
      [],
    );
    expect(permittedActions(user('nam', 'specialist', COMMUNE), 'in_progress', dossier)).toEqual([
      'forward',
      'consult',
      'record_reply',
      'request_supplement',
      'request_extension',
      'refuse_after_appraisal',
    ]);
  });
});
