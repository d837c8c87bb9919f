import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/database.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/seed/seed.service.js';
import { createTestDatabase } from './test-database.js';

export interface Client {
  cookie: string;
  csrf: string;
  userId: string;
}

/** The real HTTP app on a fresh database with the organisation and the demo accounts. */
export async function createTestApp(options: { demo?: boolean; config?: Partial<Config> } = {}) {
  const database = await createTestDatabase();
  if (options.demo !== false) await seedDemo(database.db);
  return appOn(database, options.config);
}

export async function appOn(database: Database, overrides: Partial<Config> = {}) {
  const filesDir = mkdtempSync(join(tmpdir(), 'motcua-files-'));
  const config = { ...loadConfig({}), webDir: '/nonexistent', filesDir, ...overrides };
  const app = await buildApp({ database, config, logger: false });
  await app.ready();

  async function login(username: string, password = DEMO_PASSWORD): Promise<Client> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session');
    const body = res.json() as { csrfToken: string; user: { id: string } };
    return {
      cookie: `motcua_session=${cookie?.value}`,
      csrf: body.csrfToken,
      userId: body.user.id,
    };
  }

  /** A request as a signed-in officer, with the CSRF header a browser page would send. */
  function as(client: Client) {
    const send = (
      method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      payload?: unknown,
    ): Promise<LightMyRequestResponse> =>
      app.inject({
        method,
        url,
        headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    return {
      get: (url: string) => send('GET', url),
      post: (url: string, payload?: unknown) => send('POST', url, payload ?? {}),
      patch: (url: string, payload: unknown) => send('PATCH', url, payload),
      put: (url: string, payload: unknown) => send('PUT', url, payload),
      delete: (url: string) => send('DELETE', url),
    };
  }

  return {
    app,
    database,
    db: database.db,
    login,
    as,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  const body = res.json() as {
    code: string;
    status: number;
    title: string;
    type: string;
    errors?: { field: string; code: string; message: string }[];
    [key: string]: unknown;
  };
  if (res.statusCode !== status || body.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${res.statusCode} ${res.body}`);
  }
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${res.headers['content-type']}`);
  }
  return body;
}
