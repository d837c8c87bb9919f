import { type Kysely, sql } from 'kysely';

/**
 * Dossiers and what a change of one writes in the same transaction: its history (append-only),
 * the outbox of jobs for the outside world (DVCQG sync, notifications), officers' in-app
 * notifications, and the replies of creating requests kept under their Idempotency-Key.
 * Scans are content-addressed: a file row per SHA-256, linked to dossier components.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE dossiers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text UNIQUE,
      state text NOT NULL,
      national_status smallint NOT NULL CHECK (national_status BETWEEN 1 AND 10),
      version integer NOT NULL DEFAULT 1,
      channel text NOT NULL CHECK (channel IN ('counter','online','post')),
      return_channel text NOT NULL CHECK (return_channel IN ('counter','online','post')),
      procedure_version_id uuid NOT NULL REFERENCES procedure_versions(id),
      procedure_code text NOT NULL,
      procedure_name text NOT NULL,
      receiving_agency_id uuid NOT NULL REFERENCES agencies(id),
      competent_agency_id uuid NOT NULL REFERENCES agencies(id),
      applicant jsonb NOT NULL,
      applicant_name text NOT NULL,
      applicant_id_number text,
      applicant_phone text,
      components jsonb NOT NULL,
      process jsonb,
      time_limit jsonb NOT NULL,
      submitted_at timestamptz NOT NULL,
      received_at timestamptz,
      due_at timestamptz,
      transfer_due_at timestamptz,
      acceptance_due_at timestamptz,
      postal jsonb,
      outcome jsonb,
      external_system text,
      external_id text,
      external_code text,
      content_hash text,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (external_system, external_id),
      -- A received dossier always has its code; a day whose numbers ran out fails here.
      CONSTRAINT dossiers_received_has_code CHECK (received_at IS NULL OR code IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX dossiers_receiving_day ON dossiers (receiving_agency_id, submitted_at)`.execute(
    db,
  );
  await sql`CREATE INDEX dossiers_competent_state ON dossiers (competent_agency_id, state)`.execute(
    db,
  );
  await sql`CREATE INDEX dossiers_external_code ON dossiers (external_code) WHERE external_code IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE dossier_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES dossiers(id),
      at timestamptz NOT NULL,
      action text NOT NULL,
      from_state text,
      to_state text NOT NULL,
      national_status smallint NOT NULL,
      actor_type text NOT NULL,
      actor_id text,
      data jsonb NOT NULL DEFAULT '{}'::jsonb
    )`.execute(db);
  await sql`CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id)`.execute(db);
  await sql`
    CREATE FUNCTION dossier_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'dossier_events is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER dossier_events_no_update BEFORE UPDATE OR DELETE ON dossier_events
    FOR EACH ROW EXECUTE FUNCTION dossier_events_append_only()`.execute(db);

  await sql`
    CREATE TABLE stored_files (
      sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL,
      media_type text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by text
    )`.execute(db);
  await sql`
    CREATE TABLE dossier_files (
      dossier_id uuid NOT NULL REFERENCES dossiers(id),
      component_index integer NOT NULL,
      position integer NOT NULL,
      sha256 text NOT NULL REFERENCES stored_files(sha256),
      name text NOT NULL,
      PRIMARY KEY (dossier_id, component_index, position)
    )`.execute(db);

  await sql`
    CREATE TABLE outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      topic text NOT NULL,
      key text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      available_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','done','dead')),
      last_error text,
      done_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX outbox_pending ON outbox (topic, available_at, id) WHERE state = 'pending'`.execute(
    db,
  );

  await sql`
    CREATE TABLE notifications (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      dossier_id uuid REFERENCES dossiers(id),
      title text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE idempotency_keys (
      actor text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      status integer NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (actor, key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'notifications',
    'outbox',
    'dossier_files',
    'stored_files',
    'dossier_events',
    'dossiers',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION dossier_events_append_only()`.execute(db);
}
