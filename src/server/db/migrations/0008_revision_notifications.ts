import { type Kysely, sql } from 'kysely';

/**
 * Revisions announce themselves: the trigger of 0007 also sends a notification, so that server
 * instances listening need not read the table on every request (decision 0009). A fifth kind,
 * `auth`, changes when a session is ended or a user or a role grant changes: signed-in requests
 * can then trust a session they resolved before, until it does.
 */
const AUTH: [table: string, events: string][] = [
  ['sessions', 'DELETE OR TRUNCATE'],
  ['users', 'DELETE OR TRUNCATE'],
  ['role_grants', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO reference_revisions (name) VALUES ('auth')`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION bump_reference_revision() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE reference_revisions SET revision = revision + 1 WHERE name = TG_ARGV[0];
      PERFORM pg_notify('motcua_revisions', TG_ARGV[0]);
      RETURN NULL;
    END $$`.execute(db);
  for (const [table, events] of AUTH) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_revision`)} AFTER ${sql.raw(events)}
      ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision('auth')`.execute(
      db,
    );
  }
  // Sign-ins update users at every attempt (failure counters): only what a session shows or
  // depends on bumps the revision, so a morning of sign-ins does not empty every cache.
  await sql`
    CREATE TRIGGER users_update_revision AFTER UPDATE ON users FOR EACH ROW
    WHEN ((OLD.active, OLD.password_hash, OLD.agency_id, OLD.full_name, OLD.username, OLD.email)
      IS DISTINCT FROM (NEW.active, NEW.password_hash, NEW.agency_id, NEW.full_name, NEW.username, NEW.email))
    EXECUTE FUNCTION bump_reference_revision('auth')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER users_update_revision ON users`.execute(db);
  for (const [table] of AUTH)
    await sql`DROP TRIGGER ${sql.raw(`${table}_revision`)} ON ${sql.table(table)}`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION bump_reference_revision() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE reference_revisions SET revision = revision + 1 WHERE name = TG_ARGV[0];
      RETURN NULL;
    END $$`.execute(db);
  await sql`DELETE FROM reference_revisions WHERE name = 'auth'`.execute(db);
}
