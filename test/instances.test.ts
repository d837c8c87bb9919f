import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db/database.js';
import { buildIntake, publishTestProcedures } from './support/dossiers.js';
import { withDatabaseName } from './support/postgres-urls.js';
import { appOn, createTestApp, type TestApp } from './support/test-app.js';
import { usingPostgres } from './support/test-database.js';

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer. Each keeps
 * sessions and reference data in memory (decision 0009); what one changes, the other must see
 * as soon as PostgreSQL's notification reaches it, not after a timeout.
 */
describe.runIf(usingPostgres)('several instances', () => {
  let a: TestApp;
  let b: Awaited<ReturnType<typeof appOn>>;
  beforeAll(async () => {
    a = await createTestApp();
    await publishTestProcedures(a.db);
    const url = process.env.DATABASE_URL as string;
    const name = (
      await a.db
        .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    b = await appOn(
      await openDatabase({ kind: 'postgres', url: withDatabaseName(url, name), poolSize: 3 }),
    );
  });
  afterAll(async () => {
    await b.app.close();
    await b.database.close();
    await a.close();
  });

  async function eventually(check: () => Promise<boolean>, ms = 3_000) {
    const until = Date.now() + ms;
    for (;;) {
      if (await check()) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('a sign-out and a setting changed on one are seen by the other within moments', async () => {
    const officer = await a.login('motcua.tinh');
    const onB = () => b.as(officer).get('/api/v1/auth/session');
    expect((await onB()).statusCode).toBe(200);
    // Let B trust what it knows (no local write for a while), then serve from memory.
    await new Promise((r) => setTimeout(r, 2_200));
    expect((await onB()).statusCode).toBe(200);

    await a.db
      .insertInto('settings')
      .values({ key: 'dossier.codeTemplate', value: JSON.stringify('{agency}-{yyyymmdd}-{seq6}') })
      .execute();
    expect(
      await eventually(async () => {
        const res = await b.as(officer).post('/api/v1/dossiers', buildIntake());
        return /-\d{8}-\d{6}$/.test(res.json().code ?? '');
      }),
    ).toBe(true);

    await a.as(officer).post('/api/v1/auth/logout');
    expect(await eventually(async () => (await onB()).statusCode === 401)).toBe(true);
  }, 30_000);
});
