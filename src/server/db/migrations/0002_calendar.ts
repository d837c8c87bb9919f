import { type Kysely, sql } from 'kysely';
import { OFFICIAL_NOTICES } from '../../../domain/calendar/official-notices.js';

/**
 * Each year's official holiday notice (days off, compensatory days, make-up Saturdays), which
 * replaces the days generated from the Labour Code for that year. Seeded with 2025 and 2026.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_notices (
      year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
      reference text NOT NULL,
      entries jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by text
    )`.execute(db);
  for (const [year, notice] of Object.entries(OFFICIAL_NOTICES)) {
    await sql`
      INSERT INTO calendar_notices (year, reference, entries, updated_by)
      VALUES (${Number(year)}, ${notice.reference}, ${JSON.stringify(notice.entries)}::jsonb, 'migration')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE calendar_notices`.execute(db);
  await sql`DELETE FROM settings WHERE key LIKE 'calendar.%'`.execute(db);
}
