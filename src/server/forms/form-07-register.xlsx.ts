import ExcelJS from 'exceljs';
import { toNfc } from '../text/nfc.js';
import type { RegisterFormData, RegisterRow } from './form-data.js';
import { REGISTER_EMPTY, REGISTER_HEADERS, REGISTER_TITLE } from './register-columns.js';
import {
  channelLabel,
  formatLocalDate,
  parseInstant,
  placeAndDate,
  vietnamWallClock,
} from './vi-format.js';
import { banner, THIN_BORDERS } from './xlsx-parts.js';

export const REGISTER_SHEET = 'Sổ theo dõi';
/** Rows above the data: agency, title, period, place and date, blank, column headers. */
export const REGISTER_HEADER_ROW = 6;

const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
// Characters per column, in the order of REGISTER_HEADERS.
const WIDTHS = [6, 28, 36, 40, 16, 16, 16, 30, 20, 16, 28];
const DATE_COLUMNS = [6, 7, 10];

/**
 * Form 07 as a workbook for officers who sort and filter: the same columns as the PDF, instants as
 * real date cells showing Vietnam time, the header frozen and repeated on every printed page.
 */
export async function registerWorkbook(input: RegisterFormData): Promise<Buffer> {
  const data = toNfc(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  workbook.created = parseInstant(data.generatedAt);
  workbook.modified = workbook.created;

  const ws = workbook.addWorksheet(REGISTER_SHEET, {
    views: [{ state: 'frozen', ySplit: REGISTER_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${REGISTER_HEADER_ROW}:${REGISTER_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&RTrang &P/&N' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  const last = REGISTER_HEADERS.length;
  const title = (row: number, text: string, font: Partial<ExcelJS.Font>) =>
    banner(ws, last, row, text, font);
  title(1, data.agency.name.toUpperCase(), { bold: true });
  title(2, REGISTER_TITLE, { bold: true, size: 14 });
  title(3, `Từ ngày ${formatLocalDate(data.from)} đến ngày ${formatLocalDate(data.to)}`, {
    italic: true,
  });
  title(4, placeAndDate(data.agency.place, data.generatedAt), { italic: true });

  const header = ws.getRow(REGISTER_HEADER_ROW);
  header.values = [...REGISTER_HEADERS];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    cell.border = THIN_BORDERS;
  });

  data.rows.forEach((row, i) => {
    const added = ws.addRow(registerValues(row, i));
    added.alignment = { vertical: 'top', wrapText: true };
    added.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDERS;
    });
    for (const col of DATE_COLUMNS) added.getCell(col).numFmt = DATE_FORMAT;
  });
  if (data.rows.length === 0) {
    const row = REGISTER_HEADER_ROW + 1;
    title(row, REGISTER_EMPTY, { italic: true });
  } else {
    ws.autoFilter = {
      from: { row: REGISTER_HEADER_ROW, column: 1 },
      to: { row: REGISTER_HEADER_ROW + data.rows.length, column: last },
    };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function registerValues(row: RegisterRow, index: number): ExcelJS.CellValue[] {
  const applicant = [
    row.applicantName,
    row.applicantAddress,
    row.applicantPhone && `ĐT: ${row.applicantPhone}`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    index + 1,
    row.code,
    row.procedureName,
    applicant,
    channelLabel(row.channel),
    vietnamWallClock(row.receivedAt),
    row.dueAt ? vietnamWallClock(row.dueAt) : null,
    row.competentAgencyName,
    row.status,
    row.returnedAt ? vietnamWallClock(row.returnedAt) : null,
    row.note,
  ];
}
