import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, usingPostgres } from '../../../../test/support/test-database.js';
import type { Database } from '../../db/database.js';
import { bacNinhOrganisation } from '../../seed/organisation.js';
import { nextDailySequence } from './dossier-sequence.js';

/**
 * The intake issue asks: 20,000 intakes over 10 agencies from many parallel clients give no
 * duplicate and no missing number. PGlite has one connection, so it runs a tenth of that.
 */
describe('daily sequences of dossier codes under concurrency', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await sql`CREATE TABLE allocated (agency_id uuid, day date, seq integer)`.execute(database.db);
  });
  afterAll(() => database.close());

  it('gives each committed intake of an agency’s day the next number, with none repeated or skipped', async () => {
    const total = usingPostgres ? 20_000 : 2_000;
    const clients = usingPostgres ? 40 : 8;
    const agencies = bacNinhOrganisation()
      .filter((a) => a.kind === 'service_centre')
      .slice(0, 10)
      .map((a) => a.id);
    let next = 0;
    let rolledBack = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const agency = agencies[i % agencies.length] as string;
        const day = i % 7 === 0 ? '2026-11-26' : '2026-11-25';
        // One intake in 13 fails after taking its number: the number must come back.
        const fails = i % 13 === 0;
        try {
          await database.db.transaction().execute(async (trx) => {
            const seq = await nextDailySequence(trx, agency, day);
            await sql`INSERT INTO allocated VALUES (${agency}, ${day}::date, ${seq})`.execute(trx);
            if (fails) throw new Error('intake failed');
          });
        } catch (error) {
          if ((error as Error).message !== 'intake failed') throw error;
          rolledBack++;
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, worker));

    const stats = await sql<{ groups: number; rows: number; duplicates: number; gaps: number }>`
      SELECT count(DISTINCT (agency_id, day))::int AS groups,
             count(*)::int AS rows,
             (count(*) - count(DISTINCT (agency_id, day, seq)))::int AS duplicates,
             (SELECT count(*)::int FROM (
                SELECT agency_id, day, max(seq) - count(*) AS missing FROM allocated GROUP BY agency_id, day
              ) g WHERE missing <> 0) AS gaps
      FROM allocated`.execute(database.db);
    expect(stats.rows[0]).toEqual({ groups: 20, rows: total - rolledBack, duplicates: 0, gaps: 0 });
  }, 240_000);
});
