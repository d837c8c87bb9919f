import { sql } from 'kysely';
import { benchDatabase } from '../bench-database.js';
import { CEILING } from '../ceilings/index.js';
import { intakeBody, prepareIntake, signIn } from '../dossier-workload.js';
import { type Measurement, type Suite, skipped } from '../harness.js';
import { assertHealthy, runLoad } from '../load.js';
import { startServer } from '../server-process.js';

/** Issue 5: counter intake through HTTP (without files) ≥ 800 dossiers/s and ≥ 25% of pgbench. */
export const dossierIntakeSuite: Suite = {
  name: 'dossiers: counter intake',
  async run(ctx): Promise<Measurement[]> {
    const name = 'POST /api/v1/dossiers (received, no files)';
    if (!ctx.databaseUrl) return [skipped(name, 'tps', 'needs PostgreSQL (DATABASE_URL)')];
    const database = await benchDatabase(ctx.databaseUrl);
    try {
      await prepareIntake(database);
      // Start from a quiet server, as the ceilings did.
      await sql`CHECKPOINT`.execute(database.db);
    } finally {
      await database.close();
    }
    const url = benchUrl(ctx.databaseUrl);
    const server = await startServer(new URL('../servers/motcua.ts', import.meta.url), {
      env: { DATABASE_URL: url, LOG_LEVEL: 'silent' },
    });
    try {
      const { cookie, csrf } = await signIn(server.url);
      const r = await runLoad({
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        variants: Array.from({ length: 500 }, (_, k) => ({
          path: '/api/v1/dossiers',
          body: intakeBody(k, k),
        })),
        connections: ctx.connections,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
      });
      assertHealthy(r);
      const details = {
        client: r.client,
        connections: r.connections,
        dossiers: r.ok,
        p50Ms: r.latencyMs.p50,
        p99Ms: r.latencyMs.p99,
      };
      return [
        {
          name,
          value: r.reqPerSec,
          unit: 'tps',
          higherIsBetter: true,
          ceiling: CEILING.pgbenchTx3,
          target: { ratio: 0.25 },
          details,
        },
        {
          name: `${name}, absolute`,
          value: r.reqPerSec,
          unit: 'tps',
          higherIsBetter: true,
          target: { absolute: 800 },
        },
      ];
    } finally {
      await server.stop();
    }
  },
};

export function benchUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/motcua_bench';
  return url.toString();
}
