import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyIds, KINH_BAC, VO_CUONG } from '../../../../test/support/factories.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';

describe('the agency tree of Bắc Ninh', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('quantri.tinh');
  });
  afterAll(() => t.close());

  const list = async (query = '') =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/agencies${query}` })).json().items as Record<
      string,
      unknown
    >[];

  it('holds the province, its centre, 14 departments, 3 central agencies and 99 communes each with a centre', async () => {
    expect(await list('?kind=province')).toHaveLength(1);
    expect(await list('?kind=department')).toHaveLength(14);
    expect(await list('?kind=central')).toHaveLength(3);
    const communes = await list('?kind=commune');
    expect(communes).toHaveLength(99);
    expect(await list('?kind=service_centre')).toHaveLength(100);
    expect(communes.filter((c) => String(c.name).includes('phường'))).toHaveLength(33);
    const centre = (await list('?q=Trung tâm Phục vụ hành chính công tỉnh'))[0];
    expect(centre).toMatchObject({
      kind: 'service_centre',
      parentId: agencyIds.vpUbnd,
      codeIsPlaceholder: true,
    });
    const all = await list();
    expect(new Set(all.map((a) => a.code)).size).toBe(all.length);
  });

  it('renames with an effective date and keeps the old name in the history', async () => {
    const id = agencyIds.soTuPhap;
    const future = await t.as(admin).post(`/api/v1/agencies/${id}/rename`, {
      version: 1,
      name: 'Sở Tư pháp (tên mới)',
      effectiveFrom: '2099-01-01',
    });
    expect(future.statusCode).toBe(200);
    expect(future.json()).toMatchObject({ name: 'Sở Tư pháp', version: 2 });
    const past = await t.as(admin).post(`/api/v1/agencies/${id}/rename`, {
      version: 2,
      name: 'Sở Tư pháp tỉnh Bắc Ninh',
      effectiveFrom: '2025-08-01',
    });
    expectProblem(past, 422, 'AGENCY_EFFECTIVE_DATE_INVALID');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/agencies/${id}` })).json();
    expect(detail.names).toEqual([
      { name: 'Sở Tư pháp', validFrom: '2025-07-01' },
      { name: 'Sở Tư pháp (tên mới)', validFrom: '2099-01-01' },
    ]);
  });

  it('merges one commune into another from a date; the merged one stays for history but leaves the active list', async () => {
    const res = await t.as(admin).post(`/api/v1/agencies/${agencyIds.commune(VO_CUONG)}/merge`, {
      version: 1,
      intoId: agencyIds.commune(KINH_BAC),
      effectiveFrom: '2026-01-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      validTo: '2025-12-31',
      mergedIntoId: agencyIds.commune(KINH_BAC),
      status: 'closed',
    });
    expect((await list('?kind=commune')).map((c) => c.id)).not.toContain(
      agencyIds.commune(VO_CUONG),
    );
    expect((await list('?kind=commune&includeClosed=true')).map((c) => c.id)).toContain(
      agencyIds.commune(VO_CUONG),
    );
    const again = await t.as(admin).post(`/api/v1/agencies/${agencyIds.commune(VO_CUONG)}/close`, {
      version: 2,
      effectiveFrom: '2026-02-01',
    });
    expectProblem(again, 409, 'AGENCY_CLOSED');
  });

  it('refuses to merge an agency into its own subtree', async () => {
    const res = await t.as(admin).post(`/api/v1/agencies/${agencyIds.commune(KINH_BAC)}/merge`, {
      version: 1,
      intoId: agencyIds.communeCentre(KINH_BAC),
      effectiveFrom: '2026-01-01',
    });
    expectProblem(res, 422, 'AGENCY_INVALID_MERGE');
  });

  it('creates a unit under a department and refuses a duplicate identifier', async () => {
    const body = {
      parentId: agencyIds.soTuPhap,
      kind: 'unit',
      name: 'Phòng Hành chính tư pháp',
      code: '000.02.10.H06',
      validFrom: '2025-07-01',
    };
    const created = await t.as(admin).post('/api/v1/agencies', body);
    expect(created.statusCode).toBe(201);
    expectProblem(
      await t.as(admin).post('/api/v1/agencies', { ...body, name: 'Khác' }),
      409,
      'AGENCY_CODE_TAKEN',
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', created.json().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['agency.created']);
  });
});
