import { type Kysely, sql } from 'kysely';

/**
 * The other counts of the service index in the rollups and their totals (service-flows.ts):
 * dossiers asked to supplement, received digitised, granted a result, with its electronic file,
 * and of those received online. Dossiers written before keep timelines without these facts:
 * `motcua migrate` finds them and rebuilds the rollups from the histories (the digitisation of a
 * dossier received before this version is not in its history and counts as not digitised).
 */
const COLUMNS = ['supplemented', 'digitised', 'granted', 'e_results', 'online_e_results'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['dossier_rollups', 'dossier_rollup_totals'])
    await sql`ALTER TABLE ${sql.table(table)} ${sql.raw(
      COLUMNS.map((c) => `ADD COLUMN ${c} integer NOT NULL DEFAULT 0`).join(', '),
    )}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['dossier_rollups', 'dossier_rollup_totals'])
    await sql`ALTER TABLE ${sql.table(table)} ${sql.raw(
      COLUMNS.map((c) => `DROP COLUMN ${c}`).join(', '),
    )}`.execute(db);
}
