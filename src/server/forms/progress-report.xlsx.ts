import ExcelJS from 'exceljs';
import { toNfc } from '../text/nfc.js';
import {
  type ProgressReportData,
  REPORT_COLUMNS,
  REPORT_GROUPS,
  REPORT_TITLE,
  REPORT_TOTAL,
  type ReportLine,
  reportCounts,
  reportPeriod,
} from './progress-report-columns.js';
import { parseInstant, placeAndDate } from './vi-format.js';
import { banner, THIN_BORDERS } from './xlsx-parts.js';

export const REPORT_SHEET = 'Tiến độ giải quyết';
/** The two header rows (groups, then columns) end on this row; data follows. */
export const REPORT_HEADER_ROW = 7;

const WIDTHS = [6, 44, 11, 11, 11, 11, 11, 11, 11, 11, 14];

/**
 * The periodic report of a unit (its agencies one per line, then the total), as officers send it
 * up: counts as numbers, the on-time rate as a percentage cell, ready to print on A4 landscape.
 */
export async function progressWorkbook(input: ProgressReportData): Promise<Buffer> {
  const data = toNfc(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  workbook.created = parseInstant(data.generatedAt);
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet(REPORT_SHEET, {
    views: [{ state: 'frozen', ySplit: REPORT_HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${REPORT_HEADER_ROW - 1}:${REPORT_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&RTrang &P/&N' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = WIDTHS.length;
  const title = (row: number, text: string, font: Partial<ExcelJS.Font>) =>
    banner(ws, last, row, text, font);
  title(1, data.unit.toUpperCase(), { bold: true });
  title(2, REPORT_TITLE, { bold: true, size: 14 });
  title(3, reportPeriod(data), { italic: true });
  title(4, placeAndDate(data.place, data.generatedAt), { italic: true });

  let col = 1;
  for (const [label, span] of REPORT_GROUPS) {
    const row = REPORT_HEADER_ROW - 1;
    if (span > 1) ws.mergeCells(row, col, row, col + span - 1);
    else ws.mergeCells(row, col, row + 1, col);
    ws.getCell(row, col).value = label;
    col += span;
  }
  REPORT_COLUMNS.forEach((label, i) => {
    if (label) ws.getCell(REPORT_HEADER_ROW, i + 1).value = label;
  });
  for (const r of [REPORT_HEADER_ROW - 1, REPORT_HEADER_ROW]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = THIN_BORDERS;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    }
  }

  const line = (l: ReportLine, index: number | null) => {
    const row = ws.addRow([
      index === null ? '' : index + 1,
      l.name,
      ...reportCounts(l.counts),
      l.onTime,
    ]);
    row.getCell(last).numFmt = '0.0%';
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDERS;
    });
    return row;
  };
  for (const [i, l] of data.lines.entries()) line(l, i);
  line({ ...data.total, name: REPORT_TOTAL }, null).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
