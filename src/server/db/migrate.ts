import { type Kysely, type MigrationResultSet, Migrator, sql } from 'kysely';
import { AppError } from '../http/problem.js';
import { MIGRATIONS } from './migrations/index.js';
import type { DB } from './schema.js';

const provider = { getMigrations: async () => MIGRATIONS };
const TABLE = 'kysely_migration';

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider, migrationTableName: TABLE });
}

function raise(result: MigrationResultSet): void {
  if (result.error) throw result.error;
}

/** Names of migrations the database has that this code does not know. */
export async function unknownMigrations(db: Kysely<DB>): Promise<string[]> {
  const exists = await sql<{ present: boolean }>`
    SELECT to_regclass(${TABLE}) IS NOT NULL AS present`.execute(db);
  if (!exists.rows[0]?.present) return [];
  const applied = await sql<{ name: string }>`SELECT name FROM ${sql.table(TABLE)}`.execute(db);
  return applied.rows.map((r) => r.name).filter((name) => !(name in MIGRATIONS));
}

/**
 * Refuses to touch a database migrated by newer code: running old code on a newer schema is how
 * data gets silently mangled after a rollback.
 */
export async function assertNotNewerThanCode(db: Kysely<DB>): Promise<void> {
  const unknown = await unknownMigrations(db);
  if (unknown.length > 0) {
    throw new AppError('DATABASE_NEWER_THAN_CODE', {
      detail: `Cơ sở dữ liệu có các bước nâng cấp mà phiên bản này không biết: ${unknown.join(', ')}. Hãy chạy phiên bản mới hơn của motcua.`,
    });
  }
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  await assertNotNewerThanCode(db);
  const result = await migrator(db).migrateToLatest();
  raise(result);
  return (result.results ?? []).map((r) => r.migrationName);
}

export async function migrateDown(db: Kysely<DB>): Promise<string | undefined> {
  const result = await migrator(db).migrateDown();
  raise(result);
  return result.results?.[0]?.migrationName;
}

export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
