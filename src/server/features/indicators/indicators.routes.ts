import { Problem } from '../../http/problem.contract.js';
import type { App } from '../../http/types.js';
import { ProgressQuery, ProgressView } from './indicators.contract.js';
import { progress } from './indicators.service.js';

const tags = ['Bộ chỉ số phục vụ'];

export function indicatorRoutes(app: App): void {
  app.get(
    '/api/v1/indicators/progress',
    {
      schema: {
        tags,
        summary:
          'Tiến độ giải quyết hồ sơ của một đơn vị trong một kỳ (ngày, tuần, tháng, quý, 6 tháng, năm, tùy chọn) và điểm chỉ số 2.1, tính từ số liệu tổng hợp',
        querystring: ProgressQuery,
        response: { 200: ProgressView, 401: Problem, 403: Problem, 404: Problem, 422: Problem },
      },
    },
    (request) => progress(request.db, request.actor, request.query),
  );
}
