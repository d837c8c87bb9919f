import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { requestScoped, watchRevisions } from './db/reference-revisions.js';
import { adminUnitRoutes } from './features/admin-units/admin-units.routes.js';
import { agencyRoutes } from './features/agencies/agencies.routes.js';
import { apiTokenRoutes } from './features/api-tokens/api-tokens.routes.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { startAuditSealer } from './features/audit/audit.service.js';
import { installAuthentication } from './features/auth/auth.plugin.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { calendarRoutes } from './features/calendar/calendar.routes.js';
import { catalogRoutes } from './features/catalog/catalog.routes.js';
import { citizenDocumentRoutes } from './features/citizen-documents/citizen-documents.routes.js';
import { dossierImportRoutes } from './features/dossier-import/dossier-import.routes.js';
import { startDossierSweeps } from './features/dossiers/dossier-sweeps.js';
import { dossierRoutes } from './features/dossiers/dossiers.routes.js';
import { dvcqgIntakeRoutes } from './features/dossiers/dvcqg-intake.routes.js';
import { publicLookupRoutes } from './features/dossiers/public-lookup.routes.js';
import { fileRoutes } from './features/files/files.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { inboxRoutes } from './features/inbox/inbox.routes.js';
import { indicatorSettingsRoutes } from './features/indicator-settings/indicator-settings.routes.js';
import { indicatorRoutes } from './features/indicators/indicators.routes.js';
import { notificationRoutes } from './features/notifications/notifications.routes.js';
import { publicIndexRoutes } from './features/public-index/public-index.routes.js';
import { userRoutes } from './features/users/users.routes.js';
import { localFileStore } from './files/file-store.js';
import { installErrorHandling, sendProblem } from './http/error-handler.js';
import { installMetrics } from './http/metrics.js';
import { AppError } from './http/problem.js';
import type { App, Deps } from './http/types.js';
import { toNfc } from './text/nfc.js';

// Validation messages reach officers and citizens: Vietnamese, from zod's own locale.
z.config(z.locales.vi());

export interface BuildAppOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  version?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export async function buildApp({
  database,
  config,
  logger,
  version = '0.1.0',
}: BuildAppOptions): Promise<App & { shuttingDown: { value: boolean } }> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  // Each request has its own handle on the database, under which reference data is read as of
  // one moment (db/reference-revisions.ts).
  app.decorateRequest('db', null as never);
  app.addHook('onRequest', async (request) => {
    request.db = requestScoped(database.db);
  });

  const shuttingDown = { value: false };
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (shuttingDown.value) {
      reply.header('connection', 'close');
      throw new AppError('SERVICE_SHUTTING_DOWN');
    }
  });

  app.addHook('preValidation', async (request) => {
    if (request.body) request.body = toNfc(request.body);
    request.query = toNfc(request.query);
  });

  const registry = installMetrics(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', {
        detail: `Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        description:
          'API của Hệ thống thông tin giải quyết thủ tục hành chính. Lỗi theo RFC 9457 (application/problem+json) với mã ổn định ở trường `code`.',
        version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(scalar, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json' },
  });

  const stopSealer = startAuditSealer(database.db, (error) =>
    app.log.error({ err: error }, 'audit sealing failed; rows wait outside the chain'),
  );
  app.addHook('onClose', stopSealer);
  const stopSweeps = startDossierSweeps(database.db, (error) =>
    app.log.error({ err: error }, 'dossier sweep failed; it runs again in a minute'),
  );
  app.addHook('onClose', stopSweeps);
  const stopWatching = watchRevisions(database);
  app.addHook('onClose', stopWatching);
  const deps: Deps = { db: database.db, database, config, files: localFileStore(config.filesDir) };
  installAuthentication(app, deps);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, deps, registry);
  authRoutes(app, deps);
  agencyRoutes(app, deps);
  userRoutes(app, deps);
  apiTokenRoutes(app, deps);
  auditRoutes(app, deps);
  calendarRoutes(app, deps);
  catalogRoutes(app, deps);
  fileRoutes(app, deps);
  adminUnitRoutes(app);
  dossierRoutes(app, deps);
  dossierImportRoutes(app, deps);
  indicatorRoutes(app);
  indicatorSettingsRoutes(app);
  dvcqgIntakeRoutes(app, deps);
  publicLookupRoutes(app, deps);
  publicIndexRoutes(app, deps);
  notificationRoutes(app, deps);
  inboxRoutes(app, deps);
  citizenDocumentRoutes(app, deps);

  const hasWeb = existsSync(join(config.webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path === '/api';
    if (!isApi && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      // The web app routes on the client: every page address gets the same shell.
      return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
    }
    return sendProblem(request, reply, 'ROUTE_NOT_FOUND', { detail: `${request.method} ${path}` });
  });

  return Object.assign(app, { shuttingDown });
}
