import { type Kysely, sql } from 'kysely';

/**
 * What processing adds to a dossier (issue "Dossier processing", domain.md §4): who handles it,
 * which step of its process it is at and when that step is due, when the clock last (re)started,
 * and the rest of its processing facts (supplementation, extension, consultations, result) as one
 * JSON document read and written with the row. Two partial indexes serve the inboxes: an agency's
 * open dossiers and an officer's, both by due time (a dossier nobody handles yet, as every new
 * intake, stays out of the officers' index).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE dossiers
      ADD COLUMN handler_id uuid REFERENCES users(id),
      ADD COLUMN step_index smallint,
      ADD COLUMN step_started_at timestamptz,
      ADD COLUMN step_due_at timestamptz,
      ADD COLUMN clock_started_at timestamptz,
      ADD COLUMN processing jsonb NOT NULL DEFAULT '{}'::jsonb,
      ADD COLUMN decided_at timestamptz,
      ADD COLUMN returned_at timestamptz`.execute(db);
  await sql`
    CREATE INDEX dossiers_agency_inbox ON dossiers (competent_agency_id, due_at, id)
    WHERE state IN ('received', 'in_progress', 'awaiting_supplement')`.execute(db);
  await sql`
    CREATE INDEX dossiers_handler_inbox ON dossiers (handler_id, due_at, id)
    WHERE handler_id IS NOT NULL AND state IN ('received', 'in_progress', 'awaiting_supplement')`.execute(
    db,
  );
  // The sweep that closes dossiers not supplemented in time looks them up by that time.
  await sql`
    CREATE INDEX dossiers_supplement_closes
    ON dossiers (((processing->'supplement'->>'closesAt')::bigint))
    WHERE state = 'awaiting_supplement'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX dossiers_supplement_closes`.execute(db);
  await sql`DROP INDEX dossiers_handler_inbox`.execute(db);
  await sql`DROP INDEX dossiers_agency_inbox`.execute(db);
  await sql`
    ALTER TABLE dossiers
      DROP COLUMN handler_id, DROP COLUMN step_index, DROP COLUMN step_started_at,
      DROP COLUMN step_due_at, DROP COLUMN clock_started_at, DROP COLUMN processing,
      DROP COLUMN decided_at, DROP COLUMN returned_at`.execute(db);
}
