import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../../../test/support/test-app.js';

describe('sign-in, sessions and CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('signs in with a session cookie that is httpOnly and SameSite, and returns a CSRF token', async () => {
    const res = await login('motcua.tinh', 'Demo@2025');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toMatchObject({ username: 'motcua.tinh', permissions: ['dossier.receive'] });
    expect(body.user.roles[0]).toMatchObject({
      role: 'counter_officer',
      agencyName: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    });
  });

  it('is case-insensitive on the username and says nothing about which part was wrong', async () => {
    expect((await login('MOTCUA.TINH', 'Demo@2025')).statusCode).toBe(200);
    const wrongPassword = expectProblem(
      await login('motcua.tinh', 'sai'),
      401,
      'AUTH_INVALID_CREDENTIALS',
    );
    const unknownUser = expectProblem(
      await login('khong.ton.tai', 'sai'),
      401,
      'AUTH_INVALID_CREDENTIALS',
    );
    expect(wrongPassword.title).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(unknownUser.title).toBe(wrongPassword.title);
  });

  it('locks the account after 5 wrong passwords, even against the right one, until an administrator resets it', async () => {
    for (let i = 1; i <= 4; i++)
      expectProblem(await login('chuyenvien.stp', `sai-${i}`), 401, 'AUTH_INVALID_CREDENTIALS');
    const locked = expectProblem(
      await login('chuyenvien.stp', 'sai-5'),
      423,
      'AUTH_ACCOUNT_LOCKED',
    );
    expect(locked.title).toContain('khoá');
    expectProblem(await login('chuyenvien.stp', 'Demo@2025'), 423, 'AUTH_ACCOUNT_LOCKED');

    const admin = await t.login('quantri.stp');
    const user = await t.db
      .selectFrom('users')
      .select(['id', 'locked_until'])
      .where('username', '=', 'chuyenvien.stp')
      .executeTakeFirstOrThrow();
    expect(user.locked_until).not.toBeNull();
    const reset = await t
      .as(admin)
      .post(`/api/v1/users/${user.id}/password`, { newPassword: 'mat-khau-moi-2025' });
    expect(reset.statusCode).toBe(204);
    expect((await login('chuyenvien.stp', 'mat-khau-moi-2025')).statusCode).toBe(200);

    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.locked',
      'user.password_reset',
      'auth.login',
    ]);
  });

  it('refuses a change sent without the CSRF token, or with another session’s', async () => {
    const a = await t.login('lanhdao.tinh');
    const b = await t.login('giamsat.tinh');
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie },
    });
    expectProblem(none, 403, 'CSRF_TOKEN_INVALID');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie, 'x-csrf-token': b.csrf },
    });
    expectProblem(foreign, 403, 'CSRF_TOKEN_INVALID');
    // The session survived both attempts.
    expect((await t.as(a).get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await t.as(a).post('/api/v1/auth/logout')).statusCode).toBe(204);
    expectProblem(await t.as(a).get('/api/v1/auth/session'), 401, 'AUTH_REQUIRED');
  });

  it('changing one’s password needs the current one and ends the other sessions', async () => {
    const first = await t.login('kiemsoat.tinh');
    const second = await t.login('kiemsoat.tinh');
    const wrong = await t
      .as(first)
      .post('/api/v1/auth/password', { currentPassword: 'sai', newPassword: 'mat-khau-moi-dai' });
    expectProblem(wrong, 400, 'AUTH_WRONG_PASSWORD');
    const ok = await t.as(first).post('/api/v1/auth/password', {
      currentPassword: 'Demo@2025',
      newPassword: 'mat-khau-moi-dai',
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.as(first).get('/api/v1/auth/session')).statusCode).toBe(200);
    expectProblem(await t.as(second).get('/api/v1/auth/session'), 401, 'AUTH_REQUIRED');
  });

  it('a disabled account cannot sign in and loses its sessions', async () => {
    const admin = await t.login('quantri.tinh');
    const victim = await t.login('chuyenvien.tinh');
    const user = (await t.as(victim).get('/api/v1/auth/session')).json().user;
    const res = await t.as(admin).patch(`/api/v1/users/${user.id}`, { version: 1, active: false });
    expect(res.statusCode).toBe(200);
    expectProblem(await t.as(victim).get('/api/v1/auth/session'), 401, 'AUTH_REQUIRED');
    expectProblem(await login('chuyenvien.tinh', 'Demo@2025'), 403, 'AUTH_ACCOUNT_DISABLED');
  });

  it('rate limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { username: 'khong.ai', password: 'x' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expectProblem(res, 429, 'RATE_LIMITED');
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('API tokens for systems', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('an administrator issues a token that authenticates a system without CSRF, until revoked', async () => {
    const admin = await t.login('quantri.tinh');
    const province = (
      await t.app.inject({ method: 'GET', url: '/api/v1/agencies?kind=province' })
    ).json().items[0];
    const created = await t.as(admin).post('/api/v1/api-tokens', {
      name: 'Bộ điều hợp DVCQG',
      agencyId: province.id,
      scopes: ['user.read'],
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^mct_/);
    const stored = await t.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));

    const asSystem = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(asSystem.statusCode).toBe(200);
    expect(asSystem.json().total).toBeGreaterThan(10);
    // Scopes bound the token: it may read users but not create them.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        username: 'he.thong',
        fullName: 'Hệ thống',
        agencyId: province.id,
        password: '1234567890',
      },
    });
    expectProblem(write, 403, 'FORBIDDEN');

    expect((await t.as(admin).delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expectProblem(after, 401, 'AUTH_INVALID_TOKEN');
  });
});

describe('the first administrator of a production install', () => {
  it('is created from the command line over the whole province and can sign in', async () => {
    const { createFirstAdmin } = await import('../../seed/first-admin.js');
    const t = await createTestApp({ demo: false });
    try {
      const { password } = await createFirstAdmin(t.db, {
        username: 'admin',
        fullName: 'Quản trị tỉnh',
      });
      const client = await t.login('admin', password);
      const session = (await t.as(client).get('/api/v1/auth/session')).json();
      expect(session.user.roles).toEqual([
        expect.objectContaining({ role: 'admin', agencyName: 'Ủy ban nhân dân tỉnh Bắc Ninh' }),
      ]);
      await expect(
        createFirstAdmin(t.db, { username: 'ADMIN', fullName: 'Khác' }),
      ).rejects.toMatchObject({ code: 'USERNAME_TAKEN' });
    } finally {
      await t.close();
    }
  });
});
