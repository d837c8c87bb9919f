import { type Kysely, sql } from 'kysely';

/**
 * The service index's daily rollups (issue "Real-time service index", decision 0015):
 * - `dossiers.timeline`: what the national on-time rule reads of a dossier's history (receipt,
 *   due times, supplementations, end; src/domain/indicators/on-time.ts), kept with the row so
 *   that each change knows what the dossier added to the rollups before it. Derivable from the
 *   history, and rebuilt from it by `motcua rollups rebuild`.
 * - `dossier_rollups`: per competent agency, procedure, channel and day, the flows of that day
 *   (received; finished early, on time, late) and the changes of the stocks (open; open and late;
 *   open and waiting for a supplement) made that day, or due that day (the due time passing).
 *   Written in the transaction of every change, into one of a few rows per key (`shard`, by the
 *   writing connection) so that concurrent writers do not queue on a busy key's row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dossiers ADD COLUMN timeline jsonb`.execute(db);
  await sql`
    CREATE TABLE dossier_rollups (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      day date NOT NULL,
      procedure_code text NOT NULL,
      channel text NOT NULL,
      received integer NOT NULL DEFAULT 0,
      finished_early integer NOT NULL DEFAULT 0,
      finished_on_time integer NOT NULL DEFAULT 0,
      finished_late integer NOT NULL DEFAULT 0,
      open integer NOT NULL DEFAULT 0,
      open_late integer NOT NULL DEFAULT 0,
      open_waiting integer NOT NULL DEFAULT 0,
      -- Writers at the same moment (two groups of intakes on their way, two instances) each
      -- update a row of their own for a busy key instead of waiting for each other's commit.
      shard smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (agency_id, day, procedure_code, channel, shard)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dossier_rollups`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN timeline`.execute(db);
}
