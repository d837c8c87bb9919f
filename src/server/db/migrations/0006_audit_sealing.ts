import { type Kysely, sql } from 'kysely';

/**
 * The audit log is chained after commit instead of inside each transaction (decision 0007): a
 * row is appended with no lock and no hash; a sealer gives committed rows their place in the
 * chain (`seq`, gapless) and their hash, in the order it sees them. Rows already chained keep
 * their hashes: their place is their id. The trigger lets the sealer fill in those three columns
 * once, and nothing else change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log ADD COLUMN seq bigint UNIQUE`.execute(db);
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db);
  await sql`UPDATE audit_log SET seq = id`.execute(db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL`.execute(db);
  await sql`CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id`.execute(db);
  await sql`SELECT setval('audit_log_id_seq', coalesce((SELECT max(id) FROM audit_log), 0) + 1, false)`.execute(
    db,
  );
  await sql`ALTER TABLE audit_log ALTER COLUMN id SET DEFAULT nextval('audit_log_id_seq')`.execute(
    db,
  );
  await sql`CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE seq IS NULL`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND OLD.hash IS NULL
        AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
        AND (NEW.id, NEW.at, NEW.actor_type, NEW.actor_id, NEW.action, NEW.subject_type,
             NEW.subject_id, NEW.agency_id, NEW.data)
          IS NOT DISTINCT FROM
            (OLD.id, OLD.at, OLD.actor_type, OLD.actor_id, OLD.action, OLD.subject_type,
             OLD.subject_id, OLD.agency_id, OLD.data) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only';
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only';
    END $$`.execute(db);
  await sql`DROP INDEX audit_log_unsealed`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT`.execute(db);
  await sql`DROP SEQUENCE audit_log_id_seq`.execute(db);
  // Unsealed rows cannot be represented in the old shape.
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(db);
  await sql`DELETE FROM audit_log WHERE seq IS NULL`.execute(db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN hash SET NOT NULL`.execute(db);
  await sql`ALTER TABLE audit_log DROP COLUMN seq`.execute(db);
}
