import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import type { App } from '../../http/types.js';
import {
  DeleteQuery,
  IdParams,
  InForceQuery,
  SchemeBody,
  SchemeList,
  SchemeVersion,
  TargetsBody,
  TargetsList,
  TargetsVersion,
  UpdateSchemeBody,
  UpdateTargetsBody,
} from './indicator-settings.contract.js';
import * as settings from './indicator-settings.service.js';

const tags = ['Bộ chỉ số và mục tiêu'];
const BASE = '/api/v1/indicator-settings';
const reads = { 401: Problem, 403: Problem };
/** Public: limited per address, as the other public reads are. */
const publicLimit = { rateLimit: { max: 300, timeWindow: '1 minute' } };
const writes = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};

export function indicatorSettingsRoutes(app: App): void {
  app.get(
    `${BASE}/schemes`,
    {
      schema: {
        tags,
        summary:
          'Các phiên bản Bộ chỉ số phục vụ (Quyết định 766): nhóm, chỉ số, điểm, mục tiêu; phiên bản đang áp dụng và sẽ áp dụng',
        response: { 200: SchemeList, ...reads },
      },
    },
    (request) => settings.listSchemes(request.db, request.actor),
  );
  app.get(
    `${BASE}/schemes/in-force`,
    {
      schema: {
        tags,
        summary: 'Bộ chỉ số áp dụng vào một ngày (mặc định hôm nay)',
        querystring: InForceQuery,
        response: { 200: SchemeVersion, ...reads, 404: Problem },
      },
    },
    (request) => settings.schemeOnDay(request.db, request.actor, request.query.date),
  );
  app.post(
    `${BASE}/schemes`,
    {
      schema: {
        tags,
        summary:
          'Tạo phiên bản mới của Bộ chỉ số, áp dụng từ hôm nay hoặc một ngày sau (quản trị cấp tỉnh)',
        body: SchemeBody,
        response: { 201: SchemeVersion, ...writes },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await settings.createScheme(request.db, request.actor, request.body)),
  );
  app.put(
    `${BASE}/schemes/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa một phiên bản Bộ chỉ số chưa đến ngày áp dụng',
        params: IdParams,
        body: UpdateSchemeBody,
        response: { 200: SchemeVersion, ...writes },
      },
    },
    (request) => settings.updateScheme(request.db, request.actor, request.params.id, request.body),
  );
  app.delete(
    `${BASE}/schemes/:id`,
    {
      schema: {
        tags,
        summary: 'Xóa một phiên bản Bộ chỉ số chưa đến ngày áp dụng',
        params: IdParams,
        querystring: DeleteQuery,
        response: { 204: z.null(), ...writes },
      },
    },
    async (request, reply) => {
      await settings.deleteScheme(
        request.db,
        request.actor,
        request.params.id,
        request.query.rowVersion,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${BASE}/targets`,
    {
      schema: {
        tags,
        summary:
          'Các phiên bản mục tiêu của Kế hoạch (đúng hạn, trước hạn, hài lòng ...): đang áp dụng và sẽ áp dụng',
        response: { 200: TargetsList, ...reads },
      },
    },
    (request) => settings.listTargets(request.db, request.actor),
  );
  app.get(
    `${BASE}/targets/in-force`,
    {
      config: publicLimit,
      schema: {
        tags,
        summary:
          'Mục tiêu của Kế hoạch áp dụng vào một ngày (mặc định hôm nay); công khai, không cần đăng nhập',
        querystring: InForceQuery,
        response: { 200: TargetsVersion, 400: Problem, 404: Problem },
      },
    },
    (request) => settings.targetsOnDay(request.db, request.query.date),
  );
  app.post(
    `${BASE}/targets`,
    {
      schema: {
        tags,
        summary:
          'Tạo phiên bản mới của mục tiêu Kế hoạch, áp dụng từ hôm nay hoặc một ngày sau (quản trị cấp tỉnh)',
        body: TargetsBody,
        response: { 201: TargetsVersion, ...writes },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await settings.createTargets(request.db, request.actor, request.body)),
  );
  app.put(
    `${BASE}/targets/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa một phiên bản mục tiêu chưa đến ngày áp dụng',
        params: IdParams,
        body: UpdateTargetsBody,
        response: { 200: TargetsVersion, ...writes },
      },
    },
    (request) => settings.updateTargets(request.db, request.actor, request.params.id, request.body),
  );
  app.delete(
    `${BASE}/targets/:id`,
    {
      schema: {
        tags,
        summary: 'Xóa một phiên bản mục tiêu chưa đến ngày áp dụng',
        params: IdParams,
        querystring: DeleteQuery,
        response: { 204: z.null(), ...writes },
      },
    },
    async (request, reply) => {
      await settings.deleteTargets(
        request.db,
        request.actor,
        request.params.id,
        request.query.rowVersion,
      );
      return reply.code(204).send(null);
    },
  );
}
