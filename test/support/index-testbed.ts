import { expect } from 'vitest';
import type { Actor } from '../../src/domain/access/policy.js';
import { act } from '../../src/server/features/dossiers/dossier-processing.service.js';
import type { DossierDetail } from '../../src/server/features/dossiers/dossiers.contract.js';
import { activeUserActor } from '../../src/server/features/users/users.queries.js';
import { AppError } from '../../src/server/http/problem.js';
import { buildIntake, publishTestProcedures } from './dossiers.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

/** One action tried on a dossier: by whom, what, and how long after the one before (ms). */
export type TimedStep = [who: string, body: Record<string, unknown>, after: number];

const OFFICERS = ['motcua.tinh', 'chuyenvien.kinhbac', 'lanhdao.kinhbac', 'giamsat.tinh'];

/**
 * A test app with the officers of Kinh Bắc's dossiers (the provincial counter, the commune's
 * specialist and leader, the centre's supervisor), to receive dossiers and take them through
 * processing at later times than now, as the service indicators are tested.
 */
export async function indexTestbed() {
  const t: TestApp = await createTestApp();
  await publishTestProcedures(t.db);
  const counter: Client = await t.login('motcua.tinh');
  const actors: Record<string, Actor & { id: string }> = {};
  for (const u of OFFICERS) {
    const client = u === 'motcua.tinh' ? counter : await t.login(u);
    actors[u] = (await activeUserActor(t.db, client.userId)) as Actor & { id: string };
  }

  async function receive(): Promise<DossierDetail> {
    const res = await t.as(counter).post('/api/v1/dossiers', buildIntake());
    expect(res.statusCode).toBe(201);
    return res.json() as DossierDetail;
  }

  /**
   * Takes a dossier through the steps, each `after` ms after the one before, through the
   * processing service; a forward goes to the leader. With `skipRefused`, what the rules refuse
   * is skipped as an officer's attempt would be; otherwise it fails the test. Returns the actions
   * taken.
   */
  async function walk(d: DossierDetail, steps: TimedStep[], { skipRefused = false } = {}) {
    let version = d.version;
    let now = Date.now();
    const taken: string[] = [];
    for (const [who, body, after] of steps) {
      now += after;
      const command =
        body.action === 'forward' ? { ...body, handlerId: actors['lanhdao.kinhbac']?.id } : body;
      try {
        const out = await act(
          t.db,
          actors[who] as Actor,
          d.id,
          { ...command, version } as never,
          new Date(now),
        );
        version = out.version;
        taken.push(String(body.action));
      } catch (error) {
        if (!skipRefused || !(error instanceof AppError)) throw error;
      }
    }
    return taken;
  }

  return { t, counter, actors, receive, walk };
}
