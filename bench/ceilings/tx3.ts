/**
 * The three-row transaction used by the database ceilings: receiving a case writes the case,
 * its first event and an outbox message atomically. pgbench, node-postgres and PGlite all run
 * exactly these statements against the same tables.
 */

/** Drops and re-creates the dedicated `bench` schema. */
export const TX3_SCHEMA_SQL = `
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.cases (
  id bigserial PRIMARY KEY,
  code text NOT NULL,
  agency_id int NOT NULL,
  received_at timestamptz NOT NULL,
  payload jsonb NOT NULL
);
CREATE TABLE bench.events (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL
);
CREATE TABLE bench.outbox (
  id bigserial PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
`;

export const CASE_PAYLOAD = JSON.stringify({
  applicant: 'Nguyễn Văn An',
  procedure: '1.004227',
  channel: 'counter',
});

export const EVENT_DATA = '{"by":"bench"}';

/** Parameterised statements ($1...), as the application sends them through a driver. */
export const TX3 = {
  insertCase:
    'INSERT INTO bench.cases (code, agency_id, received_at, payload) VALUES ($1, $2, now(), $3) RETURNING id',
  insertEvent:
    "INSERT INTO bench.events (case_id, kind, at, data) VALUES ($1, 'received', now(), $2)",
  insertOutbox:
    "INSERT INTO bench.outbox (topic, payload, created_at) VALUES ('case.received', jsonb_build_object('case_id', $1::bigint), now())",
} as const;

/** Minimal query interface shared by pg.PoolClient and PGlite. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** One transaction: BEGIN, three INSERTs, COMMIT; five round trips, like the pgbench script. */
export async function tx3(db: Queryable, worker: number, i: number): Promise<void> {
  await db.query('BEGIN');
  try {
    const { rows } = await db.query(TX3.insertCase, [
      `HS-${worker}-${i}`,
      1 + ((worker * 7919 + i) % 200),
      CASE_PAYLOAD,
    ]);
    const id = (rows[0] as { id: string | number } | undefined)?.id;
    if (id === undefined) throw new Error('INSERT ... RETURNING id returned no row');
    await db.query(TX3.insertEvent, [id, EVENT_DATA]);
    await db.query(TX3.insertOutbox, [id]);
    await db.query('COMMIT');
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

/** The same transaction as a pgbench custom script (simple query protocol, \gset for the id). */
export const TX3_PGBENCH_SCRIPT = `\\set agency random(1, 200)
\\set n random(1, 1000000000)
BEGIN;
INSERT INTO bench.cases (code, agency_id, received_at, payload) VALUES ('HS-' || :client_id || '-' || :n, :agency, now(), '${CASE_PAYLOAD}') RETURNING id AS case_id \\gset
INSERT INTO bench.events (case_id, kind, at, data) VALUES (:case_id, 'received', now(), '${EVENT_DATA}');
INSERT INTO bench.outbox (topic, payload, created_at) VALUES ('case.received', jsonb_build_object('case_id', :case_id::bigint), now());
COMMIT;
`;
