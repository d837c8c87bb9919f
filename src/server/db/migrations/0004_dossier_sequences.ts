import { type Kysely, sql } from 'kysely';

/**
 * The daily sequence of dossier codes per receiving agency. A counter row, incremented inside the
 * intake transaction, holds its row lock until that transaction ends: a rolled-back intake gives
 * its number back, so the numbers of a day have no gaps, and no two intakes get the same one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE dossier_code_sequences (
      agency_id uuid NOT NULL REFERENCES agencies(id),
      day date NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (agency_id, day)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE dossier_code_sequences`.execute(db);
}
