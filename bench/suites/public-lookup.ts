import { sql } from 'kysely';
import { stableId } from '../../src/server/seed/stable-id.js';
import { benchDatabase } from '../bench-database.js';
import { CEILING } from '../ceilings/index.js';
import { LOOKUP_CONNECTIONS, LOOKUP_ROWS, lookupCode } from '../ceilings/pg-lookup.js';
import { BENCH_PROCEDURE, prepareIntake } from '../dossier-workload.js';
import { type Measurement, type Suite, skipped } from '../harness.js';
import { assertHealthy, runLoad } from '../load.js';
import { startServer } from '../server-process.js';
import { benchUrl } from './dossier-intake.js';

// The same rows and codes as the ceiling's table, asked for in the same order.
const DOSSIERS = LOOKUP_ROWS;
const code = lookupCode;

/**
 * Issue 5: the public lookup at ≥ 60% of the Fastify + pg point-lookup ceiling, p99 ≤ 20 ms at
 * 50 connections, over as many dossiers as the ceiling's table holds.
 */
export const publicLookupSuite: Suite = {
  name: 'dossiers: public lookup',
  async run(ctx): Promise<Measurement[]> {
    const name = 'GET /api/v1/public/dossiers/{code}';
    if (!ctx.databaseUrl)
      return [
        skipped(name, 'req/s', 'needs PostgreSQL (DATABASE_URL)'),
        skipped(`${name} p99`, 'ms', 'needs PostgreSQL'),
      ];
    const database = await benchDatabase(ctx.databaseUrl);
    try {
      await prepareIntake(database);
      const version = await database.db
        .selectFrom('procedure_versions')
        .select('id')
        .where('state', '=', 'published')
        .executeTakeFirstOrThrow();
      await sql`
        INSERT INTO dossiers (code, state, national_status, channel, return_channel, procedure_version_id,
          procedure_code, procedure_name, receiving_agency_id, competent_agency_id, applicant, applicant_name,
          applicant_id_number, applicant_phone, components, time_limit, submitted_at, received_at, due_at)
        SELECT '000.01.01.H06-261201-' || lpad(i::text, 6, '0'), 'received', 2, 'counter', 'counter', ${version.id},
          ${BENCH_PROCEDURE}, 'Đăng ký khai sinh', ${stableId('agency:ttpvhcc-tinh')}, ${stableId('agency:commune:09187')},
          '{"kind":"citizen"}'::jsonb, 'Người nộp ' || i, '027095' || lpad(i::text, 6, '0'), '0912345678', '[]'::jsonb,
          '{"amount":1,"unit":"working_days"}'::jsonb, now() - interval '1 hour', now() - interval '1 hour', now() + interval '1 day'
        FROM generate_series(1, ${DOSSIERS}) i`.execute(database.db);
      await sql`ANALYZE dossiers`.execute(database.db);
      // Start from a quiet server: the rows just written are flushed, as the ceiling's were.
      await sql`CHECKPOINT`.execute(database.db);
    } finally {
      await database.close();
    }
    const server = await startServer(new URL('../servers/motcua.ts', import.meta.url), {
      env: {
        DATABASE_URL: benchUrl(ctx.databaseUrl),
        LOG_LEVEL: 'silent',
        PUBLIC_LOOKUP_RATE_LIMIT_PER_MINUTE: '100000000',
      },
    });
    try {
      const r = await runLoad({
        url: server.url,
        variants: Array.from({ length: 1000 }, (_, k) => ({
          path: `/api/v1/public/dossiers/${encodeURIComponent(code(1 + ((k * 97) % DOSSIERS)))}`,
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
        dossiers: DOSSIERS,
        p95Ms: r.latencyMs.p95,
      };
      return [
        {
          name,
          value: r.reqPerSec,
          unit: 'req/s',
          higherIsBetter: true,
          ceiling: CEILING.httpPgLookup,
          target: { ratio: 0.6 },
          details,
        },
        {
          name: `${name} p99`,
          value: r.latencyMs.p99,
          unit: 'ms',
          higherIsBetter: false,
          ceiling: CEILING.httpPgLookupP99,
          target: { absolute: 20 },
        },
      ];
    } finally {
      await server.stop();
    }
  },
};
