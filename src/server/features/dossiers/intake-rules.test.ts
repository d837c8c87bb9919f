import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIntake,
  COMMUNE_CODE,
  publishTestProcedures,
} from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { intake } from './dossier-intake.service.js';
import { IntakeBody } from './dossiers.contract.js';

let t: TestApp;
let counter: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  counter = await t.login('motcua.tinh');
});
afterAll(() => t.close());

const province = {
  kind: 'system',
  id: 'test',
  scopes: ['dossier.receive'],
  agencyPath: '/',
} as const;

describe('the transfer rule', () => {
  it('a paper dossier received after 15:00 goes to the competent agency at the next working day’s opening', async () => {
    const body = IntakeBody.parse(buildIntake());
    const late = await intake(
      t.db,
      { ...province, agencyPath: await rootPath() },
      body,
      undefined,
      undefined,
      new Date('2026-11-27T15:30:00+07:00'),
    );
    expect(late.detail?.transferDueAt).toBe('2026-11-30T01:00:00.000Z'); // Monday 08:00
    expect(late.detail?.history[0]?.data).toMatchObject({
      transfer: { to: agencyIds.commune(KINH_BAC), nextWorkingDay: true },
    });
    const early = await intake(
      t.db,
      { ...province, agencyPath: await rootPath() },
      body,
      undefined,
      undefined,
      new Date('2026-11-27T10:00:00+07:00'),
    );
    expect(early.detail?.transferDueAt).toBe('2026-11-27T10:00:00.000Z'); // by closing, the same day
    expect(early.detail?.history[0]?.data).toMatchObject({ transfer: { nextWorkingDay: false } });
    // Its code carries the day of receipt, and the dossier is due 1 working day later.
    expect(early.detail?.code).toMatch(/-261127-\d{4}$/);
    expect(early.detail?.dueAt).toBe('2026-11-30T03:00:00.000Z');
  });
});

async function rootPath() {
  const row = await t.db
    .selectFrom('agencies')
    .select('path')
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  return row.path;
}

describe('reference data changes are seen on the next request', () => {
  it('a new code template applies to the next dossier', async () => {
    await t.db
      .insertInto('settings')
      .values({ key: 'dossier.codeTemplate', value: JSON.stringify('{agency}-{yyyymmdd}-{seq6}') })
      .execute();
    try {
      const res = await t.as(counter).post('/api/v1/dossiers', buildIntake());
      expect(res.json().code).toMatch(/^000\.01\.01\.H06-\d{8}-\d{6}$/);
    } finally {
      await t.db.deleteFrom('settings').where('key', '=', 'dossier.codeTemplate').execute();
    }
    const after = await t.as(counter).post('/api/v1/dossiers', buildIntake());
    expect(after.json().code).toMatch(/^000\.01\.01\.H06-\d{6}-\d{4}$/);
    // A template whose codes could repeat (no date) is not used: the default applies.
    await t.db
      .insertInto('settings')
      .values({ key: 'dossier.codeTemplate', value: JSON.stringify('{agency}-{seq4}') })
      .execute();
    try {
      const unsafe = await t.as(counter).post('/api/v1/dossiers', buildIntake());
      expect(unsafe.json().code).toMatch(/^000\.01\.01\.H06-\d{6}-\d{4}$/);
    } finally {
      await t.db.deleteFrom('settings').where('key', '=', 'dossier.codeTemplate').execute();
    }
  });

  it('a procedure that ends is refused at once', async () => {
    const ok = await t.as(counter).post('/api/v1/dossiers', buildIntake());
    expect(ok.statusCode).toBe(201);
    await sql`UPDATE procedure_versions SET valid_to = '2025-12-31' WHERE procedure_id =
      (SELECT id FROM procedures WHERE national_code = ${COMMUNE_CODE})`.execute(t.db);
    try {
      expectProblem(
        await t.as(counter).post('/api/v1/dossiers', buildIntake()),
        409,
        'PROCEDURE_NOT_PUBLISHED',
      );
    } finally {
      await sql`UPDATE procedure_versions SET valid_to = NULL WHERE procedure_id =
        (SELECT id FROM procedures WHERE national_code = ${COMMUNE_CODE})`.execute(t.db);
    }
  });
});

describe('the daily sequence', () => {
  it('when a counter’s day runs out of numbers, the intake is refused by name and nothing is saved', async () => {
    const day = localDate(new Date());
    const before = await t.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO dossier_code_sequences (agency_id, day, last_value) VALUES (${agencyIds.provincialCentre}, ${day}::date, 9999)
      ON CONFLICT (agency_id, day) DO UPDATE SET last_value = 9999`.execute(t.db);
    expectProblem(
      await t.as(counter).post('/api/v1/dossiers', buildIntake()),
      503,
      'DOSSIER_SEQUENCE_EXHAUSTED',
    );
    const after = await t.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const counterRow = await t.db
      .selectFrom('dossier_code_sequences')
      .select('last_value')
      .where('agency_id', '=', agencyIds.provincialCentre)
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    expect(counterRow.last_value).toBe(9999);
  });
});
