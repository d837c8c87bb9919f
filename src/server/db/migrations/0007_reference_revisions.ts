import { type Kysely, sql } from 'kysely';

/**
 * A revision counter per kind of reference data (settings, calendar, agencies, catalog), bumped
 * by a trigger on every statement that changes it. Each server instance keeps that data in
 * memory and reads only this small table on a request: a change made anywhere is seen by every
 * instance on its next request, at the cost of one round trip instead of several.
 */
const WATCHED: [table: string, name: string][] = [
  ['settings', 'settings'],
  ['calendar_notices', 'calendar'],
  ['agencies', 'agencies'],
  ['agency_names', 'agencies'],
  ['procedures', 'catalog'],
  ['procedure_versions', 'catalog'],
  ['procedure_processes', 'catalog'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reference_revisions (
      name text PRIMARY KEY,
      revision bigint NOT NULL DEFAULT 0
    )`.execute(db);
  await sql`INSERT INTO reference_revisions (name) VALUES ('settings'), ('calendar'), ('agencies'), ('catalog')`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION bump_reference_revision() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE reference_revisions SET revision = revision + 1 WHERE name = TG_ARGV[0];
      RETURN NULL;
    END $$`.execute(db);
  for (const [table, name] of WATCHED) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_revision`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision(${sql.lit(name)})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of WATCHED)
    await sql`DROP TRIGGER ${sql.raw(`${table}_revision`)} ON ${sql.table(table)}`.execute(db);
  await sql`DROP FUNCTION bump_reference_revision()`.execute(db);
  await sql`DROP TABLE reference_revisions`.execute(db);
}
