import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  LateDossiersQuery,
  LateDossiersView,
  PublicUnitsQuery,
  PublicUnitsView,
} from './public-index.contract.js';
import { lateDossiers, publicUnits } from './public-index.service.js';

const tags = ['Công khai'];

/**
 * The same for everyone and without personal data, so shared caches may keep a reply for a
 * minute: the figures are live, but a citizen's page need not be to the second.
 */
const CACHE = 'public, max-age=60';

export function publicIndexRoutes(app: App, { config }: Deps): void {
  const rateLimit = { max: config.publicLookupRateLimitPerMinute, timeWindow: '1 minute' };
  app.get(
    '/api/v1/public/index/units',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary:
          'Chỉ số phục vụ công khai (không cần đăng nhập): tỷ lệ giải quyết đúng hạn (chỉ số 2.1) và trước hạn của từng đơn vị trực thuộc tỉnh hoặc của một đơn vị, trong một kỳ, bên cạnh mục tiêu của Kế hoạch',
        querystring: PublicUnitsQuery,
        response: { 200: PublicUnitsView, 400: Problem, 404: Problem, 422: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CACHE);
      return publicUnits(request.db, request.query);
    },
  );
  app.get(
    '/api/v1/public/index/late-dossiers',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary:
          'Danh sách công khai hồ sơ trễ hạn trong một tháng, theo đơn vị (không cần đăng nhập): hồ sơ giải quyết quá hạn trong tháng và hồ sơ đang giải quyết đã quá hạn vào cuối tháng; không có tên người nộp',
        querystring: LateDossiersQuery,
        response: {
          200: LateDossiersView,
          400: Problem,
          404: Problem,
          422: Problem,
          429: Problem,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', CACHE);
      return lateDossiers(request.db, request.query);
    },
  );
}
