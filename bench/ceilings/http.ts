import type { Suite } from '../harness.js';
import { runLoad } from '../load.js';
import { startServer } from '../server-process.js';
import { CEILING } from './names.js';

export const httpCeiling: Suite = {
  name: 'ceiling: bare Fastify',
  async run(ctx) {
    const server = await startServer(new URL('../servers/bare-fastify.ts', import.meta.url));
    try {
      const r = await runLoad({
        url: `${server.url}/`,
        connections: ctx.connections,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
      });
      const failed = r.errors + r.non2xx;
      if (r.ok === 0 || failed > r.ok / 100) {
        throw new Error(`${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors`);
      }
      const details = {
        client: r.client,
        connections: r.connections,
        requests: r.ok,
        non2xx: r.non2xx,
        errors: r.errors,
        seconds: r.elapsedSeconds,
        p95Ms: r.latencyMs.p95,
        maxMs: r.latencyMs.max,
      };
      return [
        {
          name: CEILING.httpBare,
          value: r.reqPerSec,
          unit: 'req/s',
          higherIsBetter: true,
          details,
        },
        { name: CEILING.httpBareP50, value: r.latencyMs.p50, unit: 'ms', higherIsBetter: false },
        { name: CEILING.httpBareP99, value: r.latencyMs.p99, unit: 'ms', higherIsBetter: false },
      ];
    } finally {
      await server.stop();
    }
  },
};
