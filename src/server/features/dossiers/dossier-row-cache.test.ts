import { type KyselyPlugin, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake, publishTestProcedures } from '../../../../test/support/dossiers.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { activeUserActor } from '../users/users.queries.js';
import { act } from './dossier-processing.service.js';
import { keepRow, rowAt } from './dossier-row-cache.js';
import type { DossierDetail } from './dossiers.contract.js';
import { findDossier } from './dossiers.queries.js';

let t: TestApp;
let counter: Client;
let specialist: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  [counter, specialist] = (await Promise.all(
    ['motcua.tinh', 'chuyenvien.kinhbac'].map((u) => t.login(u)),
  )) as [Client, Client];
});
afterAll(() => t.close());

async function receivedDossier(): Promise<DossierDetail> {
  const res = await t.as(counter).post('/api/v1/dossiers', buildIntake());
  expect(res.statusCode).toBe(201);
  return res.json() as DossierDetail;
}

/** A handle on the same database with caches of its own, as another server instance has. */
function anotherInstance() {
  const passThrough: KyselyPlugin = {
    transformQuery: (a) => a.node,
    transformResult: async (a) => a.result,
  };
  return t.db.withPlugin(passThrough);
}

describe('rows kept by version', () => {
  it('a change that leaves the version as it was is refused by the database', async () => {
    const d = await receivedDossier();
    await expect(
      sql`UPDATE dossiers SET due_at = due_at + interval '1 day' WHERE id = ${d.id}::uuid`.execute(
        t.db,
      ),
    ).rejects.toThrow(/must raise its version/);
    await sql`UPDATE dossiers SET due_at = due_at + interval '1 day', version = version + 1
      WHERE id = ${d.id}::uuid`.execute(t.db);
    expect((await findDossier(t.db, d.id))?.version).toBe(d.version + 1);
  });

  it('an action on the version this instance wrote uses the row it kept, not a read', async () => {
    const d = await receivedDossier();
    const claimed = (
      await t.as(specialist).post(`/api/v1/dossiers/${d.id}/actions`, {
        action: 'claim',
        version: d.version,
      })
    ).json() as DossierDetail;
    const kept = rowAt(t.db, d.id, claimed.version);
    expect(kept?.state).toBe('in_progress');
    expect(kept?.handler_id).toBe(specialist.userId);
    // The kept row is the row as the database holds it after the write.
    expect(kept).toEqual(await findDossier(t.db, d.id));
    // Marked so that its use shows: the notice of the hand-over names the kept procedure.
    keepRow(t.db, { ...(kept as NonNullable<typeof kept>), procedure_name: 'Thủ tục đánh dấu' });
    const leader = await t.login('lanhdao.kinhbac');
    const res = await t.as(specialist).post(`/api/v1/dossiers/${d.id}/actions`, {
      action: 'forward',
      handlerId: leader.userId,
      version: claimed.version,
    });
    expect(res.statusCode).toBe(200);
    const notices = await t.as(leader).get('/api/v1/notifications');
    expect(JSON.stringify(notices.json())).toContain('Thủ tục đánh dấu');
  });

  it('a dossier another instance moved on: the action on the old version gets 409 with the state now', async () => {
    const d = await receivedDossier();
    const claimed = (
      await t.as(specialist).post(`/api/v1/dossiers/${d.id}/actions`, {
        action: 'claim',
        version: d.version,
      })
    ).json() as DossierDetail;
    expect(rowAt(t.db, d.id, claimed.version)).toBeDefined();
    const other = anotherInstance();
    const actor = await activeUserActor(other, specialist.userId);
    const moved = await act(other, actor as NonNullable<typeof actor>, d.id, {
      action: 'consult',
      agencyId: (await findDossier(t.db, d.id))?.receiving_agency_id as string,
      question: 'Đề nghị cho ý kiến về giấy tờ kèm theo',
      workingDays: 2,
      version: claimed.version,
    });
    expect(moved.version).toBe(claimed.version + 1);
    // This instance still holds the older row; the officer who read it acts on it.
    expect(rowAt(t.db, d.id, claimed.version)).toBeDefined();
    const res = await t.as(specialist).post(`/api/v1/dossiers/${d.id}/actions`, {
      action: 'request_supplement',
      items: [{ name: 'Bản sao giấy chứng sinh', reason: 'Bản chụp mờ, không đọc được' }],
      version: claimed.version,
    });
    expectProblem(res, 409, 'DOSSIER_VERSION_CONFLICT');
    expect(res.json()).toMatchObject({ currentVersion: moved.version, state: 'in_progress' });
    expect((await findDossier(t.db, d.id))?.version).toBe(moved.version);
    expect(rowAt(t.db, d.id, claimed.version)).toBeUndefined();
  });
});
