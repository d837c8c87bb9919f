import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.contract.js';
import { resolveApiToken, resolveSession } from './auth.service.js';
import { safeEqual } from './secrets.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Works out who is calling, once per API request: a system by its bearer token, an officer by
 * the session cookie, or nobody. Cookie-authenticated changes must carry the session's CSRF
 * token in a header, which a page on another site cannot read or set.
 */
export function installAuthentication(app: App, { db }: Deps): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.actor = { kind: 'anonymous' };
    if (!request.url.startsWith('/api/')) return;

    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolveApiToken(db, authorization.slice(7).trim());
      return;
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const { actor, session } = await resolveSession(request.db ?? db, token);
      request.actor = actor;
      request.session = session;
    }

    if (SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
    if (request.session) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.session.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID');
      }
    }
  });
}

export function requireSession(request: FastifyRequest) {
  if (!request.session || request.actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
  return { actor: request.actor, session: request.session };
}
