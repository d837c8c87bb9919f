import { sql } from 'kysely';
import { type Database, openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedOrganisation } from '../src/server/seed/seed.service.js';

/** The database the suites build on PostgreSQL (dropped and created again by each). */
export const BENCH_DATABASE = 'motcua_bench';

/**
 * A migrated motcua database for a suite: on PostgreSQL a dedicated database (dropped and
 * created again each run), otherwise an in-memory PGlite.
 */
export async function benchDatabase(databaseUrl: string | undefined): Promise<Database> {
  let database: Database;
  if (databaseUrl) {
    const admin = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
    await sql`DROP DATABASE IF EXISTS ${sql.id(BENCH_DATABASE)} WITH (FORCE)`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(BENCH_DATABASE)}`.execute(admin.db);
    await admin.close();
    const url = new URL(databaseUrl);
    url.pathname = `/${BENCH_DATABASE}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
  } else {
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  }
  await migrateToLatest(database.db);
  await seedOrganisation(database.db);
  return database;
}
