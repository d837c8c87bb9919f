import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedOrganisation } from '../../src/server/seed/seed.service.js';
import { adminUrl, TEMPLATE_DB, withDatabaseName } from './postgres-urls.js';

/**
 * With DATABASE_URL, migrate one template database once; each test file then clones it, which
 * takes milliseconds instead of running every migration again (immich does the same).
 */
export default async function setup(_project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const admin = await openDatabase({ kind: 'postgres', url: adminUrl(url), poolSize: 1 });
  const { sql } = await import('kysely');
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DB)} WITH (FORCE)`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(TEMPLATE_DB)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const template = await openDatabase({
    kind: 'postgres',
    url: withDatabaseName(url, TEMPLATE_DB),
    poolSize: 1,
  });
  try {
    await migrateToLatest(template.db);
    await seedOrganisation(template.db);
  } finally {
    await template.close();
  }
  return async () => {
    const cleanup = await openDatabase({ kind: 'postgres', url: adminUrl(url), poolSize: 1 });
    await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DB)} WITH (FORCE)`.execute(cleanup.db);
    await cleanup.close();
  };
}
