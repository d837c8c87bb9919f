import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake, publishTestProcedures } from '../../../../test/support/dossiers.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { usingPostgres } from '../../../../test/support/test-database.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { bacNinhOrganisation } from '../../seed/organisation.js';
import { intake } from './dossier-intake.service.js';
import { IntakeBody } from './dossiers.contract.js';

/**
 * The intake issue's concurrency requirement, through the real intake (validation, routing, the
 * one-statement write): 20,000 intakes over 10 counters from many parallel clients give no
 * duplicate and no missing number. PGlite has one connection, so it runs a tenth of that.
 */
describe('counter intake under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await publishTestProcedures(t.db);
  });
  afterAll(() => t.close());

  it('numbers every received dossier of a counter’s day once, without gaps', async () => {
    const total = usingPostgres ? 20_000 : 2_000;
    const clients = usingPostgres ? 40 : 8;
    const centres = bacNinhOrganisation()
      .filter((a) => a.kind === 'service_centre' && a.adminUnitCode)
      .slice(0, 10);
    const root = await t.db
      .selectFrom('agencies')
      .select('path')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const actor = {
      kind: 'system',
      id: 'test',
      scopes: ['dossier.receive'],
      agencyPath: root.path,
    } as const;
    const bodies = centres.map((c) =>
      IntakeBody.parse(
        buildIntake({
          receivingAgencyId: c.id,
          applicant: {
            kind: 'citizen',
            name: 'Người nộp thử',
            idNumber: '027095001234',
            address: { unitCode: c.adminUnitCode as string, detail: 'Số 1' },
          },
        }),
      ),
    );
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        await intake(t.db, actor, bodies[i % bodies.length] as IntakeBody, undefined);
      }
    };
    await Promise.all(Array.from({ length: clients }, worker));

    const stats = await sql<{ groups: number; rows: number; duplicates: number; gaps: number }>`
      WITH numbered AS (
        SELECT receiving_agency_id, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
               right(code, 4)::int AS seq
        FROM dossiers WHERE code IS NOT NULL
      )
      SELECT count(DISTINCT (receiving_agency_id, day))::int AS groups,
             count(*)::int AS rows,
             (count(*) - count(DISTINCT (receiving_agency_id, day, seq)))::int AS duplicates,
             (SELECT count(*)::int FROM (
                SELECT max(seq) - count(*) AS missing FROM numbered GROUP BY receiving_agency_id, day
              ) g WHERE missing <> 0) AS gaps
      FROM numbered`.execute(t.db);
    const row = stats.rows[0];
    expect(row?.rows).toBe(total);
    expect(row?.duplicates).toBe(0);
    expect(row?.gaps).toBe(0);
    // Each intake wrote its history and its job for the national portal.
    const jobs = await t.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(jobs.n)).toBe(total);
    // Intakes written together in one statement each got their own history, job and audit entry.
    const crossed = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dossiers d
      JOIN dossier_events e ON e.dossier_id = d.id
      JOIN outbox o ON o.key = d.id::text
      JOIN audit_log a ON a.subject_type = 'dossier' AND a.subject_id = d.id::text
      WHERE o.payload->>'code' IS DISTINCT FROM d.code
         OR (o.payload->>'eventId')::bigint <> e.id
         OR a.data->>'code' IS DISTINCT FROM d.code
         OR (a.data->>'eventId')::bigint <> e.id`.execute(t.db);
    expect(crossed.rows[0]?.n).toBe(0);
  }, 300_000);

  it('a counter out of numbers fails alone among intakes written together', async () => {
    const [full, other] = bacNinhOrganisation()
      .filter((a) => a.kind === 'service_centre' && a.adminUnitCode)
      .slice(10, 12);
    if (!full || !other) throw new Error('two more centres expected');
    const day = localDate(new Date());
    await sql`INSERT INTO dossier_code_sequences (agency_id, day, last_value)
      VALUES (${full.id}, ${day}::date, 9999)`.execute(t.db);
    const body = (centre: typeof full) =>
      IntakeBody.parse(
        buildIntake({
          receivingAgencyId: centre.id,
          applicant: {
            kind: 'citizen',
            name: 'Người nộp thử',
            idNumber: '027095001234',
            address: { unitCode: centre.adminUnitCode as string, detail: 'Số 1' },
          },
        }),
      );
    const actor = {
      kind: 'system',
      id: 'test',
      scopes: ['dossier.receive'],
      agencyPath: '/',
    } as const;
    // Sent in the same turn: all but the first go to the database together.
    const results = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => intake(t.db, actor, body(other), undefined)),
      intake(t.db, actor, body(full), undefined),
      ...Array.from({ length: 4 }, () => intake(t.db, actor, body(other), undefined)),
    ]);
    const codes = results.map((r) => (r.status === 'fulfilled' ? r.value.detail?.code : undefined));
    expect(results[4]).toMatchObject({
      status: 'rejected',
      reason: { code: 'DOSSIER_SEQUENCE_EXHAUSTED' },
    });
    const others = codes.filter((c): c is string => Boolean(c)).map((c) => c.slice(-4));
    expect(others.sort()).toEqual(['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008']);
    const counters = await t.db
      .selectFrom('dossier_code_sequences')
      .select(['agency_id', 'last_value'])
      .where('agency_id', 'in', [full.id, other.id])
      .where('day', '=', day)
      .execute();
    expect(Object.fromEntries(counters.map((c) => [c.agency_id, c.last_value]))).toEqual({
      [full.id]: 9999,
      [other.id]: 8,
    });
  });
});
