import { sql } from 'kysely';
import type client from 'prom-client';
import { z } from 'zod';
import { pendingMigrations, unknownMigrations } from '../../db/migrate.js';
import { sendProblem } from '../../http/error-handler.js';
import type { App, Deps } from '../../http/types.js';

const tags = ['Vận hành'];

/**
 * /healthz answers while the process can answer; /readyz only while the database answers and its
 * schema is the one this code expects, so a load balancer sends traffic elsewhere meanwhile.
 */
export function healthRoutes(app: App, { db }: Deps, registry: client.Registry): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags,
        summary: 'Tiến trình còn hoạt động',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    { schema: { tags, summary: 'Sẵn sàng phục vụ (cơ sở dữ liệu truy cập được)' } },
    async (request, reply) => {
      try {
        await Promise.race([
          sql`SELECT 1`.execute(db),
          new Promise((_, reject) =>
            setTimeout(
              () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
              2_000,
            ).unref(),
          ),
        ]);
        const [pending, unknown] = await Promise.all([
          pendingMigrations(db),
          unknownMigrations(db),
        ]);
        if (unknown.length > 0) return sendProblem(request, reply, 'DATABASE_NEWER_THAN_CODE');
        if (pending.length > 0) {
          return sendProblem(request, reply, 'DATABASE_UNAVAILABLE', {
            detail: `Chưa nâng cấp: ${pending.join(', ')}`,
          });
        }
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'not ready');
        return sendProblem(request, reply, 'DATABASE_UNAVAILABLE');
      }
    },
  );

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
