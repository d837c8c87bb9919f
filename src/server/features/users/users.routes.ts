import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  SetRolesBody,
  UpdateUserBody,
  UserIdParams,
  UserList,
  UserView,
} from './users.contract.js';
import * as users from './users.service.js';

const tags = ['Người dùng'];
const errors = { 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export function userRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Danh sách người dùng trong phạm vi quản lý',
        querystring: ListUsersQuery,
        response: { 200: UserList, 401: Problem, 403: Problem },
      },
    },
    (request) => users.list(db, request.actor, request.query),
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Tạo tài khoản',
        body: CreateUserBody,
        response: { 201: UserView, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await users.create(db, request.actor, request.body)),
  );
  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết người dùng',
        params: UserIdParams,
        response: { 200: UserView, ...errors },
      },
    },
    (request) => users.get(db, request.actor, request.params.id),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa họ tên, thư điện tử, trạng thái',
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: UserView, ...errors },
      },
    },
    (request) => users.update(db, request.actor, request.params.id, request.body),
  );
  app.put(
    '/api/v1/users/:id/roles',
    {
      schema: {
        tags,
        summary: 'Đặt vai trò và phạm vi',
        params: UserIdParams,
        body: SetRolesBody,
        response: { 200: UserView, ...errors },
      },
    },
    (request) => users.setRoles(db, request.actor, request.params.id, request.body),
  );
  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu (mở khoá tài khoản)',
        params: UserIdParams,
        body: ResetPasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await users.resetPassword(db, request.actor, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Mở khoá tài khoản',
        params: UserIdParams,
        response: { 200: UserView, ...errors },
      },
    },
    (request) => users.unlock(db, request.actor, request.params.id),
  );
}
