import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { LookupParams, LookupQuery, PublicDossier } from './dossiers.contract.js';
import { lookup } from './public-lookup.service.js';

export function publicLookupRoutes(app: App, { config }: Deps): void {
  app.get(
    '/api/v1/public/dossiers/:code',
    {
      // The reply is assembled field by field in lookup(); the public endpoint under load skips
      // parsing it again through zod.
      serializerCompiler: () => (data) => JSON.stringify(data),
      config: {
        rateLimit: { max: config.publicLookupRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['Công khai'],
        summary:
          'Tra cứu tình trạng hồ sơ theo mã (không cần đăng nhập). Kèm số định danh cá nhân hoặc số điện thoại của người nộp để xem bước hiện tại và ngày hẹn trả.',
        params: LookupParams,
        querystring: LookupQuery,
        response: { 200: PublicDossier, 400: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return lookup(request.db, request.params.code, request.query);
    },
  );
}
