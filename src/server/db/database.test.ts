import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { appOn, expectProblem } from '../../../test/support/test-app.js';
import { createTestDatabase, usingPostgres } from '../../../test/support/test-database.js';
import { openDatabase } from './database.js';
import { migrateDown, migrateToLatest, pendingMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

describe('migrations', () => {
  it('go down to nothing and up again', async () => {
    const database = await createTestDatabase();
    try {
      await sql`DELETE FROM role_grants`.execute(database.db);
      for (let i = 0; i < Object.keys(MIGRATIONS).length; i++) {
        await sql`ALTER TABLE IF EXISTS audit_log DISABLE TRIGGER USER`.execute(database.db);
        expect(await migrateDown(database.db)).toBeDefined();
      }
      const tables = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'agencies'`.execute(
        database.db,
      );
      expect(tables.rows[0]?.n).toBe(0);
      expect(await pendingMigrations(database.db)).toEqual(Object.keys(MIGRATIONS));
      expect(await migrateToLatest(database.db)).toEqual(Object.keys(MIGRATIONS));
      expect(await pendingMigrations(database.db)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('refuse a database migrated by newer code, and the server says so', async () => {
    const database = await createTestDatabase();
    try {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', now()::text)`.execute(
        database.db,
      );
      await expect(migrateToLatest(database.db)).rejects.toMatchObject({
        code: 'DATABASE_NEWER_THAN_CODE',
      });
      const t = await appOn(database);
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/readyz' }),
        503,
        'DATABASE_NEWER_THAN_CODE',
      );
      await t.app.close();
    } finally {
      await database.close();
    }
  });
});

describe('the embedded database directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is locked against a second opener, keeps its data across a restart, and is released on close', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await migrateToLatest(first.db);
    await sql`INSERT INTO settings (key, value) VALUES ('test.kept', '"có"')`.execute(first.db);
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({
      code: 'DATA_DIR_LOCKED',
    });
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir: dir });
    const row = await second.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'test.kept')
      .executeTakeFirst();
    expect(row?.value).toBe('có');
    await second.close();
  }, 60_000);
});

/** A TCP relay we can cut and restore, standing for a database server that goes away. */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
      });
      const listening = server;
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        resolve(port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  return { start, stop };
}

describe.skipIf(!usingPostgres)('when PostgreSQL goes away', () => {
  it('answers 503 on /readyz and on requests, keeps running, and recovers when it is back', async () => {
    const template = await createTestDatabase();
    const url = new URL(process.env.DATABASE_URL as string);
    const dbName = (await sql<{ db: string }>`SELECT current_database() AS db`.execute(template.db))
      .rows[0]?.db as string;
    const cut = relay({ host: url.hostname, port: Number(url.port || 5432) });
    const port = await cut.start();
    const viaRelay = new URL(url);
    viaRelay.port = String(port);
    viaRelay.pathname = `/${dbName}`;
    const database = await openDatabase({
      kind: 'postgres',
      url: viaRelay.toString(),
      poolSize: 2,
    });
    const t = await appOn(database);
    try {
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      await cut.stop();
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/readyz' }),
        503,
        'DATABASE_UNAVAILABLE',
      );
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/v1/agencies' }),
        503,
        'DATABASE_UNAVAILABLE',
      );
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      await cut.start();
      expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      const agencies = await t.app.inject({ method: 'GET', url: '/api/v1/agencies?kind=province' });
      expect(agencies.statusCode).toBe(200);
    } finally {
      await t.app.close();
      await database.close();
      await cut.stop();
      await template.close();
    }
  });
});
