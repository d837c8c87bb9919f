import pg from 'pg';
import { type Suite, skipped } from '../harness.js';
import { assertHealthy, runLoad } from '../load.js';
import { startServer } from '../server-process.js';
import { CEILING } from './names.js';

/** Connections of the lookup ceiling and of the public lookup suite (issue 5: p99 at 50). */
export const LOOKUP_CONNECTIONS = 50;
export const LOOKUP_ROWS = 100_000;
export const lookupCode = (i: number) => `000.01.01.H06-261201-${String(i).padStart(6, '0')}`;

/** Fastify + pg point lookup: the ceiling of any HTTP read of one row by key. */
export const pgLookupCeiling: Suite = {
  name: 'ceiling: Fastify + pg point lookup',
  async run(ctx) {
    const name = CEILING.httpPgLookup;
    if (!ctx.databaseUrl)
      return [
        skipped(name, 'req/s', 'DATABASE_URL not set'),
        skipped(CEILING.httpPgLookupP99, 'ms', 'DATABASE_URL not set'),
      ];
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    try {
      await client.query('CREATE SCHEMA IF NOT EXISTS bench');
      await client.query('DROP TABLE IF EXISTS bench.lookup');
      await client.query(`CREATE TABLE bench.lookup (
        code text PRIMARY KEY, state text NOT NULL, national_status smallint NOT NULL,
        procedure_name text NOT NULL, received_at timestamptz, due_at timestamptz)`);
      await client.query(
        `INSERT INTO bench.lookup SELECT '000.01.01.H06-261201-' || lpad(i::text, 6, '0'), 'received', 2,
           'Đăng ký khai sinh', now(), now() + interval '1 day' FROM generate_series(1, $1) i`,
        [LOOKUP_ROWS],
      );
      await client.query('ANALYZE bench.lookup');
      // Measured from a quiet server, as the suite compared with it is.
      await client.query('CHECKPOINT');
    } finally {
      await client.end();
    }
    const server = await startServer(new URL('../servers/pg-lookup.ts', import.meta.url), {
      env: { DATABASE_URL: ctx.databaseUrl },
    });
    try {
      const r = await runLoad({
        url: server.url,
        variants: Array.from({ length: 1000 }, (_, k) => ({
          path: `/lookup/${encodeURIComponent(lookupCode(1 + ((k * 97) % LOOKUP_ROWS)))}`,
        })),
        connections: LOOKUP_CONNECTIONS,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
      });
      assertHealthy(r);
      const details = {
        client: r.client,
        connections: r.connections,
        requests: r.ok,
        p95Ms: r.latencyMs.p95,
      };
      return [
        { name, value: r.reqPerSec, unit: 'req/s', higherIsBetter: true, details },
        {
          name: CEILING.httpPgLookupP99,
          value: r.latencyMs.p99,
          unit: 'ms',
          higherIsBetter: false,
        },
      ];
    } finally {
      await server.stop();
    }
  },
};
