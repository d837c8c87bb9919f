import { type Kysely, sql } from 'kysely';

/**
 * The procedure catalog: a procedure (by national code) and its versions. A version is a draft
 * until published; a published version never changes (a trigger refuses it); publishing the next
 * one supersedes it. Internal processes belong to a version, per agency (null: every agency).
 * pg_trgm gives accent- and typo-tolerant search on a normalised key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`
    CREATE TABLE procedures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      national_code text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE procedure_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      procedure_id uuid NOT NULL REFERENCES procedures(id),
      version_no integer NOT NULL,
      state text NOT NULL CHECK (state IN ('draft','published','superseded','abolished')),
      valid_from date,
      valid_to date,
      content jsonb NOT NULL,
      name text NOT NULL,
      search_key text NOT NULL,
      field text NOT NULL,
      level text NOT NULL,
      online_level text NOT NULL,
      competent_agency_id uuid REFERENCES agencies(id),
      row_version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by text,
      published_at timestamptz,
      published_by text,
      UNIQUE (procedure_id, version_no)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX procedure_versions_one_draft ON procedure_versions (procedure_id) WHERE state = 'draft'`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX procedure_versions_one_current ON procedure_versions (procedure_id) WHERE state = 'published'`.execute(
    db,
  );
  await sql`CREATE INDEX procedure_versions_search ON procedure_versions USING gin (search_key gin_trgm_ops) WHERE state <> 'draft'`.execute(
    db,
  );
  await sql`CREATE INDEX procedure_versions_filters ON procedure_versions (level, field, valid_from) WHERE state <> 'draft'`.execute(
    db,
  );
  // The words of published names, with how often each is used: the vocabulary that search
  // corrects typed words against.
  await sql`CREATE TABLE catalog_words (word text PRIMARY KEY, uses integer NOT NULL DEFAULT 0)`.execute(
    db,
  );
  await sql`
    CREATE TABLE procedure_processes (
      procedure_version_id uuid NOT NULL REFERENCES procedure_versions(id) ON DELETE CASCADE,
      agency_key text NOT NULL,
      agency_id uuid REFERENCES agencies(id),
      steps jsonb NOT NULL,
      PRIMARY KEY (procedure_version_id, agency_key)
    )`.execute(db);
  // A published version is the law a dossier was received under: only its state and end date may
  // change afterwards (superseded, abolished), never its content.
  await sql`
    CREATE FUNCTION procedure_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.state <> 'draft' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.valid_from IS DISTINCT FROM OLD.valid_from) THEN
        RAISE EXCEPTION 'published procedure versions are immutable' USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER procedure_version_frozen BEFORE UPDATE ON procedure_versions
    FOR EACH ROW EXECUTE FUNCTION procedure_version_frozen()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE procedure_processes`.execute(db);
  await sql`DROP TABLE catalog_words`.execute(db);
  await sql`DROP TABLE procedure_versions`.execute(db);
  await sql`DROP FUNCTION procedure_version_frozen()`.execute(db);
  await sql`DROP TABLE procedures`.execute(db);
}
