import { type Kysely, sql } from 'kysely';

/**
 * Every change to a dossier raises its version. Officers' writes are made at the version they
 * read (optimistic concurrency), and a server instance keeps the rows it read or wrote by version
 * (decision 0014): a change that left the version as it was (a hand-made UPDATE, a forgotten
 * column in new code) would let both act on a row that is no longer what the database holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION dossier_version_rises() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.version <= OLD.version THEN
        RAISE EXCEPTION 'a change to dossier % must raise its version (now %)', OLD.id, OLD.version
          USING ERRCODE = 'P0001';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER dossier_version_rises BEFORE UPDATE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION dossier_version_rises()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER dossier_version_rises ON dossiers`.execute(db);
  await sql`DROP FUNCTION dossier_version_rises()`.execute(db);
}
