import { type Kysely, sql } from 'kysely';

/**
 * Agencies, officers, roles, sessions, API tokens, settings and the audit log.
 * Written with raw SQL so that a reviewer reads the DDL the database gets.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES agencies(id),
      path text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('province','department','central','commune','service_centre','unit')),
      name text NOT NULL,
      short_name text,
      code text NOT NULL,
      code_is_placeholder boolean NOT NULL DEFAULT false,
      admin_unit_code text,
      valid_from date NOT NULL,
      valid_to date,
      merged_into_id uuid REFERENCES agencies(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT agencies_valid_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX agencies_code_key ON agencies (code)`.execute(db);
  await sql`CREATE INDEX agencies_path_idx ON agencies (path text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX agencies_parent_idx ON agencies (parent_id)`.execute(db);

  // Names change with effective dates (2025 renamed many units); the current one is kept on
  // agencies.name for reads, the history here for documents dated before a rename.
  await sql`
    CREATE TABLE agency_names (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      valid_from date NOT NULL,
      name text NOT NULL,
      PRIMARY KEY (agency_id, valid_from)
    )`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL,
      full_name text NOT NULL,
      email text,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`.execute(db);
  await sql`CREATE INDEX users_agency_idx ON users (agency_id)`.execute(db);

  await sql`
    CREATE TABLE role_grants (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('counter_officer','specialist','leader','centre_supervisor','tthc_control','admin')),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, role, agency_id)
    )`.execute(db);

  // Only a hash of the session token is stored: a leaked table does not leak sessions.
  await sql`
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);
  await sql`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`.execute(db);

  await sql`
    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      scopes text[] NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      description text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Append-only and hash-chained: id is gapless (taken under a lock), and each row's hash
  // covers the previous row's hash, so a changed, removed or inserted row breaks the chain.
  await sql`
    CREATE TABLE audit_log (
      id bigint PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_type text NOT NULL,
      actor_id text,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      agency_id uuid,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_log`.execute(db);
  await sql`DROP FUNCTION audit_log_append_only()`.execute(db);
  for (const table of [
    'settings',
    'api_tokens',
    'sessions',
    'role_grants',
    'users',
    'agency_names',
    'agencies',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
  }
}
