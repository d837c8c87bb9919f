import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withDatabaseName } from '../../../test/support/postgres-urls.js';
import { createTestDatabase, usingPostgres } from '../../../test/support/test-database.js';
import { openDatabase } from './database.js';
import { PREPARED } from './prepared-statements.js';
import type { DB } from './schema.js';

/** The statements this connection keeps prepared, read on the same connection. */
async function preparedHere(db: Kysely<DB>) {
  return db.connection().execute(async (conn) => {
    await conn
      .selectFrom('agencies')
      .select('code')
      .where('kind', '=', 'province')
      .modifyEnd(PREPARED)
      .execute();
    const again = await conn
      .selectFrom('agencies')
      .select('code')
      .where('kind', '=', 'province')
      .modifyEnd(PREPARED)
      .execute();
    await conn.selectFrom('agencies').select('id').where('kind', '=', 'province').execute();
    const rows = await sql<{
      name: string;
      statement: string;
    }>`SELECT name, statement FROM pg_prepared_statements`.execute(conn);
    return { again, prepared: rows.rows };
  });
}

describe.runIf(usingPostgres)('prepared statements (PostgreSQL)', () => {
  it('keeps marked statements prepared on the connection, and only those', async () => {
    const database = await createTestDatabase();
    try {
      const { again, prepared } = await preparedHere(database.db);
      expect(again).toEqual([{ code: expect.any(String) }]);
      expect(prepared).toHaveLength(1);
      expect(prepared[0]?.name).toMatch(/^motcua_[0-9a-f]{20}$/);
      expect(prepared[0]?.statement).toContain('/* motcua:prepared */');
    } finally {
      await database.close();
    }
  });

  it('sends everything unnamed when turned off (behind a pooler that cannot keep them)', async () => {
    const database = await createTestDatabase();
    const url = new URL(process.env.DATABASE_URL as string);
    const dbName = (await sql<{ d: string }>`SELECT current_database() AS d`.execute(database.db))
      .rows[0]?.d as string;
    const unprepared = await openDatabase({
      kind: 'postgres',
      url: withDatabaseName(url.toString(), dbName),
      poolSize: 1,
      preparedStatements: false,
    });
    try {
      const { again, prepared } = await preparedHere(unprepared.db);
      expect(again).toHaveLength(1);
      expect(prepared).toEqual([]);
    } finally {
      await unprepared.close();
      await database.close();
    }
  });
});
