import { type Kysely, sql } from 'kysely';

/**
 * Totals of the index's rollups for days and months gone by (decision 0016), so that a figure for
 * any unit and period reads a few thousand rows whatever the number of dossiers:
 * - `dossier_rollup_totals`: per agency, the sums of a whole day (`first_day = last_day`) or a
 *   whole month, over every procedure, channel and shard;
 * - `dossier_rollup_horizon`: the first day not yet in the totals. Days before it are in the day
 *   totals, and every month that ended before it in the month totals; later days are read from
 *   `dossier_rollups`. NULL: nothing totalled yet.
 * Live changes write only to today and later days (contributions.ts), never behind the horizon
 * (kept at yesterday at most); whatever rewrites past days (rebuild, import, synthetic seed)
 * clears the totals in its transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE dossier_rollup_totals (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      first_day date NOT NULL,
      last_day date NOT NULL,
      received integer NOT NULL DEFAULT 0,
      finished_early integer NOT NULL DEFAULT 0,
      finished_on_time integer NOT NULL DEFAULT 0,
      finished_late integer NOT NULL DEFAULT 0,
      open integer NOT NULL DEFAULT 0,
      open_late integer NOT NULL DEFAULT 0,
      open_waiting integer NOT NULL DEFAULT 0,
      PRIMARY KEY (agency_id, first_day, last_day)
    )`.execute(db);
  // Month totals apart: a figure reads a few per agency among a year of day totals.
  await sql`
    CREATE INDEX dossier_rollup_totals_months ON dossier_rollup_totals (agency_id, first_day)
    WHERE last_day > first_day`.execute(db);
  await sql`
    CREATE TABLE dossier_rollup_horizon (
      only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
      totals_before date
    )`.execute(db);
  await sql`INSERT INTO dossier_rollup_horizon (totals_before) VALUES (NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dossier_rollup_horizon`.execute(db);
  await sql`DROP TABLE dossier_rollup_totals`.execute(db);
}
