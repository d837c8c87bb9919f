import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type PdfPage, readPdf } from '../../../test/support/pdf.js';
import { toNfc } from '../text/nfc.js';
import { QR_CAPTION, RECEIPT_TITLE, receiptPdf } from './form-01-receipt.js';
import { ONCE_SENTENCE, SUPPLEMENT_TITLE, supplementPdf } from './form-02-supplement.js';
import { REFUSAL_TITLE, refusalPdf } from './form-03-refusal.js';
import { registerPdf } from './form-07-register.js';
import { REGISTER_HEADER_ROW, REGISTER_SHEET, registerWorkbook } from './form-07-register.xlsx.js';
import type {
  ApplicantOnForm,
  IssuingAgency,
  ReceiptFormData,
  RefusalFormData,
  RegisterFormData,
  RegisterRow,
  SupplementFormData,
} from './form-data.js';
import { REGISTER_EMPTY, REGISTER_HEADERS } from './register-columns.js';
import {
  channelLabel,
  formatInstantLong,
  formatInstantShort,
  formatLocalDate,
  formatVnd,
  placeAndDate,
  vietnamWallClock,
} from './vi-format.js';

const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NAME = 'Nguyễn Thị Hường';
const CODE = '000.00.01.H06-261125-0001';
const A5 = [419.53, 595.28];
const A4_LANDSCAPE = [841.89, 595.28];

const agency: IssuingAgency = {
  name: 'Bộ phận Một cửa phường Kinh Bắc',
  parentName: 'Ủy ban nhân dân phường Kinh Bắc',
  place: 'Bắc Ninh',
};

const applicant = (name = NAME): ApplicantOnForm => ({
  name,
  idNumber: '027190001234',
  address: 'Số 5 đường Nguyễn Trãi, phường Kinh Bắc, tỉnh Bắc Ninh',
  phone: '0912 345 678',
  email: 'huong.nt@example.vn',
  proxyName: null,
});

const procedure = { nationalCode: '1.001193', name: 'Đăng ký khai sinh' };

function receipt(overrides: Partial<ReceiptFormData> = {}): ReceiptFormData {
  return {
    agency,
    code: CODE,
    procedure,
    applicant: applicant(),
    components: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0, scans: 1 },
      { name: 'Giấy chứng sinh do cơ sở y tế cấp', originals: 1, copies: 0, scans: 1 },
      { name: 'Văn bản ủy quyền (trường hợp ủy quyền)', originals: 0, copies: 1, scans: 0 },
    ],
    receivedAt: '2026-11-25T01:30:00Z',
    dueAt: '2026-11-26T09:00:00Z',
    returnChannel: 'post',
    competentAgencyName: 'Ủy ban nhân dân phường Kinh Bắc',
    fees: [{ name: 'Lệ phí đăng ký khai sinh', amountVnd: 200_000 }],
    lookupUrl: `https://dichvucong.bacninh.gov.vn/tra-cuu/${CODE}`,
    officerName: 'Trần Văn Bình',
    ...overrides,
  };
}

function supplement(overrides: Partial<SupplementFormData> = {}): SupplementFormData {
  return {
    agency,
    code: CODE,
    reference: '15/PYCBS',
    procedure,
    applicant: applicant(),
    items: [
      { name: 'Giấy chứng sinh', reason: 'bản chụp mờ, không đọc được số hiệu' },
      { name: 'Văn bản ủy quyền', reason: 'chưa được chứng thực' },
    ],
    note: 'Nộp bổ sung tại quầy số 3.',
    issuedAt: '2026-11-25T02:15:00Z',
    officerName: 'Trần Văn Bình',
    ...overrides,
  };
}

function refusal(overrides: Partial<RefusalFormData> = {}): RefusalFormData {
  return {
    agency,
    code: null,
    reference: '07/PTC',
    procedure,
    applicant: applicant(),
    reasons: ['Hồ sơ không thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường Kinh Bắc.'],
    issuedAt: '2026-11-25T02:15:00Z',
    officerName: 'Trần Văn Bình',
    ...overrides,
  };
}

function registerRow(i: number): RegisterRow {
  return {
    code: `000.00.01.H06-261125-${String(i + 1).padStart(4, '0')}`,
    procedureName: i % 2 ? 'Đăng ký khai sinh' : 'Cấp bản sao trích lục hộ tịch',
    applicantName: NAME,
    applicantAddress: 'Số 5 đường Nguyễn Trãi, phường Kinh Bắc, tỉnh Bắc Ninh',
    applicantPhone: '0912345678',
    channel: (['counter', 'post', 'online'] as const)[i % 3] ?? 'counter',
    receivedAt: '2026-11-25T01:30:00Z',
    dueAt: '2026-11-26T09:00:00Z',
    competentAgencyName: 'Ủy ban nhân dân phường Kinh Bắc',
    status: 'Được tiếp nhận',
    returnedAt: i % 2 ? '2026-11-26T08:00:00Z' : null,
    note: null,
  };
}

function register(rows: number): RegisterFormData {
  return {
    agency,
    from: '2026-11-01',
    to: '2026-11-30',
    rows: Array.from({ length: rows }, (_, i) => registerRow(i)),
    generatedAt: '2026-11-30T10:00:00Z',
  };
}

// exceljs's typings predate Node's generic Buffer.
const workbookBytes = async (data: RegisterFormData) =>
  (await registerWorkbook(data)) as unknown as ExcelJS.Buffer;

const allText = (pages: PdfPage[]) => pages.map((p) => p.text).join(' ');

describe('vi-format', () => {
  it('prints instants in Vietnam time', () => {
    expect(formatInstantLong('2026-11-25T01:30:00Z')).toBe('08 giờ 30 phút, ngày 25/11/2026');
    expect(formatInstantShort('2026-11-25T01:30:00Z')).toBe('25/11/2026 08:30');
    // 20:00Z on the 30th is already 1 December in Hanoi.
    expect(formatInstantShort('2026-11-30T20:00:00Z')).toBe('01/12/2026 03:00');
    expect(formatLocalDate('2026-11-01')).toBe('01/11/2026');
    expect(vietnamWallClock('2026-11-25T01:30:00Z').toISOString()).toBe('2026-11-25T08:30:00.000Z');
  });

  it('writes the place and date as administrative documents do', () => {
    expect(placeAndDate('Bắc Ninh', '2026-11-25T01:30:00Z')).toBe(
      'Bắc Ninh, ngày 25 tháng 11 năm 2026',
    );
    expect(placeAndDate('Bắc Ninh', '2026-01-05T01:30:00Z')).toBe(
      'Bắc Ninh, ngày 05 tháng 01 năm 2026',
    );
    expect(placeAndDate('Bắc Ninh', '2026-03-05T01:30:00Z')).toBe(
      'Bắc Ninh, ngày 05 tháng 3 năm 2026',
    );
  });

  it('prints money and channels', () => {
    expect(formatVnd(200_000)).toBe('200.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(1_234_567)).toBe('1.234.567 đồng');
    expect(() => formatVnd(1.5)).toThrow(RangeError);
    expect(channelLabel('counter')).toBe('Trực tiếp');
    expect(channelLabel('post')).toBe('Qua dịch vụ bưu chính công ích');
    expect(channelLabel('online')).toBe('Trực tuyến');
  });

  it('normalises nested strings and the output of functions to NFC', () => {
    const nfd = NAME.normalize('NFD');
    const out = toNfc({ a: [nfd, { b: nfd }], f: () => ({ text: nfd }), d: new Date(0), n: 1 });
    expect(out.a).toEqual([NAME, { b: NAME }]);
    expect(out.f()).toEqual({ text: NAME });
    expect(out.d).toBeInstanceOf(Date);
  });
});

describe('Form 01 — receipt', () => {
  it('prints the header, the title, the code, the due time and a QR code on one A5 page', async () => {
    const pages = await readPdf(await receiptPdf(receipt()));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page?.size).toEqual(A5);
    const text = page?.text ?? '';
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain('BỘ PHẬN MỘT CỬA PHƯỜNG KINH BẮC');
    expect(text).toContain('Bắc Ninh, ngày 25 tháng 11 năm 2026');
    expect(text).toContain(RECEIPT_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain(NAME);
    expect(text).toContain('Đăng ký khai sinh (mã thủ tục 1.001193)');
    expect(text).toContain('Giấy chứng sinh do cơ sở y tế cấp');
    expect(text).toContain('Lệ phí đăng ký khai sinh: 200.000 đồng');
    expect(text).toContain('Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 25/11/2026');
    expect(text).toContain(
      'Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 26/11/2026',
    );
    expect(text).toContain('Qua dịch vụ bưu chính công ích');
    expect(text).toContain(QR_CAPTION);
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Văn Bình');
    expect(page?.hasImage).toBe(true);
  });

  it('prints decomposed (NFD) input as precomposed Vietnamese', async () => {
    const nfd = NAME.normalize('NFD');
    expect(nfd).not.toBe(NAME);
    const data = receipt({
      applicant: applicant(nfd),
      officerName: 'Trần Văn Bình'.normalize('NFD'),
    });
    const text = allText(await readPdf(await receiptPdf(data)));
    expect(text).toContain(NAME);
    expect(text).toContain('Trần Văn Bình');
    expect(text).not.toContain(nfd);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('prints the proxy, no fees and no components without failing', async () => {
    const data = receipt({
      applicant: { ...applicant(), proxyName: 'Lê Văn Nam', email: null },
      fees: [],
      components: [],
    });
    const text = allText(await readPdf(await receiptPdf(data)));
    expect(text).toContain('Người được ủy quyền: Lê Văn Nam');
    expect(text).toContain('Không thu phí, lệ phí.');
    expect(text).not.toContain('Thư điện tử');
  });

  it('gives the same bytes for the same data', async () => {
    const [a, b] = await Promise.all([receiptPdf(receipt()), receiptPdf(receipt())]);
    expect(a.equals(b)).toBe(true);
  });
});

describe('Form 02 — supplement', () => {
  it('lists every item with its reason, once', async () => {
    const pages = await readPdf(await supplementPdf(supplement()));
    expect(pages[0]?.size).toEqual(A5);
    const text = allText(pages);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(SUPPLEMENT_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('Số: 15/PYCBS');
    expect(text).toContain(NAME);
    expect(text).toMatch(/1\. ?Giấy chứng sinh\. Lý do: bản chụp mờ, không đọc được số hiệu/);
    expect(text).toMatch(/2\. ?Văn bản ủy quyền\. Lý do: chưa được chứng thực/);
    expect(text).toContain('Ghi chú: Nộp bổ sung tại quầy số 3.');
    expect(text).toContain('hướng dẫn một lần, đầy đủ');
    expect(text).toContain(ONCE_SENTENCE.slice(0, 40));
    expect(text).toContain('Trần Văn Bình');
  });

  it('leaves the code out when nothing was received', async () => {
    const text = allText(
      await readPdf(await supplementPdf(supplement({ code: null, note: null }))),
    );
    expect(text).not.toContain('Mã hồ sơ');
    expect(text).not.toContain('Ghi chú');
  });
});

describe('Form 03 — refusal', () => {
  it('prints the reasons and the signature on A5', async () => {
    const data = refusal({
      reasons: [
        'Hồ sơ không thuộc thẩm quyền giải quyết.',
        'Người nộp không đủ năng lực hành vi dân sự.',
      ],
    });
    const pages = await readPdf(await refusalPdf(data));
    expect(pages[0]?.size).toEqual(A5);
    const text = allText(pages);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain(REFUSAL_TITLE);
    expect(text).toContain(NAME);
    expect(text).toMatch(/1\. ?Hồ sơ không thuộc thẩm quyền giải quyết\./);
    expect(text).toMatch(/2\. ?Người nộp không đủ năng lực hành vi dân sự\./);
    expect(text).toContain('Trần Văn Bình');
  });
});

describe('Form 07 — register', () => {
  it('says so when the period has no dossier', async () => {
    const pages = await readPdf(await registerPdf(register(0)));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.size).toEqual(A4_LANDSCAPE);
    const text = pages[0]?.text ?? '';
    expect(text).toContain(NATIONAL);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text).toContain(REGISTER_EMPTY);
    expect(text).toContain('Trang 1/1');
  });

  it('runs 300 rows over numbered pages with the header on each', async () => {
    const pages = await readPdf(await registerPdf(register(300)));
    expect(pages.length).toBeGreaterThan(3);
    const count = pages.length;
    pages.forEach((page, i) => {
      expect(page.size).toEqual(A4_LANDSCAPE);
      expect(page.text).toContain(`Trang ${i + 1}/${count}`);
      expect(page.text).toContain('Cơ quan giải quyết');
      expect(page.text).toContain('Hình thức nộp');
    });
    const text = allText(pages);
    expect(text).toContain('000.00.01.H06-261125-0001');
    expect(text).toContain('000.00.01.H06-261125-0300');
    expect(text).toContain('25/11/2026 08:30');
    expect(text).toContain(NAME);
    expect(text).toContain('Tổng số: 300 hồ sơ.');
  });

  it('reads back as a workbook with real dates in Vietnam time', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await workbookBytes(register(25)));
    const ws = workbook.getWorksheet(REGISTER_SHEET);
    if (!ws) throw new Error('sheet missing');
    expect(ws.rowCount).toBe(REGISTER_HEADER_ROW + 25);
    const header = ws.getRow(REGISTER_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual([...REGISTER_HEADERS]);
    const first = ws.getRow(REGISTER_HEADER_ROW + 1);
    expect(first.getCell(2).value).toBe('000.00.01.H06-261125-0001');
    const received = first.getCell(6).value;
    expect(received).toBeInstanceOf(Date);
    // The cell reads 25/11/2026 08:30, the time on the office clock.
    expect((received as Date).toISOString()).toBe('2026-11-25T08:30:00.000Z');
    expect(first.getCell(6).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(String(first.getCell(4).value)).toContain(NAME);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: REGISTER_HEADER_ROW });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });

  it('writes an empty workbook that says so', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await workbookBytes(register(0)));
    const ws = workbook.getWorksheet(REGISTER_SHEET);
    expect(ws?.getCell(REGISTER_HEADER_ROW + 1, 1).value).toBe(REGISTER_EMPTY);
  });
});
