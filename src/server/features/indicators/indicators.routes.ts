import { Problem } from '../../http/problem.contract.js';
import type { App } from '../../http/types.js';
import {
  DossiersBehindQuery,
  DossiersBehindView,
  ProgressQuery,
  ProgressView,
  TrendQuery,
  TrendView,
  UnitsQuery,
  UnitsView,
} from './indicators.contract.js';
import { dossiersBehind, progress, unitsProgress } from './indicators.service.js';
import { progressReport, progressReportPdf } from './indicators-report.service.js';
import { trend } from './indicators-trend.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tags = ['Bộ chỉ số phục vụ'];

/** The periodic report in its two formats, made from the same figures. */
const REPORTS = {
  xlsx: { make: progressReport, type: XLSX, label: 'Excel' },
  pdf: { make: progressReportPdf, type: 'application/pdf', label: 'PDF, A4 ngang' },
};

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
  app.get(
    '/api/v1/indicators/units',
    {
      schema: {
        tags,
        summary:
          'Tiến độ giải quyết của một đơn vị và của từng đơn vị trực thuộc (mỗi đơn vị gồm cả cấp dưới của nó) trong một kỳ',
        querystring: UnitsQuery,
        response: { 200: UnitsView, 401: Problem, 403: Problem, 404: Problem, 422: Problem },
      },
    },
    (request) => unitsProgress(request.db, request.actor, request.query),
  );
  app.get(
    '/api/v1/indicators/dossiers',
    {
      schema: {
        tags,
        summary:
          'Các hồ sơ đứng sau một con số (tồn kỳ trước, tiếp nhận, trước hạn, đúng hạn, quá hạn, đang giải quyết trong hạn hoặc quá hạn, chờ bổ sung) của một đơn vị trong một kỳ',
        querystring: DossiersBehindQuery,
        response: {
          200: DossiersBehindView,
          401: Problem,
          403: Problem,
          404: Problem,
          422: Problem,
        },
      },
    },
    (request) => dossiersBehind(request.db, request.actor, request.query),
  );
  for (const [format, { make, type, label }] of Object.entries(REPORTS)) {
    app.get(
      `/api/v1/indicators/report.${format}`,
      {
        schema: {
          tags,
          summary: `Báo cáo định kỳ tình hình, kết quả giải quyết TTHC của một đơn vị trong một kỳ (${label}): từng đơn vị trực thuộc có hồ sơ, rồi tổng cộng`,
          querystring: UnitsQuery,
        },
      },
      async (request, reply) => {
        const { file, name } = await make(request.db, request.actor, request.query);
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(file);
      },
    );
  }
  app.get(
    '/api/v1/indicators/trend',
    {
      schema: {
        tags,
        summary:
          'Xu hướng chỉ số 2.1, tỷ lệ trước hạn và số hồ sơ quá hạn của một đơn vị qua các kỳ liên tiếp (tuần, tháng, quý), kỳ cũ nhất trước, để đặt cạnh mục tiêu của Kế hoạch',
        querystring: TrendQuery,
        response: { 200: TrendView, 401: Problem, 403: Problem, 404: Problem, 422: Problem },
      },
    },
    (request) => trend(request.db, request.actor, request.query),
  );
}
