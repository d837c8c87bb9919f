import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProcedureContent,
  buildProvincialContent,
  threeStepProcess,
} from '../../../../test/support/procedures.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';

type FieldErrors = { errors: { field: string; code: string }[] };

describe('the procedure catalog', () => {
  let t: TestApp;
  let manager: Client;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.login('giamsat.tinh');
  });
  afterAll(() => t.close());
  const get = (url: string, client?: Client) =>
    client ? t.as(client).get(url) : t.app.inject({ method: 'GET', url });

  it('drafts, processes and publishes a procedure; the public sees only what is published', async () => {
    const created = await t
      .as(manager)
      .post('/api/v1/procedures', { nationalCode: '1.001193', content: buildProcedureContent() });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      versionNo: 1,
      state: 'draft',
      rowVersion: 1,
      competentAgencyName: 'Ủy ban nhân dân cấp xã',
    });
    expectProblem(await get('/api/v1/procedures/1.001193'), 401, 'AUTH_REQUIRED');

    const badProcess = await t.as(manager).put('/api/v1/procedures/1.001193/versions/1/process', {
      rowVersion: 1,
      agencyId: null,
      steps: threeStepProcess(2),
    });
    expect(
      (expectProblem(badProcess, 422, 'PROCESS_BUDGET_MISMATCH') as unknown as FieldErrors)
        .errors[0]?.field,
    ).toBe('body.steps');
    const process = await t.as(manager).put('/api/v1/procedures/1.001193/versions/1/process', {
      rowVersion: 1,
      agencyId: null,
      steps: threeStepProcess(1),
    });
    expect(process.statusCode, process.body).toBe(200);

    const published = await t.as(manager).post('/api/v1/procedures/1.001193/versions/1/publish', {
      rowVersion: 2,
      validFrom: '2025-07-01',
    });
    expect(published.statusCode, published.body).toBe(200);
    const pub = await get('/api/v1/procedures/1.001193');
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({
      state: 'published',
      validFrom: '2025-07-01',
      processes: [{ agencyId: null }],
    });
    expect(pub.json().content.components[1]).toMatchObject({
      name: 'Giấy chứng sinh',
      documentTypeCode: null,
      form: null,
    });
  });

  it('refuses a duplicate code and an edit to a published version', async () => {
    expectProblem(
      await t
        .as(manager)
        .post('/api/v1/procedures', { nationalCode: '1.001193', content: buildProcedureContent() }),
      409,
      'PROCEDURE_CODE_TAKEN',
    );
    const edit = await t.as(manager).put('/api/v1/procedures/1.001193/versions/1', {
      rowVersion: 3,
      content: buildProcedureContent({ name: 'Sửa' }),
    });
    expectProblem(edit, 409, 'PROCEDURE_VERSION_IMMUTABLE');
  });

  it('a new version supersedes the old one, which stays readable, and the change is shown', async () => {
    const draft = await t.as(manager).post('/api/v1/procedures/1.001193/versions', {});
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({
      versionNo: 2,
      state: 'draft',
      processes: [{ agencyId: null }],
    });
    expectProblem(
      await t.as(manager).post('/api/v1/procedures/1.001193/versions', {}),
      409,
      'PROCEDURE_DRAFT_EXISTS',
    );
    const drafts = (await t.as(manager).get('/api/v1/procedures/drafts')).json().items;
    expect(drafts).toEqual([
      expect.objectContaining({
        nationalCode: '1.001193',
        versionNo: 2,
        name: 'Đăng ký khai sinh',
      }),
    ]);
    expectProblem(await get('/api/v1/procedures/drafts'), 401, 'AUTH_REQUIRED');
    const content = buildProcedureContent({
      timeLimit: { amount: 1, unit: 'working_days' },
      conditions: 'Trẻ em sinh ra trên lãnh thổ Việt Nam',
    });
    const updated = await t
      .as(manager)
      .put('/api/v1/procedures/1.001193/versions/2', { rowVersion: 1, content });
    expect(updated.statusCode, updated.body).toBe(200);
    const stale = await t
      .as(manager)
      .put('/api/v1/procedures/1.001193/versions/2', { rowVersion: 1, content });
    expectProblem(stale, 409, 'VERSION_CONFLICT');
    const tooEarly = await t.as(manager).post('/api/v1/procedures/1.001193/versions/2/publish', {
      rowVersion: 2,
      validFrom: '2025-07-01',
    });
    expect(
      (expectProblem(tooEarly, 400, 'VALIDATION_FAILED') as unknown as FieldErrors).errors[0]
        ?.field,
    ).toBe('body.validFrom');
    expect(
      (
        await t.as(manager).post('/api/v1/procedures/1.001193/versions/2/publish', {
          rowVersion: 2,
          validFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(200);

    const current = (await get('/api/v1/procedures/1.001193')).json();
    expect(current).toMatchObject({ versionNo: 2, state: 'published' });
    expect(
      current.versions.map((v: { versionNo: number; state: string; validTo: string | null }) => [
        v.versionNo,
        v.state,
        v.validTo,
      ]),
    ).toEqual([
      [1, 'superseded', '2025-12-31'],
      [2, 'published', null],
    ]);
    expect(
      (await get('/api/v1/procedures/1.001193?version=1')).json().content.conditions,
    ).toBeNull();
    const changes = (await get('/api/v1/procedures/1.001193/diff?from=1&to=2')).json().changes;
    expect(changes).toEqual([
      { path: 'content.conditions', before: null, after: 'Trẻ em sinh ra trên lãnh thổ Việt Nam' },
    ]);
  });

  it('checks the whole procedure before publishing, naming each field', async () => {
    const content = buildProvincialContent({
      postalAllowed: true,
      eligibleFullyOnline: true,
      onlineLevel: 'partial',
    });
    expect(
      (await t.as(manager).post('/api/v1/procedures', { nationalCode: '2.000635', content }))
        .statusCode,
    ).toBe(201);
    const res = await t.as(manager).post('/api/v1/procedures/2.000635/versions/1/publish', {
      rowVersion: 1,
      validFrom: '2026-01-01',
    });
    const fields = (expectProblem(res, 422, 'PROCEDURE_INVALID') as unknown as FieldErrors).errors
      .map((e) => e.field)
      .sort();
    expect(fields).toEqual(['content.eligibleFullyOnline', 'content.postalAllowed']);
  });

  it('only catalog managers of the province change the catalog', async () => {
    const commune = await t.login('giamsat.kinhbac');
    expectProblem(
      await t
        .as(commune)
        .post('/api/v1/procedures', { nationalCode: '1.000001', content: buildProcedureContent() }),
      403,
      'FORBIDDEN',
    );
    const counter = await t.login('motcua.tinh');
    expectProblem(
      await t
        .as(counter)
        .post('/api/v1/procedures/1.001193/abolish', { effectiveFrom: '2027-01-01' }),
      403,
      'FORBIDDEN',
    );
  });

  it('abolishes from a date: still in force until then, gone after', async () => {
    await t.as(manager).post('/api/v1/procedures', {
      nationalCode: '1.000999',
      content: buildProcedureContent({ name: 'Thủ tục sẽ bãi bỏ' }),
    });
    await t.as(manager).post('/api/v1/procedures/1.000999/versions/1/publish', {
      rowVersion: 1,
      validFrom: '2025-07-01',
    });
    const future = await t
      .as(manager)
      .post('/api/v1/procedures/1.000999/abolish', { effectiveFrom: '2099-01-01' });
    expect(future.json()).toMatchObject({ state: 'abolished', validTo: '2098-12-31' });
    expect((await get('/api/v1/procedures?q=se bai bo')).json().items).toHaveLength(1);

    await t.as(manager).post('/api/v1/procedures', {
      nationalCode: '1.000998',
      content: buildProcedureContent({ name: 'Thủ tục đã bãi bỏ' }),
    });
    await t.as(manager).post('/api/v1/procedures/1.000998/versions/1/publish', {
      rowVersion: 1,
      validFrom: '2025-07-01',
    });
    await t
      .as(manager)
      .post('/api/v1/procedures/1.000998/abolish', { effectiveFrom: '2026-01-01' });
    expect((await get('/api/v1/procedures?q=da bai bo')).json().items).toEqual([]);
  });

  it('a version published for a later date leaves the current one in force until then', async () => {
    await t.as(manager).post('/api/v1/procedures', {
      nationalCode: '1.000997',
      content: buildProcedureContent({ name: 'Cấp bản sao trích lục hộ tịch' }),
    });
    await t.as(manager).post('/api/v1/procedures/1.000997/versions/1/publish', {
      rowVersion: 1,
      validFrom: '2025-07-01',
    });
    await t.as(manager).post('/api/v1/procedures/1.000997/versions', {});
    await t.as(manager).put('/api/v1/procedures/1.000997/versions/2', {
      rowVersion: 1,
      content: buildProcedureContent({ name: 'Cấp bản sao trích lục hộ tịch (mới)' }),
    });
    expect(
      (
        await t.as(manager).post('/api/v1/procedures/1.000997/versions/2/publish', {
          rowVersion: 2,
          validFrom: '2099-01-01',
        })
      ).statusCode,
    ).toBe(200);
    const found = (await get('/api/v1/procedures?q=trich luc ho tich')).json().items;
    expect(found.map((i: { name: string; versionNo: number }) => [i.name, i.versionNo])).toEqual([
      ['Cấp bản sao trích lục hộ tịch', 1],
    ]);
    expect((await get('/api/v1/procedures/1.000997')).json()).toMatchObject({
      versionNo: 1,
      state: 'superseded',
      validTo: '2098-12-31',
      inForce: true,
    });
    expect((await get('/api/v1/procedures/1.000997?version=2')).json()).toMatchObject({
      state: 'published',
      inForce: false,
    });
  });
});

describe('searching the catalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const manager = await t.login('giamsat.tinh');
    const entries = [
      ['1.001193', buildProcedureContent()],
      ['1.001022', buildProcedureContent({ name: 'Đăng ký khai tử' })],
      ['1.000894', buildProcedureContent({ name: 'Đăng ký kết hôn' })],
      ['2.000635', buildProvincialContent()],
      ...Array.from({ length: 25 }, (_, i) => [
        `2.00${String(1000 + i)}`,
        buildProcedureContent({ name: `Chứng thực bản sao số ${i + 1}`, field: 'Chứng thực' }),
      ]),
    ] as const;
    const res = await t.as(manager).post('/api/v1/procedures/import', {
      format: 'motcua.catalog/1',
      procedures: entries.map(([nationalCode, content]) => ({
        nationalCode,
        validFrom: '2025-07-01',
        content,
      })),
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => t.close());
  const names = async (query: string) =>
    (
      (await t.app.inject({ method: 'GET', url: `/api/v1/procedures?${query}` })).json().items as {
        name: string;
      }[]
    ).map((i) => i.name);

  it('finds "Đăng ký khai sinh" with or without diacritics, with a typo, or by part of the name', async () => {
    for (const q of [
      'Đăng ký khai sinh',
      'dang ky khai sinh',
      'đăng kí khai sinh',
      'khai sinh',
      'DANG KY KHAI SINH',
      'dang ki khai sinh',
    ]) {
      expect((await names(`q=${encodeURIComponent(q)}`))[0], q).toBe('Đăng ký khai sinh');
    }
    expect(await names('q=1.001193')).toEqual(['Đăng ký khai sinh']);
  });

  it('filters by level, field, agency and online level', async () => {
    expect(await names('level=province')).toEqual([
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    ]);
    expect((await names('field=H%E1%BB%99%20t%E1%BB%8Bch&pageSize=50')).sort()).toEqual(
      ['Đăng ký khai sinh', 'Đăng ký khai tử', 'Đăng ký kết hôn'].sort(),
    );
    expect(await names('onlineLevel=partial')).toEqual([]);
  });

  it('pages with hasMore instead of counting every match', async () => {
    const first = (
      await t.app.inject({ method: 'GET', url: '/api/v1/procedures?q=chung thuc&pageSize=10' })
    ).json();
    expect(first.items).toHaveLength(10);
    expect(first.hasMore).toBe(true);
    expect(first).not.toHaveProperty('total');
    const third = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/procedures?q=chung thuc&pageSize=10&page=3',
      })
    ).json();
    expect(third.items).toHaveLength(5);
    expect(third.hasMore).toBe(false);
  });
});

describe('import and export', () => {
  let t: TestApp;
  let manager: Client;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.login('giamsat.tinh');
  });
  afterAll(() => t.close());

  const doc = (procedures: object[]) => ({ format: 'motcua.catalog/1', procedures });

  it('reports every broken row and saves nothing', async () => {
    const res = await t.as(manager).post(
      '/api/v1/procedures/import',
      doc([
        { nationalCode: '1.001193', content: buildProcedureContent() },
        { nationalCode: '1.001022', content: buildProcedureContent({ postalAllowed: false }) },
        { nationalCode: '1.001193', content: buildProcedureContent() },
        {
          nationalCode: '1.000894',
          content: buildProcedureContent(),
          processes: [{ agencyId: null, steps: threeStepProcess(3) }],
        },
      ]),
    );
    const fields = (expectProblem(res, 422, 'IMPORT_INVALID') as unknown as FieldErrors).errors.map(
      (e) => e.field,
    );
    expect(fields).toEqual([
      'procedures.1.content.postalAllowed',
      'procedures.2.nationalCode',
      'procedures.3.processes.0.steps',
    ]);
    expect(await t.db.selectFrom('procedures').select('id').execute()).toEqual([]);
    const schemaError = await t.as(manager).post(
      '/api/v1/procedures/import',
      doc([
        {
          nationalCode: 'abc',
          content: buildProcedureContent({ timeLimit: { amount: 1, unit: 'weeks' as never } }),
        },
      ]),
    );
    const schemaFields = (
      expectProblem(schemaError, 400, 'VALIDATION_FAILED') as unknown as FieldErrors
    ).errors.map((e) => e.field);
    expect(schemaFields).toEqual(
      expect.arrayContaining([
        'body.procedures.0.nationalCode',
        'body.procedures.0.content.timeLimit.unit',
      ]),
    );
  });

  it('imports, and importing the same file again changes nothing; export gives the same file back', async () => {
    const file = doc([
      {
        nationalCode: '1.001193',
        validFrom: '2025-07-01',
        content: buildProcedureContent(),
        processes: [{ agencyId: null, steps: threeStepProcess(1) }],
      },
      { nationalCode: '2.000635', validFrom: '2025-07-01', content: buildProvincialContent() },
    ]);
    const first = await t.as(manager).post('/api/v1/procedures/import', file);
    expect(first.json()).toEqual({ created: ['1.001193', '2.000635'], updated: [], unchanged: [] });
    const countRows = async () =>
      (await t.db.selectFrom('procedure_versions').select('id').execute()).length;
    const rowsBefore = await countRows();
    const second = await t.as(manager).post('/api/v1/procedures/import', file);
    expect(second.json()).toEqual({
      created: [],
      updated: [],
      unchanged: ['1.001193', '2.000635'],
    });
    expect(await countRows()).toBe(rowsBefore);

    const exported = (
      await t.app.inject({ method: 'GET', url: '/api/v1/procedures/export' })
    ).json();
    expect(exported.procedures).toHaveLength(2);
    const third = await t.as(manager).post('/api/v1/procedures/import', exported);
    expect(third.json().unchanged).toEqual(['1.001193', '2.000635']);

    const changed = doc([
      {
        nationalCode: '2.000635',
        validFrom: '2026-01-01',
        content: buildProvincialContent({ conditions: 'Mới' }),
      },
    ]);
    expect((await t.as(manager).post('/api/v1/procedures/import', changed)).json().updated).toEqual(
      ['2.000635'],
    );
    const detail = (
      await t.app.inject({ method: 'GET', url: '/api/v1/procedures/2.000635' })
    ).json();
    expect(detail).toMatchObject({ versionNo: 2, validFrom: '2026-01-01' });
  });
});

describe('an import meeting an officer’s draft', () => {
  it('is refused for that procedure, keeps the draft, and goes through once the draft is discarded', async () => {
    const t = await createTestApp();
    try {
      const manager = await t.login('giamsat.tinh');
      const file = (conditions: string | null, validFrom = '2025-07-01') => ({
        format: 'motcua.catalog/1',
        procedures: [
          {
            nationalCode: '1.001193',
            validFrom,
            content: buildProcedureContent({ conditions }),
          },
        ],
      });
      expect((await t.as(manager).post('/api/v1/procedures/import', file(null))).statusCode).toBe(
        200,
      );
      const draft = await t.as(manager).post('/api/v1/procedures/1.001193/versions', {});
      expect(draft.json()).toMatchObject({ versionNo: 2, state: 'draft' });

      const blocked = await t
        .as(manager)
        .post('/api/v1/procedures/import', file('Điều kiện mới', '2026-01-01'));
      const problem = expectProblem(blocked, 422, 'IMPORT_INVALID') as unknown as FieldErrors;
      expect(problem.errors).toEqual([
        expect.objectContaining({ field: 'procedures.0.nationalCode', code: 'draft_in_progress' }),
      ]);
      expect((await t.as(manager).get('/api/v1/procedures/1.001193?version=2')).json().state).toBe(
        'draft',
      );

      const sameDay = await t.as(manager).post('/api/v1/procedures/import', file('Điều kiện mới'));
      expect(
        (expectProblem(sameDay, 422, 'IMPORT_INVALID') as unknown as FieldErrors).errors.map(
          (e) => e.code,
        ),
      ).toContain('too_early');
      expectProblem(
        await t.as(manager).delete('/api/v1/procedures/1.001193/versions/1?rowVersion=2'),
        409,
        'PROCEDURE_VERSION_IMMUTABLE',
      );
      expect(
        (await t.as(manager).delete('/api/v1/procedures/1.001193/versions/2?rowVersion=1'))
          .statusCode,
      ).toBe(204);
      const imported = await t
        .as(manager)
        .post('/api/v1/procedures/import', file('Điều kiện mới', '2026-01-01'));
      expect(imported.json(), imported.body).toMatchObject({ updated: ['1.001193'] });
    } finally {
      await t.close();
    }
  });
});
