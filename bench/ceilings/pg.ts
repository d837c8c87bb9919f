import pg from 'pg';
import { type Suite, skipped } from '../harness.js';
import { closedLoop } from '../loop.js';
import { CEILING } from './names.js';
import { resetBenchSchema } from './pgbench.js';
import { tx3 } from './tx3.js';

export const PG_POOL_SIZE = 8;

export const pgCeiling: Suite = {
  name: 'ceiling: node-postgres',
  async run(ctx) {
    const name = CEILING.pgTx3;
    if (!ctx.databaseUrl) return [skipped(name, 'tps', 'DATABASE_URL not set')];
    await resetBenchSchema(ctx.databaseUrl);
    const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: PG_POOL_SIZE });
    try {
      const r = await closedLoop({
        workers: PG_POOL_SIZE,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
        // One pool checkout per transaction, as the application does.
        op: async (worker, i) => {
          const client = await pool.connect();
          try {
            await tx3(client, worker, i);
            client.release();
          } catch (err) {
            client.release(true);
            throw err;
          }
        },
      });
      return [
        {
          name,
          value: r.opsPerSecond,
          unit: 'tps',
          higherIsBetter: true,
          ceiling: CEILING.pgbenchTx3,
          details: {
            pool: PG_POOL_SIZE,
            transactions: r.ops,
            seconds: r.elapsedSeconds,
            p50Ms: r.latencyMs.p50,
            p99Ms: r.latencyMs.p99,
          },
        },
      ];
    } finally {
      await pool.end();
    }
  },
};
