import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import type { Database } from '../../db/database.js';
import { DOSSIER_ROW } from './dossiers.queries.js';
import { DOSSIER_COLUMNS } from './intake-writes.js';

/** Set by processing, not at intake: they start as their defaults. */
const PROCESSING_COLUMNS = [
  'handler_id',
  'step_index',
  'step_started_at',
  'step_due_at',
  'clock_started_at',
  'processing',
  'decided_at',
  'returned_at',
  'holding_agency_ids',
];

const SQL_NAME: Record<string, string> = {
  timestamptz: 'timestamp with time zone',
};

describe('the grouped intake statement', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('reads every column of a dossier with the type the table has', async () => {
    const { rows } = await sql<{ column_name: string; data_type: string }>`
      SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'dossiers'
        AND column_name NOT IN ('id', 'code', 'version', 'created_at', 'updated_at', 'timeline')
        AND column_name NOT IN (${sql.join(PROCESSING_COLUMNS)})`.execute(database.db);
    const table = Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]));
    const written = Object.fromEntries(
      Object.entries(DOSSIER_COLUMNS).map(([c, type]) => [c, SQL_NAME[type] ?? type]),
    );
    expect(written).toEqual(table);
  });

  it('the row read before an action names every column of the table', async () => {
    const { rows } = await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'dossiers'`.execute(database.db);
    expect([...DOSSIER_ROW].sort()).toEqual(rows.map((r) => r.column_name).sort());
  });
});
