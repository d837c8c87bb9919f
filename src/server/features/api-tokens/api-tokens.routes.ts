import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  ApiTokenIdParams,
  ApiTokenList,
  CreateApiTokenBody,
  CreatedApiToken,
} from './api-tokens.contract.js';
import * as tokens from './api-tokens.service.js';

const tags = ['Mã truy cập hệ thống'];

export function apiTokenRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/api-tokens',
    {
      schema: {
        tags,
        summary: 'Danh sách mã truy cập cho hệ thống khác',
        response: { 200: ApiTokenList, 401: Problem, 403: Problem },
      },
    },
    (request) => tokens.list(db, request.actor),
  );
  app.post(
    '/api/v1/api-tokens',
    {
      schema: {
        tags,
        summary: 'Cấp mã truy cập (chỉ hiển thị một lần)',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken, 401: Problem, 403: Problem, 422: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await tokens.create(db, request.actor, request.body)),
  );
  app.delete(
    '/api/v1/api-tokens/:id',
    {
      schema: {
        tags,
        summary: 'Thu hồi mã truy cập',
        params: ApiTokenIdParams,
        response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await tokens.revoke(db, request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
