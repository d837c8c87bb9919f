import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * The next number of an agency's day, taken inside the caller's (intake) transaction. Concurrent
 * intakes of the same agency and day queue on the counter row; other agencies are not held up.
 */
export async function nextDailySequence(
  trx: Transaction<DB>,
  agencyId: string,
  day: string,
): Promise<number> {
  const result = await sql<{ last_value: number }>`
    INSERT INTO dossier_code_sequences (agency_id, day, last_value)
    VALUES (${agencyId}, ${day}::date, 1)
    ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_code_sequences.last_value + 1
    RETURNING last_value`.execute(trx);
  const row = result.rows[0];
  if (!row) throw new Error('sequence allocation returned nothing');
  return row.last_value;
}
