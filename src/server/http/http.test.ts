import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../../test/support/test-app.js';
import { ERROR_CODES } from './error-codes.js';

describe('HTTP conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('wrong types and unknown fields → 400 naming each field in Vietnamese', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 42, password: 'x', role: 'admin', extra: true },
    });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED') as unknown as {
      errors: { field: string; code: string; message: string }[];
    };
    expect(body.errors.map((e) => e.field).sort()).toEqual([
      'body.extra',
      'body.role',
      'body.username',
    ]);
    expect(body.errors.find((e) => e.field === 'body.username')?.message).toMatch(/mong đợi/);
    expect(body.errors.find((e) => e.field === 'body.role')?.code).toBe('unknown_field');
  });

  it('bad query parameters name the parameter', async () => {
    const admin = await t.login('quantri.tinh');
    const res = await t.as(admin).get('/api/v1/users?pageSize=100000&bogus=1');
    const body = expectProblem(res, 400, 'VALIDATION_FAILED') as unknown as {
      errors: { field: string }[];
    };
    expect(body.errors.map((e) => e.field).sort()).toEqual([
      'querystring.bogus',
      'querystring.pageSize',
    ]);
  });

  it('unknown route → 404 problem+json, also for unknown methods on known paths', async () => {
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' }),
      404,
      'ROUTE_NOT_FOUND',
    );
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: '/api/v1/agencies' }),
      404,
      'ROUTE_NOT_FOUND',
    );
  });

  it('a body over the limit → 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'a'.repeat(2 * 1024 * 1024), password: 'x' },
    });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported content type → 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a stale version → 409 with the current state', async () => {
    const admin = await t.login('quantri.tinh');
    const agencies = (
      await t.app.inject({ method: 'GET', url: '/api/v1/agencies?kind=province' })
    ).json().items;
    const id = agencies[0].id;
    const first = await t
      .as(admin)
      .patch(`/api/v1/agencies/${id}`, { version: 1, shortName: 'UBND tỉnh' });
    expect(first.statusCode).toBe(200);
    const second = await t
      .as(admin)
      .patch(`/api/v1/agencies/${id}`, { version: 1, shortName: 'Khác' });
    const body = expectProblem(second, 409, 'VERSION_CONFLICT') as unknown as {
      current: { version: number; shortName: string };
    };
    expect(body.current).toMatchObject({ version: 2, shortName: 'UBND tỉnh' });
  });

  it('every problem has type, a Vietnamese title, status, code and the request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { 'x-request-id': 'req-abc-123' },
    });
    const body = expectProblem(res, 401, 'AUTH_REQUIRED') as unknown as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'urn:motcua:problem:auth-required',
      status: 401,
      requestId: 'req-abc-123',
    });
    expect(res.headers['x-request-id']).toBe('req-abc-123');
    for (const { title } of Object.values(ERROR_CODES)) {
      expect(title).toMatch(
        /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i,
      );
    }
  });

  it('serves a valid OpenAPI 3.1 document with every endpoint and the Problem schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/users/{id}/roles',
        '/api/v1/agencies/{id}/merge',
        '/api/v1/calendar/days',
        '/api/v1/calendar/deadline',
        '/api/v1/calendar/elapsed',
        '/api/v1/calendar/years/{year}',
        '/api/v1/procedures',
        '/api/v1/procedures/{code}',
        '/api/v1/procedures/import',
        '/api/v1/procedures/import.xlsx',
        '/api/v1/procedures/{code}/versions/{versionNo}/publish',
        '/api/v1/files',
        '/api/v1/dossiers',
        '/api/v1/dossiers/{id}',
        '/api/v1/dossiers/{id}/forms/{form}',
        '/api/v1/dossiers/{id}/accept',
        '/api/v1/dossiers/register.pdf',
        '/api/v1/integrations/dvcqg/dossiers',
        '/api/v1/public/dossiers/{code}',
        '/api/v1/notifications',
        '/api/v1/admin-units',
      ]),
    );
    expect(doc.components.schemas).toHaveProperty('Problem');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });

  it('health, readiness and metrics', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
    });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('motcua_http_request_duration_seconds_bucket');
    expect(metrics.body).toContain('motcua_process_cpu_seconds_total');
  });
});

describe('text input', () => {
  it('is stored in NFC even when sent decomposed', async () => {
    const t = await createTestApp();
    try {
      const admin = await t.login('quantri.tinh');
      const decomposed = 'Nguyễn Văn Đức'.normalize('NFD');
      expect(decomposed).not.toBe('Nguyễn Văn Đức');
      const res = await t.as(admin).post('/api/v1/users', {
        username: 'nfc.test',
        fullName: decomposed,
        agencyId: (
          await t.app.inject({ method: 'GET', url: '/api/v1/agencies?kind=province' })
        ).json().items[0].id,
        password: 'mat-khau-du-dai-1',
      });
      expect(res.statusCode).toBe(201);
      const row = await t.db
        .selectFrom('users')
        .select('full_name')
        .where('username', '=', 'nfc.test')
        .executeTakeFirstOrThrow();
      expect(row.full_name).toBe('Nguyễn Văn Đức'.normalize('NFC'));
    } finally {
      await t.close();
    }
  });
});
