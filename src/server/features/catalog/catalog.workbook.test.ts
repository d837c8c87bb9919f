import ExcelJS from 'exceljs';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type FieldErrors = { errors: { field: string; message: string }[] };

describe('catalog import and export in Excel', () => {
  let t: TestApp;
  let manager: Client;
  beforeAll(async () => {
    t = await createTestApp();
    manager = await t.login('giamsat.tinh');
    const res = await t.as(manager).post('/api/v1/procedures/import', {
      format: 'motcua.catalog/1',
      procedures: [
        {
          nationalCode: '1.001193',
          validFrom: '2025-07-01',
          content: buildProcedureContent(),
          processes: [{ agencyId: null, steps: threeStepProcess(1) }],
        },
        { nationalCode: '2.000635', validFrom: '2025-07-01', content: buildProvincialContent() },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => t.close());

  const upload = (body: Buffer, client: Client | null = manager) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/import.xlsx',
      headers: {
        'content-type': XLSX,
        ...(client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {}),
      },
      payload: body,
    });

  it('exports a workbook that imports back with no change', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/v1/procedures/export.xlsx' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain(XLSX);
    const res = await upload(exported.rawPayload);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: [], updated: [], unchanged: ['1.001193', '2.000635'] });
  });

  it('reports broken cells and broken rules by sheet and row, and saves nothing', async () => {
    const exported = (await t.app.inject({ method: 'GET', url: '/api/v1/procedures/export.xlsx' }))
      .rawPayload;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported as unknown as ArrayBuffer);
    const components = book.getWorksheet('Thành phần hồ sơ');
    if (!components) throw new Error('no components sheet');
    const copiesColumn = (components.getRow(2).values as unknown[]).indexOf('copies');
    components.getRow(3).getCell(copiesColumn).value = 'hai';
    const broken = Buffer.from(await book.xlsx.writeBuffer());
    const before = await t.db.selectFrom('procedure_versions').select('id').execute();
    const res = await upload(broken);
    const problem = expectProblem(res, 422, 'IMPORT_INVALID') as unknown as FieldErrors;
    expect(problem.errors.map((e) => e.field)).toEqual(['Thành phần hồ sơ!3.copies']);
    expect(await t.db.selectFrom('procedure_versions').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('refuses a file that is not Excel, or too large, and anyone without the right', async () => {
    const notExcel = expectProblem(
      await upload(Buffer.from('not a workbook')),
      422,
      'IMPORT_INVALID',
    ) as unknown as FieldErrors;
    expect(notExcel.errors[0]?.message).toContain('Excel');
    expectProblem(await upload(Buffer.alloc(11 * 1024 * 1024)), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await upload(Buffer.from('x'), null), 401, 'AUTH_REQUIRED');
  });
});
