import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import { indexTestbed } from '../../../../test/support/index-testbed.js';
import { pdfText, readPdf } from '../../../../test/support/pdf.js';
import { expectProblem, type TestApp } from '../../../../test/support/test-app.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { progressPdf } from '../../forms/progress-report.pdf.js';
import { progressWorkbook, REPORT_SHEET } from '../../forms/progress-report.xlsx.js';
import type { ProgressReportData, ReportLine } from '../../forms/progress-report-columns.js';

const TITLE = 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const A4_LANDSCAPE = [841.89, 595.28];

/** YYYY-MM-DD as dd/mm/yyyy. */
const dmy = (date: string) => date.split('-').reverse().join('/');
/** The on-time rate as printed: one decimal, a decimal comma. */
const percent = (r: number | null) =>
  r === null ? '—' : `${(r * 100).toFixed(1).replace('.', ',')}%`;
/** A line of the table as read from the PDF: the counts in the order of the columns, the rate. */
const printed = (c: ReportLine['counts'], onTime: number | null) =>
  [
    c.counted,
    c.carried,
    c.received,
    c.finishedEarly,
    c.finishedOnTime,
    c.finishedLate,
    c.openOnTime,
    c.openLate,
    percent(onTime),
  ].join(' ');

interface UnitFigures {
  agency: { id: string; name: string };
  counts: ReportLine['counts'];
  onTime: number | null;
}

describe('GET /api/v1/indicators/report.pdf', () => {
  let t: TestApp;
  let testbed: Awaited<ReturnType<typeof indexTestbed>>;

  beforeAll(async () => {
    testbed = await indexTestbed();
    t = testbed.t;
    // Three dossiers received today: one decided at once, two still open.
    const decided = await testbed.receive();
    await testbed.walk(decided, [
      ['chuyenvien.kinhbac', { action: 'claim' }, 0],
      ['chuyenvien.kinhbac', { action: 'forward' }, 0],
      ['lanhdao.kinhbac', { action: 'approve' }, 0],
    ]);
    await testbed.receive();
    await testbed.receive();
  });
  afterAll(() => t.close());

  it('prints the figures of the dashboard’s table: title, period, each agency, the total', async () => {
    const supervisor = await t.login('giamsat.tinh');
    const today = localDate(new Date());
    const query = `agencyId=${agencyIds.province}&period=month&date=${today}`;

    const units = await t.as(supervisor).get(`/api/v1/indicators/units?${query}`);
    expect(units.statusCode).toBe(200);
    const table = units.json() as {
      period: { from: string; to: string; countedTo: string | null };
      total: UnitFigures;
      units: UnitFigures[];
    };
    const withDossiers = table.units.filter((u) => u.counts.counted > 0);
    expect(withDossiers).toHaveLength(1);
    const unit = withDossiers[0] as UnitFigures;
    expect(unit.counts).toMatchObject({ counted: 3, received: 3, openOnTime: 2 });
    expect(unit.counts.finishedEarly + unit.counts.finishedOnTime).toBe(1);

    const res = await t.as(supervisor).get(`/api/v1/indicators/report.pdf?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { from, to, countedTo } = table.period;
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="bao-cao-tien-do-${from}-${to}.pdf"`,
    );
    const pages = await readPdf(res.rawPayload);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.size).toEqual(A4_LANDSCAPE);

    const text = await pdfText(res.rawPayload);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(table.total.agency.name.toUpperCase());
    expect(text).toContain(TITLE);
    const period = `Kỳ báo cáo: từ ngày ${dmy(from)} đến ngày ${dmy(to)}`;
    // The month is not over (unless today is its last day): the report says how far it counts.
    if (countedTo && countedTo !== to)
      expect(text).toContain(`${period} (số liệu tính đến hết ngày ${dmy(countedTo)})`);
    else expect(text).toContain(period);
    expect(text).toContain(`1 ${unit.agency.name} ${printed(unit.counts, unit.onTime)}`);
    expect(text).toContain(`Tổng cộng ${printed(table.total.counts, table.total.onTime)}`);
    expect(table.total.counts.counted).toBe(3);
  });

  it('is refused as problem+json to an officer who may not read the indicators', async () => {
    const specialist = await t.login('chuyenvien.kinhbac');
    const today = localDate(new Date());
    expectProblem(
      await t
        .as(specialist)
        .get(
          `/api/v1/indicators/report.pdf?agencyId=${agencyIds.commune(KINH_BAC)}&period=month&date=${today}`,
        ),
      403,
      'FORBIDDEN',
    );
  });
});

describe('the progress report’s PDF', () => {
  const line = (name: string, k: number): ReportLine => ({
    name,
    counts: {
      counted: 12 * k,
      carried: 2 * k,
      received: 10 * k,
      finishedEarly: 3 * k,
      finishedOnTime: 4 * k,
      finishedLate: k,
      openOnTime: 3 * k,
      openLate: k,
    },
    onTime: 10 / 12,
  });
  const report = (lines: ReportLine[]): ProgressReportData => ({
    unit: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    from: '2026-10-01',
    to: '2026-10-31',
    countedTo: '2026-10-31',
    place: 'Bắc Ninh',
    generatedAt: '2026-11-02T02:00:00.000Z',
    lines,
    total: line('', lines.length),
  });

  it('for a period that is over: no "counted to", vi-VN numbers, the same title and period as the workbook', async () => {
    // Decomposed input, as some keyboards send it, comes out precomposed.
    const data = report([line('Ủy ban nhân dân phường Kinh Bắc'.normalize('NFD'), 100)]);
    const pdf = await progressPdf(data);
    const raw = (await readPdf(pdf)).map((p) => p.text).join(' ');
    expect(raw).toContain('1 Ủy ban nhân dân phường Kinh Bắc 1.200 200 1.000 300 400 100 300 100');
    expect(raw).toContain('Tổng cộng 12 2 10 3 4 1 3 1 83,3%');
    expect(raw).toContain('Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026 STT');
    expect(raw).not.toContain('số liệu tính đến');
    expect(raw).toContain('Bắc Ninh, ngày 02 tháng 11 năm 2026');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await progressWorkbook(data)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(REPORT_SHEET);
    // Unit, title, period, place and date: the workbook's four lines above its table.
    for (const row of [1, 2, 3, 4]) expect(raw).toContain(String(sheet?.getCell(row, 1).value));
  });

  it('runs a long report over pages, the header rows and page number on each', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => line(`Ủy ban nhân dân xã số ${i + 1}`, 1));
    const pages = await readPdf(await progressPdf(report(lines)));
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      expect(page.size).toEqual(A4_LANDSCAPE);
      expect(page.text).toContain('Số hồ sơ đang giải quyết');
      expect(page.text).toContain('Tỷ lệ đúng hạn (chỉ số 2.1)');
      expect(page.text).toContain(`Trang ${i + 1}/${pages.length}`);
    }
    expect(pages.at(-1)?.text).toContain('80 Ủy ban nhân dân xã số 80');
    expect(pages.at(-1)?.text).toContain('Tổng cộng 960');
  });
});
