import { type Kysely, sql } from 'kysely';

/**
 * Dossiers from previous systems (issue 8, decision 0019). Imported dossiers are ordinary rows of
 * `dossiers` (`external_system` = the source, `external_id` = the original code, `content_hash` =
 * the line's content, `created_by` = 'import'); these tables hold what the import itself needs:
 * the agency map from old identifiers to today's agencies (the 2025 merger), each run with its
 * progress, and every rejected line with its reasons, written in the transaction of its batch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agency_import_map (
      old_code text PRIMARY KEY CHECK (length(old_code) BETWEEN 1 AND 60),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      note text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by text
    )`.execute(db);
  await sql`
    CREATE TABLE dossier_import_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      file_name text NOT NULL,
      state text NOT NULL DEFAULT 'running'
        CHECK (state IN ('running', 'done', 'failed', 'interrupted')),
      started_by text,
      started_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      bytes_total bigint,
      bytes_read bigint NOT NULL DEFAULT 0,
      lines integer NOT NULL DEFAULT 0,
      imported integer NOT NULL DEFAULT 0,
      unchanged integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      -- The last line had no line end and was not valid: the file was probably cut short.
      truncated boolean NOT NULL DEFAULT false,
      error text
    )`.execute(db);
  await sql`CREATE INDEX dossier_import_runs_started ON dossier_import_runs (started_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE TABLE dossier_import_rejects (
      run_id uuid NOT NULL REFERENCES dossier_import_runs(id) ON DELETE CASCADE,
      line integer NOT NULL,
      problems jsonb NOT NULL,
      text text NOT NULL,
      PRIMARY KEY (run_id, line)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dossier_import_rejects`.execute(db);
  await sql`DROP TABLE dossier_import_runs`.execute(db);
  await sql`DROP TABLE agency_import_map`.execute(db);
}
