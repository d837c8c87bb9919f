import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CatalogDocument, type CatalogDocumentInput } from '../../../domain/catalog/procedure.js';
import { documentFromWorkbook, rowOf, workbookFromDocument } from './catalog.xlsx.js';

const SO_XAY_DUNG = '7d0c1f9e-3b8a-4c52-9e61-0a4f2b7c9d13';
const SO_NONG_NGHIEP = 'b2e64a10-58c3-4f7d-8a9e-6c1d3e5f7a20';
const UBND_TINH = '4a9f3c7e-1d2b-4e8f-9a6c-5b7d8e0f1a2c';

const khaiSinh: CatalogDocumentInput['procedures'][number] = {
  nationalCode: '1.001193',
  validFrom: '2025-07-01',
  content: {
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    competentAgency: { kind: 'commune' },
    coordinatingAgencies: [],
    timeLimit: { amount: 1, unit: 'working_days' },
    ways: [
      {
        channel: 'counter',
        timeLimit: { amount: 1, unit: 'working_days' },
        fees: [
          {
            kind: 'le_phi',
            name: 'Lệ phí đăng ký khai sinh quá hạn',
            amountVnd: 8000,
            note: 'Miễn lệ phí đăng ký khai sinh đúng hạn; hộ nghèo, người khuyết tật',
          },
        ],
        description: 'Nộp tại Bộ phận Một cửa của Ủy ban nhân dân cấp xã',
      },
      {
        channel: 'online',
        timeLimit: { amount: 1, unit: 'working_days' },
        fees: [{ kind: 'le_phi', name: 'Lệ phí đăng ký khai sinh quá hạn', amountVnd: 4000 }],
        description: 'Qua Cổng Dịch vụ công quốc gia',
      },
      { channel: 'post', timeLimit: { amount: 1, unit: 'working_days' } },
    ],
    steps: [
      'Bước 1: Người yêu cầu nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.',
      'Bước 2: Công chức tư pháp – hộ tịch kiểm tra hồ sơ, ghi vào Sổ hộ tịch.',
      'Bước 3: Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh; trả kết quả.',
    ],
    components: [
      {
        name: 'Tờ khai đăng ký khai sinh theo mẫu',
        originals: 1,
        copies: 0,
        mandatory: true,
        documentTypeCode: null,
        form: {
          name: 'Tờ khai đăng ký khai sinh',
          url: 'https://dichvucong.gov.vn/mau/to-khai-khai-sinh.docx',
        },
      },
      {
        name: 'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp',
        originals: 1,
        copies: 0,
        mandatory: true,
        documentTypeCode: 'GCS',
      },
      {
        name: 'Văn bản ủy quyền theo quy định của pháp luật',
        originals: 1,
        copies: 1,
        mandatory: false,
        note: 'Trường hợp ủy quyền cho người khác thực hiện',
      },
    ],
    results: [
      { name: 'Giấy khai sinh (bản chính)', resultTypeCode: 'KQ01' },
      { name: 'Bản sao Giấy khai sinh (nếu có yêu cầu)' },
    ],
    applicantTypes: ['citizen', 'foreigner'],
    conditions: null,
    legalBases: [
      { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20' },
      {
        number: '123/2015/NĐ-CP',
        title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
        issuedOn: '2015-11-15',
      },
    ],
    publication: { decisionNumber: '1872/QĐ-BTP', signedOn: '2020-10-13' },
    onlineLevel: 'full',
    eligibleFullyOnline: true,
    postalAllowed: true,
    boundaryFree: false,
    nationalStatus: 'published',
  },
  processes: [
    {
      agencyId: null,
      steps: [
        {
          name: 'Tiếp nhận, kiểm tra hồ sơ',
          role: 'counter_officer',
          agencyId: null,
          budget: 0.125,
        },
        { name: 'Xử lý, ghi Sổ hộ tịch', role: 'specialist', agencyId: null, budget: 0.5 },
        { name: 'Ký Giấy khai sinh', role: 'leader', agencyId: null, budget: 0.25 },
        { name: 'Trả kết quả', role: 'counter_officer', agencyId: null, budget: 0.125 },
      ],
    },
  ],
};

const giayPhepXayDung: CatalogDocumentInput['procedures'][number] = {
  nationalCode: '1.009994',
  content: {
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II',
    field: 'Hoạt động xây dựng',
    level: 'province',
    competentAgency: { kind: 'agency', agencyId: SO_XAY_DUNG },
    coordinatingAgencies: [
      'Sở Nông nghiệp và Môi trường',
      'Ủy ban nhân dân cấp xã nơi có công trình',
    ],
    timeLimit: { amount: 20, unit: 'working_days' },
    ways: [
      {
        channel: 'counter',
        timeLimit: { amount: 20, unit: 'working_days' },
        fees: [{ kind: 'le_phi', name: 'Lệ phí cấp giấy phép xây dựng', amountVnd: 150000 }],
      },
      {
        channel: 'online',
        timeLimit: { amount: 20, unit: 'working_days' },
        fees: [{ kind: 'le_phi', name: 'Lệ phí cấp giấy phép xây dựng', amountVnd: 150000 }],
      },
    ],
    steps: [
      'Chủ đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Sở Xây dựng thẩm định hồ sơ, kiểm tra thực địa.',
      'Sở Nông nghiệp và Môi trường cho ý kiến về đất đai.',
      'Trả giấy phép xây dựng cho chủ đầu tư.',
    ],
    components: [
      {
        name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)',
        originals: 1,
        copies: 0,
        mandatory: true,
        form: { name: 'Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP' },
      },
      {
        name: 'Giấy tờ chứng minh quyền sử dụng đất',
        originals: 0,
        copies: 1,
        mandatory: true,
        documentTypeCode: 'QSDD',
      },
    ],
    results: [{ name: 'Giấy phép xây dựng' }],
    applicantTypes: ['organisation', 'business'],
    conditions:
      'Công trình phù hợp với quy hoạch xây dựng; bảo đảm an toàn cho công trình lân cận.',
    legalBases: [{ number: '50/2014/QH13', title: 'Luật Xây dựng' }],
    publication: null,
    onlineLevel: 'partial',
    eligibleFullyOnline: false,
    postalAllowed: false,
    boundaryFree: true,
    interAgency: {
      leadAgencyId: SO_XAY_DUNG,
      agencies: [
        { agencyId: SO_XAY_DUNG, share: { amount: 15, unit: 'working_days' } },
        { agencyId: SO_NONG_NGHIEP, share: { amount: 5, unit: 'working_days' } },
      ],
    },
    nationalStatus: 'published_amended',
  },
  processes: [
    {
      agencyId: SO_XAY_DUNG,
      steps: [
        { name: 'Tiếp nhận hồ sơ', role: 'counter_officer', agencyId: null, budget: 0.5 },
        { name: 'Thẩm định hồ sơ', role: 'specialist', agencyId: null, budget: 12 },
        { name: 'Lấy ý kiến về đất đai', role: 'specialist', agencyId: SO_NONG_NGHIEP, budget: 5 },
        { name: 'Lãnh đạo Sở ký giấy phép', role: 'leader', agencyId: null, budget: 2 },
        { name: 'Trả kết quả', role: 'counter_officer', agencyId: null, budget: 0.5 },
      ],
    },
    {
      agencyId: UBND_TINH,
      steps: [
        { name: 'Tiếp nhận hồ sơ', role: 'counter_officer', agencyId: null, budget: 1 },
        { name: 'Xử lý hồ sơ', role: 'specialist', agencyId: null, budget: 19 },
      ],
    },
  ],
};

const trichLuc: CatalogDocumentInput['procedures'][number] = {
  nationalCode: '2.000635.000.00.00.H12',
  content: {
    name: 'Cấp bản sao trích lục hộ tịch',
    field: 'Hộ tịch',
    level: 'commune',
    competentAgency: { kind: 'commune' },
    timeLimit: { amount: 8, unit: 'working_hours' },
    ways: [{ channel: 'counter', timeLimit: { amount: 8, unit: 'working_hours' } }],
    steps: ['Nộp yêu cầu và nhận bản sao trích lục ngay trong ngày.'],
    components: [],
    results: [{ name: 'Bản sao trích lục hộ tịch' }],
    applicantTypes: ['citizen'],
    onlineLevel: 'none',
    eligibleFullyOnline: false,
    postalAllowed: false,
    boundaryFree: false,
  },
};

const input: CatalogDocumentInput = {
  format: 'motcua.catalog/1',
  procedures: [khaiSinh, giayPhepXayDung, trichLuc],
};

async function edit(buffer: Buffer, change: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  change(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The cell of column `key` (looked up in the hidden key row) at `row` of `sheet`. */
function cell(workbook: ExcelJS.Workbook, sheet: string, key: string, row: number): ExcelJS.Cell {
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  let column = 0;
  ws.getRow(2).eachCell((c, n) => {
    if (c.value === key) column = n;
  });
  if (!column) throw new Error(`no column ${key} in ${sheet}`);
  return ws.getCell(row, column);
}

describe('catalog workbook', () => {
  const doc = CatalogDocument.parse(input);

  it('round-trips a document', async () => {
    const { document, problems } = await documentFromWorkbook(await workbookFromDocument(doc));
    expect(problems).toEqual([]);
    expect(CatalogDocument.parse(document)).toEqual(doc);
  });

  it('has Vietnamese sheets and headers, with the machine keys in a hidden row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookFromDocument(doc)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Thủ tục',
      'Cách thức',
      'Phí lệ phí',
      'Thành phần hồ sơ',
      'Kết quả',
      'Căn cứ pháp lý',
      'Liên thông',
      'Quy trình nội bộ',
      'Hướng dẫn',
    ]);
    const ws = workbook.getWorksheet('Thủ tục');
    expect(ws?.getCell('A1').value).toBe('Mã thủ tục');
    expect(ws?.getCell('A2').value).toBe('nationalCode');
    expect(ws?.getRow(2).hidden).toBe(true);
    expect(ws?.getCell('A3').value).toBe('1.001193');
    expect(cell(workbook, 'Thủ tục', 'eligibleFullyOnline', 3).value).toBe('Có');
    expect(cell(workbook, 'Thủ tục', 'postalAllowed', 4).value).toBe('Không');
    expect(cell(workbook, 'Thủ tục', 'steps', 3).value).toBe(khaiSinh.content.steps.join('\n'));
    expect(cell(workbook, 'Thủ tục', 'coordinatingAgencies', 4).value).toBe(
      'Sở Nông nghiệp và Môi trường; Ủy ban nhân dân cấp xã nơi có công trình',
    );
    expect(cell(workbook, 'Phí lệ phí', 'amountVnd', 3).value).toBe(8000);
    expect(cell(workbook, 'Căn cứ pháp lý', 'issuedOn', 3).value).toBe('2014-11-20');
  });

  it('reads a workbook whose key row was deleted, matching the Vietnamese headers', async () => {
    const buffer = await edit(await workbookFromDocument(doc), (workbook) => {
      for (const ws of workbook.worksheets) ws.spliceRows(2, 1);
    });
    const { document, problems } = await documentFromWorkbook(buffer);
    expect(problems).toEqual([]);
    expect(CatalogDocument.parse(document)).toEqual(doc);
  });

  it('reports bad cells by sheet, row and field', async () => {
    const buffer = await edit(await workbookFromDocument(doc), (workbook) => {
      cell(workbook, 'Cách thức', 'amount', 4).value = 'abc';
      cell(workbook, 'Thủ tục', 'eligibleFullyOnline', 3).value = 'Có lẽ';
      cell(workbook, 'Kết quả', 'nationalCode', 5).value = '1.999999';
      const components = workbook.getWorksheet('Thành phần hồ sơ');
      if (components) components.getCell('K1').value = 'Cột lạ';
      const legal = workbook.getWorksheet('Căn cứ pháp lý');
      if (legal) workbook.removeWorksheet(legal.id);
    });
    const { problems } = await documentFromWorkbook(buffer);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          sheet: 'Cách thức',
          row: 4,
          field: 'amount',
          reason: 'Cột "Thời hạn": "abc" không phải là số',
        },
        {
          sheet: 'Thủ tục',
          row: 3,
          field: 'eligibleFullyOnline',
          reason: 'Cột "Đủ điều kiện trực tuyến toàn trình": "Có lẽ" phải là "Có" hoặc "Không"',
        },
        {
          sheet: 'Kết quả',
          row: 5,
          field: 'nationalCode',
          reason: 'Mã thủ tục 1.999999 không có trong sheet "Thủ tục"',
        },
        {
          sheet: 'Thành phần hồ sơ',
          row: 1,
          field: 'Cột lạ',
          reason: 'Cột "Cột lạ" không có trong mẫu',
        },
        { sheet: 'Căn cứ pháp lý', row: 0, field: '', reason: 'Thiếu sheet "Căn cứ pháp lý"' },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('refuses a file that is not an xlsx workbook, or too large, without throwing', async () => {
    const notExcel = await documentFromWorkbook(Buffer.from('Mã thủ tục;Tên thủ tục\n1.001193;'));
    expect(notExcel.problems).toEqual([
      { sheet: '', row: 0, field: 'file', reason: 'Tệp không phải Excel (.xlsx) hợp lệ' },
    ]);
    const brokenZip = await documentFromWorkbook(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]),
    );
    expect(brokenZip.problems).toEqual([
      { sheet: '', row: 0, field: 'file', reason: 'Tệp không phải Excel (.xlsx) hợp lệ' },
    ]);
    const large = await documentFromWorkbook(Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(large.problems).toEqual([
      { sheet: '', row: 0, field: 'file', reason: 'Tệp Excel vượt quá 10 MB' },
    ]);
  });

  it('maps a document path back to its sheet and row', async () => {
    const { document } = await documentFromWorkbook(await workbookFromDocument(doc));
    expect(rowOf(document, ['procedures', 1, 'content', 'components', 1, 'copies'])).toEqual({
      sheet: 'Thành phần hồ sơ',
      row: 7,
      field: 'copies',
    });
    expect(
      rowOf(document, ['procedures', 0, 'content', 'ways', 1, 'fees', 0, 'amountVnd']),
    ).toEqual({ sheet: 'Phí lệ phí', row: 4, field: 'amountVnd' });
    expect(rowOf(document, ['procedures', 1, 'content', 'timeLimit', 'unit'])).toEqual({
      sheet: 'Thủ tục',
      row: 4,
      field: 'timeLimitUnit',
    });
    expect(
      rowOf(document, [
        'procedures',
        1,
        'content',
        'interAgency',
        'agencies',
        1,
        'share',
        'amount',
      ]),
    ).toEqual({ sheet: 'Liên thông', row: 4, field: 'amount' });
    expect(rowOf(document, ['procedures', 1, 'processes', 1, 'steps', 1, 'budget'])).toEqual({
      sheet: 'Quy trình nội bộ',
      row: 13,
      field: 'budget',
    });
    expect(rowOf(document, ['procedures', 0, 'content', 'steps', 2])).toEqual({
      sheet: 'Thủ tục',
      row: 3,
      field: 'steps',
    });
    expect(rowOf(document, ['format'])).toBeNull();
    expect(rowOf({}, ['procedures', 0])).toBeNull();
  });

  it('lets the caller report schema issues by row', async () => {
    const buffer = await edit(await workbookFromDocument(doc), (workbook) => {
      cell(workbook, 'Thành phần hồ sơ', 'copies', 5).value = 50;
      cell(workbook, 'Quy trình nội bộ', 'role', 8).value = 'giam_doc';
    });
    const { document, problems } = await documentFromWorkbook(buffer);
    expect(problems).toEqual([]);
    const parsed = CatalogDocument.safeParse(document);
    expect(parsed.success).toBe(false);
    const where = parsed.error?.issues.map((i) => rowOf(document, i.path));
    expect(where).toEqual(
      expect.arrayContaining([
        { sheet: 'Thành phần hồ sơ', row: 5, field: 'copies' },
        { sheet: 'Quy trình nội bộ', row: 8, field: 'role' },
      ]),
    );
  });

  it('sorts ordered rows by their order column', async () => {
    const buffer = await edit(await workbookFromDocument(doc), (workbook) => {
      cell(workbook, 'Thành phần hồ sơ', 'order', 3).value = 3;
      cell(workbook, 'Thành phần hồ sơ', 'order', 5).value = 1;
    });
    const { document, problems } = await documentFromWorkbook(buffer);
    expect(problems).toEqual([]);
    const names = CatalogDocument.parse(document).procedures[0]?.content.components.map(
      (c) => c.name,
    );
    expect(names).toEqual([
      'Văn bản ủy quyền theo quy định của pháp luật',
      'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp',
      'Tờ khai đăng ký khai sinh theo mẫu',
    ]);
    expect(rowOf(document, ['procedures', 0, 'content', 'components', 0, 'name'])).toEqual({
      sheet: 'Thành phần hồ sơ',
      row: 5,
      field: 'name',
    });
  });
});
