import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedOrganisation } from '../../src/server/seed/seed.service.js';
import { adminUrl, TEMPLATE_DB, withDatabaseName } from './postgres-urls.js';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/**
 * A fresh, migrated database holding the organisation tree: a clone of the template on
 * PostgreSQL, or a new in-memory PGlite. Dropped on close.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
    await migrateToLatest(database.db);
    await seedOrganisation(database.db);
    return database;
  }
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl(url), poolSize: 1 });
  try {
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(TEMPLATE_DB)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabaseName(url, name),
    poolSize: 5,
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = await openDatabase({ kind: 'postgres', url: adminUrl(url), poolSize: 1 });
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(cleanup.db);
      await cleanup.close();
    },
  };
}
