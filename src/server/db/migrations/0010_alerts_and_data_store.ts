import { type Kysely, sql } from 'kysely';

/**
 * Two things processing needs beyond the dossier row (issue "Dossier processing" §8, §9):
 *
 * - `dossier_alerts`: which warning was given for which due time (likely late, overdue, online
 *   dossier not answered within 8 WH). The key makes a warning given once, whichever instance's
 *   sweep gets there first; a due date that moves (an extension, a restarted clock) warns again.
 * - `citizen_documents`: the citizen's data store (Kho quản lý dữ liệu điện tử, domain.md §4):
 *   each electronic result under its document code (owner's ID number + result-type code), from
 *   where later dossiers reuse it. A corrected result replaces the erroneous one, which stays.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE dossier_alerts (
      dossier_id uuid NOT NULL REFERENCES dossiers(id),
      kind text NOT NULL CHECK (kind IN ('likely_late', 'overdue', 'acceptance_overdue')),
      due_at timestamptz NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (dossier_id, kind, due_at)
    )`.execute(db);
  // The sweeps read open dossiers by due time, and online ones by their time to answer.
  await sql`
    CREATE INDEX dossiers_running_due ON dossiers (due_at)
    WHERE state IN ('received', 'in_progress')`.execute(db);
  await sql`
    CREATE INDEX dossiers_acceptance_due ON dossiers (acceptance_due_at)
    WHERE state = 'awaiting_acceptance'`.execute(db);
  await sql`
    CREATE TABLE citizen_documents (
      id uuid PRIMARY KEY,
      owner_id_number text NOT NULL,
      document_code text NOT NULL,
      result_type_code text NOT NULL,
      title text NOT NULL,
      file_sha256 text NOT NULL REFERENCES stored_files(sha256),
      dossier_id uuid NOT NULL REFERENCES dossiers(id),
      issuing_agency_id uuid NOT NULL REFERENCES agencies(id),
      issued_at timestamptz NOT NULL,
      replaced_at timestamptz,
      replaced_by uuid REFERENCES citizen_documents(id),
      replacement_reason text
    )`.execute(db);
  await sql`
    CREATE INDEX citizen_documents_owner ON citizen_documents (owner_id_number, issued_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX citizen_documents_code ON citizen_documents (document_code)`.execute(db);
  await sql`CREATE INDEX citizen_documents_dossier ON citizen_documents (dossier_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE citizen_documents`.execute(db);
  await sql`DROP INDEX dossiers_acceptance_due`.execute(db);
  await sql`DROP INDEX dossiers_running_due`.execute(db);
  await sql`DROP TABLE dossier_alerts`.execute(db);
}
