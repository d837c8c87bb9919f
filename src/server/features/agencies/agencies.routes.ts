import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  AgencyDetail,
  AgencyIdParams,
  AgencyList,
  CloseAgencyBody,
  CreateAgencyBody,
  ListAgenciesQuery,
  MergeAgencyBody,
  RenameAgencyBody,
  UpdateAgencyBody,
} from './agencies.contract.js';
import * as agencies from './agencies.service.js';

const tags = ['Cơ quan'];
const changeResponses = {
  200: AgencyDetail,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};

export function agencyRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: 'Danh sách cơ quan (công khai)',
        querystring: ListAgenciesQuery,
        response: { 200: AgencyList },
      },
    },
    async (request) => ({ items: await agencies.list(db, request.query) }),
  );
  app.get(
    '/api/v1/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết cơ quan và lịch sử tên',
        params: AgencyIdParams,
        response: { 200: AgencyDetail, 404: Problem },
      },
    },
    (request) => agencies.get(db, request.params.id),
  );
  app.post(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: 'Thêm cơ quan',
        body: CreateAgencyBody,
        response: { 201: AgencyDetail, 403: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await agencies.create(db, request.actor, request.body)),
  );
  app.patch(
    '/api/v1/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Sửa mã định danh, tên viết tắt',
        params: AgencyIdParams,
        body: UpdateAgencyBody,
        response: changeResponses,
      },
    },
    (request) => agencies.update(db, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/v1/agencies/:id/rename',
    {
      schema: {
        tags,
        summary: 'Đổi tên từ một ngày hiệu lực',
        params: AgencyIdParams,
        body: RenameAgencyBody,
        response: changeResponses,
      },
    },
    (request) => agencies.rename(db, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/v1/agencies/:id/merge',
    {
      schema: {
        tags,
        summary: 'Sáp nhập vào cơ quan khác từ một ngày hiệu lực',
        params: AgencyIdParams,
        body: MergeAgencyBody,
        response: changeResponses,
      },
    },
    (request) => agencies.merge(db, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/v1/agencies/:id/close',
    {
      schema: {
        tags,
        summary: 'Giải thể từ một ngày hiệu lực',
        params: AgencyIdParams,
        body: CloseAgencyBody,
        response: changeResponses,
      },
    },
    (request) => agencies.close(db, request.actor, request.params.id, request.body),
  );
}
