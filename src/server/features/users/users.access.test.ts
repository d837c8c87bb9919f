import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyIds, buildUser, KINH_BAC, VO_CUONG } from '../../../../test/support/factories.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';

describe('an officer of one commune and another commune’s data', () => {
  let t: TestApp;
  let kinhBacAdmin: Client;
  let voCuongUser: { id: string };
  let kinhBacUser: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    kinhBacAdmin = await t.login('quantri.kinhbac');
    voCuongUser = await buildUser(t.db, {
      username: 'motcua.vocuong',
      agencyId: agencyIds.communeCentre(VO_CUONG),
      roles: [{ role: 'counter_officer', agencyId: agencyIds.commune(VO_CUONG) }],
    });
    kinhBacUser = await buildUser(t.db, {
      username: 'chuyenvien2.kinhbac',
      agencyId: agencyIds.commune(KINH_BAC),
    });
  });
  afterAll(() => t.close());

  it('lists only the users of its own commune', async () => {
    const res = await t.as(kinhBacAdmin).get('/api/v1/users?pageSize=200');
    expect(res.statusCode).toBe(200);
    const usernames = (res.json().items as { username: string }[]).map((u) => u.username);
    expect(usernames).toContain('chuyenvien2.kinhbac');
    expect(usernames).toContain('motcua.kinhbac');
    expect(usernames).not.toContain('motcua.vocuong');
    expect(usernames).not.toContain('quantri.tinh');
  });

  it('cannot read a user of another commune', async () => {
    expectProblem(
      await t.as(kinhBacAdmin).get(`/api/v1/users/${voCuongUser.id}`),
      403,
      'FORBIDDEN',
    );
    expect((await t.as(kinhBacAdmin).get(`/api/v1/users/${kinhBacUser.id}`)).statusCode).toBe(200);
  });

  it('cannot change, reset or unlock a user of another commune', async () => {
    const client = t.as(kinhBacAdmin);
    expectProblem(
      await client.patch(`/api/v1/users/${voCuongUser.id}`, { version: 1, fullName: 'Bị sửa' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await client.post(`/api/v1/users/${voCuongUser.id}/password`, {
        newPassword: 'mat-khau-moi-123',
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await client.post(`/api/v1/users/${voCuongUser.id}/unlock`), 403, 'FORBIDDEN');
    const row = await t.db
      .selectFrom('users')
      .select(['full_name', 'version'])
      .where('id', '=', voCuongUser.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ full_name: 'Người dùng thử', version: 1 });
  });

  it('cannot create an account in another commune, nor grant a role beyond its own subtree', async () => {
    const client = t.as(kinhBacAdmin);
    const base = { fullName: 'Cán bộ mới', password: 'mat-khau-dai-du-10' };
    expectProblem(
      await client.post('/api/v1/users', {
        ...base,
        username: 'moi.vocuong',
        agencyId: agencyIds.commune(VO_CUONG),
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await client.post('/api/v1/users', {
        ...base,
        username: 'moi.kinhbac',
        agencyId: agencyIds.commune(KINH_BAC),
        roles: [{ role: 'admin', agencyId: agencyIds.province }],
      }),
      403,
      'FORBIDDEN',
    );
    const ok = await client.post('/api/v1/users', {
      ...base,
      username: 'moi2.kinhbac',
      agencyId: agencyIds.commune(KINH_BAC),
      roles: [{ role: 'specialist', agencyId: agencyIds.commune(KINH_BAC) }],
    });
    expect(ok.statusCode).toBe(201);
    const users = await t.db
      .selectFrom('users')
      .select('username')
      .where('username', 'like', 'moi%')
      .execute();
    expect(users.map((u) => u.username)).toEqual(['moi2.kinhbac']);
  });

  it('cannot change another commune’s agency record', async () => {
    const res = await t.as(kinhBacAdmin).patch(`/api/v1/agencies/${agencyIds.commune(VO_CUONG)}`, {
      version: 1,
      code: '999.99.99.H06',
    });
    expectProblem(res, 403, 'FORBIDDEN');
    const own = await t.as(kinhBacAdmin).patch(`/api/v1/agencies/${agencyIds.commune(KINH_BAC)}`, {
      version: 1,
      code: '123.45.67.H06',
      codeIsPlaceholder: false,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      code: '123.45.67.H06',
      codeIsPlaceholder: false,
      version: 2,
    });
  });

  it('a counter officer cannot list users at all, and an anonymous caller must sign in', async () => {
    const counter = await t.login('motcua.kinhbac');
    expectProblem(await t.as(counter).get('/api/v1/users'), 403, 'FORBIDDEN');
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/users' }),
      401,
      'AUTH_REQUIRED',
    );
  });

  it('a provincial administrator sees both communes', async () => {
    const provincial = await t.login('quantri.tinh');
    const res = await t.as(provincial).get('/api/v1/users?pageSize=200');
    const usernames = (res.json().items as { username: string }[]).map((u) => u.username);
    expect(usernames).toEqual(expect.arrayContaining(['motcua.vocuong', 'chuyenvien2.kinhbac']));
  });
});
