import { PGlite } from '@electric-sql/pglite';
import type { Suite } from '../harness.js';
import { closedLoop } from '../loop.js';
import { CEILING } from './names.js';
import { TX3_SCHEMA_SQL, tx3 } from './tx3.js';

export const pgliteCeiling: Suite = {
  name: 'ceiling: PGlite',
  async run(ctx) {
    const started = performance.now();
    const db = await PGlite.create();
    const startupMs = performance.now() - started;
    try {
      await db.exec(TX3_SCHEMA_SQL);
      const version = (
        await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")
      ).rows[0]?.v;
      const r = await closedLoop({
        workers: 1,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
        op: (worker, i) => tx3(db, worker, i),
      });
      return [
        {
          name: CEILING.pgliteTx3,
          value: r.opsPerSecond,
          unit: 'tps',
          higherIsBetter: true,
          // Compared to node-postgres when DATABASE_URL is set; otherwise the ratio is empty.
          ceiling: CEILING.pgTx3,
          details: {
            pglite: version ?? null,
            startupMs,
            transactions: r.ops,
            seconds: r.elapsedSeconds,
            p50Ms: r.latencyMs.p50,
            p99Ms: r.latencyMs.p99,
          },
        },
      ];
    } finally {
      await db.close();
    }
  },
};
