import { z } from 'zod';
import type { Config } from '../../config.js';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { ChangePasswordBody, LoginBody, SESSION_COOKIE, SessionResponse } from './auth.contract.js';
import { requireSession } from './auth.plugin.js';
import { changeOwnPassword, login, logout } from './auth.service.js';

const tags = ['Đăng nhập'];

function cookieOptions(config: Config, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    ...(expires ? { expires } : {}),
  };
}

export function authRoutes(app: App, { db, config }: Deps): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: {
        csrf: false,
        // Keyed by address and username: officers of one centre share one public address at
        // 8 a.m., and an attacker trying many passwords for one account is what to slow down.
        rateLimit: {
          max: config.loginRateLimitPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags,
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        body: LoginBody,
        response: { 200: SessionResponse, 401: Problem, 423: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const result = await login(db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(config, result.expiresAt));
      return { user: result.session.user, csrfToken: result.session.csrfToken };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'Phiên đăng nhập hiện tại',
        response: { 200: SessionResponse, 401: Problem },
      },
    },
    async (request) => {
      const { session } = requireSession(request);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: 'Đăng xuất', response: { 204: z.null(), 401: Problem } } },
    async (request, reply) => {
      const { actor, session } = requireSession(request);
      await logout(db, actor, session);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags,
        summary: 'Đổi mật khẩu của chính mình',
        body: ChangePasswordBody,
        response: { 204: z.null(), 400: Problem },
      },
    },
    async (request, reply) => {
      const { actor, session } = requireSession(request);
      await changeOwnPassword(db, actor, session, request.body);
      return reply.code(204).send(null);
    },
  );
}
