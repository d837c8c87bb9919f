import { type Kysely, sql } from 'kysely';

/**
 * Inter-agency dossiers (liên thông): the agencies holding a part of a dossier now, besides its
 * competent agency. They see the dossier and find it in their inbox; the GIN index serves "the
 * dossiers my agencies hold" without scanning the others.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE dossiers ADD COLUMN holding_agency_ids uuid[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`
    CREATE INDEX dossiers_holding_agencies ON dossiers USING gin (holding_agency_ids)
    WHERE state = 'in_progress' AND holding_agency_ids <> '{}'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX dossiers_holding_agencies`.execute(db);
  await sql`ALTER TABLE dossiers DROP COLUMN holding_agency_ids`.execute(db);
}
