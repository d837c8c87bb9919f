import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForceFlows, bruteForceProgress } from '../../../test/support/brute-force-progress.js';
import { agencyIds } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { addDays } from '../../domain/calendar/local-date.js';
import { TRANSITIONS } from '../../domain/dossier/transitions.js';
import { periodOf } from '../../domain/indicators/periods.js';
import { indexCountsByAgency } from '../features/indicators/indicators.queries.js';
import { progressOf, rebuildRollups } from '../features/indicators/indicators.service.js';
import { seedSynthetic } from './synthetic.service.js';

let t: TestApp;
let everyAgency: string[];
const now = new Date('2026-11-20T10:00:00+07:00');
const DOSSIERS = 1_500;

beforeAll(async () => {
  t = await createTestApp();
  const done = await seedSynthetic(t.db, { dossiers: DOSSIERS, seed: 7, now });
  expect(done).toMatchObject({ dossiers: DOSSIERS, from: '2025-11-20', to: '2026-11-19' });
  everyAgency = (await t.db.selectFrom('agencies').select('id').execute()).map((a) => a.id);
}, 120_000);
afterAll(() => t.close());

const count = async (query: ReturnType<typeof sql<{ n: string }>>) =>
  Number((await query.execute(t.db)).rows[0]?.n);

describe('a synthetic year (motcua seed synthetic)', () => {
  it('writes histories the state machine allows, with unique codes, one a supervisor can open', async () => {
    expect(await count(sql`SELECT count(*) AS n FROM dossiers`)).toBe(DOSSIERS);
    const { rows: steps } = await sql<{
      from_state: string | null;
      action: string;
      to_state: string;
    }>`
      SELECT DISTINCT from_state, action, to_state FROM dossier_events`.execute(t.db);
    const allowed = new Set(TRANSITIONS.map(([from, action, to]) => `${from} ${action} ${to}`));
    for (const s of steps)
      expect(allowed, `${s.from_state} ${s.action}`).toContain(
        `${s.from_state} ${s.action} ${s.to_state}`,
      );
    expect(
      await count(
        sql`SELECT count(*) - count(DISTINCT code) AS n FROM dossiers WHERE code IS NOT NULL`,
      ),
    ).toBe(0);
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM dossiers WHERE state = 'returned' LIMIT 1`.execute(t.db);
    const supervisor = await t.login('giamsat.tinh');
    const res = await t.as(supervisor).get(`/api/v1/dossiers/${rows[0]?.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().history.length).toBeGreaterThan(3);
  });

  it('looks like a province’s year: seasons, channels, mostly early, some late, some supplemented', async () => {
    const year = periodOf('custom', '2025-11-20', '2026-11-19');
    const c = await progressOf(t.db, agencyIds.province, year);
    const finished = c.finishedEarly + c.finishedOnTime + c.finishedLate;
    expect(c.finishedEarly / finished).toBeGreaterThan(0.4);
    expect(c.finishedLate / finished).toBeGreaterThan(0.01);
    expect(c.finishedLate / finished).toBeLessThan(0.2);
    const share = async (where: ReturnType<typeof sql>) =>
      (await count(sql`SELECT count(*) AS n FROM dossiers WHERE ${where}`)) / DOSSIERS;
    expect(await share(sql`channel = 'online'`)).toBeGreaterThan(0.2);
    expect(await share(sql`channel = 'online'`)).toBeLessThan(0.7);
    const supplemented = await share(
      sql`id IN (SELECT dossier_id FROM dossier_events WHERE action = 'request_supplement')`,
    );
    expect(supplemented).toBeGreaterThan(0.03);
    // The month of Tết is quieter than the months around it.
    const month = (m: string) => share(sql`to_char(submitted_at, 'YYYY-MM') = ${m}`);
    expect(await month('2026-02')).toBeLessThan(await month('2026-01'));
    expect(await month('2026-02')).toBeLessThan(await month('2026-03'));
  });

  it('property on random data: every month’s figures from the rollups and their totals equal SQL over the raw histories', async () => {
    for (let m = 0; m < 13; m++) {
      const from = `${addDays('2025-11-15', m * 30.5).slice(0, 7)}-01`;
      for (const period of [
        periodOf('month', from),
        periodOf('custom', addDays(from, 9), addDays(from, 12)),
      ]) {
        expect(await progressOf(t.db, agencyIds.province, period), period.from).toEqual(
          await bruteForceProgress(t.db, everyAgency, period),
        );
        const all = await indexCountsByAgency(t.db, everyAgency, period, false);
        expect(all.get('*')?.flows, period.from).toEqual(
          await bruteForceFlows(t.db, everyAgency, period),
        );
      }
    }
  });

  it('a rebuild finds the same rollups and touches no dossier; a second run adds beside the first', async () => {
    const versions = await count(sql`SELECT sum(version) AS n FROM dossiers`);
    const rollups = await rollupSums();
    await rebuildRollups(t.db);
    expect(await count(sql`SELECT sum(version) AS n FROM dossiers`)).toBe(versions);
    expect(await rollupSums()).toEqual(rollups);
    await seedSynthetic(t.db, { dossiers: 200, seed: 8, now });
    expect(await count(sql`SELECT count(*) AS n FROM dossiers`)).toBe(DOSSIERS + 200);
    expect(
      await count(
        sql`SELECT count(*) - count(DISTINCT code) AS n FROM dossiers WHERE code IS NOT NULL`,
      ),
    ).toBe(0);
  });
});

/** Each measure summed over every rollup row (however writers spread them). */
async function rollupSums() {
  const { rows } = await sql`
    SELECT sum(received)::int AS received, sum(finished_early)::int AS early,
      sum(finished_on_time)::int AS on_time, sum(finished_late)::int AS late,
      sum(open)::int AS open, sum(open_late)::int AS open_late,
      sum(open_waiting)::int AS waiting, count(DISTINCT (agency_id, day, procedure_code, channel))::int AS keys
    FROM dossier_rollups`.execute(t.db);
  return rows[0];
}
