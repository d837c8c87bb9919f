import { type Kysely, sql } from 'kysely';

const OPEN = sql.raw(`('received', 'in_progress', 'awaiting_supplement')`);

/**
 * The inbox of a busy agency (tens of thousands of open dossiers) from its indexes alone (issue
 * "Dossier processing", benchmark of the inbox):
 *
 * - The inbox indexes of migration 0009 also carry what the inbox filters and counts on besides
 *   the due time: the state (running or paused) and the handler, or the agency on the officers'
 *   index. Counting an agency's open dossiers and finding a page's keys are then index-only
 *   scans; only the page's own rows are visited.
 * - `dossiers_competent_state` (agency, state) now covers the closed dossiers only; the open ones
 *   are the agency inbox index's. Over open dossiers it competed with that index: for an agency
 *   given as a parameter the planner expects a few dozen open dossiers, and preferred fetching
 *   and sorting all of them (50,000 at the benchmark's agency) to reading the first ones in
 *   due order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX dossiers_agency_inbox_covering ON dossiers (competent_agency_id, due_at, id)
    INCLUDE (state, handler_id) WHERE state IN ${OPEN}`.execute(db);
  await sql`DROP INDEX dossiers_agency_inbox`.execute(db);
  await sql`ALTER INDEX dossiers_agency_inbox_covering RENAME TO dossiers_agency_inbox`.execute(db);
  await sql`
    CREATE INDEX dossiers_handler_inbox_covering ON dossiers (handler_id, due_at, id)
    INCLUDE (state, competent_agency_id) WHERE handler_id IS NOT NULL AND state IN ${OPEN}`.execute(
    db,
  );
  await sql`DROP INDEX dossiers_handler_inbox`.execute(db);
  await sql`ALTER INDEX dossiers_handler_inbox_covering RENAME TO dossiers_handler_inbox`.execute(
    db,
  );
  await sql`DROP INDEX dossiers_competent_state`.execute(db);
  await sql`
    CREATE INDEX dossiers_competent_state ON dossiers (competent_agency_id, state)
    WHERE state NOT IN ${OPEN}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX dossiers_competent_state`.execute(db);
  await sql`CREATE INDEX dossiers_competent_state ON dossiers (competent_agency_id, state)`.execute(
    db,
  );
  await sql`DROP INDEX dossiers_handler_inbox`.execute(db);
  await sql`DROP INDEX dossiers_agency_inbox`.execute(db);
  await sql`
    CREATE INDEX dossiers_agency_inbox ON dossiers (competent_agency_id, due_at, id)
    WHERE state IN ${OPEN}`.execute(db);
  await sql`
    CREATE INDEX dossiers_handler_inbox ON dossiers (handler_id, due_at, id)
    WHERE handler_id IS NOT NULL AND state IN ${OPEN}`.execute(db);
}
