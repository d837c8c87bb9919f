import type { Content, Size, TableCell } from 'pdfmake/interfaces.js';
import type { RegisterFormData, RegisterRow } from './form-data.js';
import {
  documentHeader,
  documentInfo,
  FONT_SIZE,
  formTitle,
  GRID_LAYOUT,
  pageNumberFooter,
  renderPdf,
} from './pdf.js';
import { REGISTER_EMPTY, REGISTER_HEADERS, REGISTER_TITLE } from './register-columns.js';
import { channelLabel, formatInstantShort, formatLocalDate } from './vi-format.js';

// Points on A4 landscape (786 pt between the margins); "*" takes what the fixed ones leave.
const WIDTHS: Size[] = [20, 106, '*', 118, 50, 46, 46, 80, 56, 46, 56];

/** Form 07, the register of dossiers over a period, on A4 landscape with its header on every page. */
export async function registerPdf(data: RegisterFormData): Promise<Buffer> {
  const period = `Từ ngày ${formatLocalDate(data.from)} đến ngày ${formatLocalDate(data.to)}`;
  const head = REGISTER_HEADERS.map(
    (text): TableCell => ({ text, bold: true, alignment: 'center', fillColor: '#eeeeee' }),
  );
  const body: TableCell[][] = [head, ...data.rows.map(registerCells)];
  if (data.rows.length === 0) {
    const empty: TableCell = {
      text: REGISTER_EMPTY,
      colSpan: head.length,
      italics: true,
      alignment: 'center',
    };
    body.push([empty, ...head.slice(1).map(() => '')]);
  }

  const content: Content[] = [
    documentHeader(data.agency, { dateAt: data.generatedAt, agencyWidth: '40%' }),
    formTitle(REGISTER_TITLE, period),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body },
      layout: GRID_LAYOUT,
      fontSize: FONT_SIZE - 2,
    },
    { text: `Tổng số: ${data.rows.length} hồ sơ.`, margin: [0, 6, 0, 0] },
  ];

  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 24, 28, 30],
    info: documentInfo(REGISTER_TITLE, data.agency, data.generatedAt),
    footer: pageNumberFooter(true),
    content,
  });
}

function registerCells(row: RegisterRow, index: number): TableCell[] {
  // One text node with inline runs is much cheaper to lay out than a stack per cell.
  const applicant: Content[] = [{ text: row.applicantName, bold: true }];
  if (row.applicantAddress) applicant.push(`\n${row.applicantAddress}`);
  if (row.applicantPhone) applicant.push(`\nĐT: ${row.applicantPhone}`);
  return [
    { text: String(index + 1), alignment: 'center' },
    row.code,
    row.procedureName,
    { text: applicant },
    channelLabel(row.channel),
    formatInstantShort(row.receivedAt),
    row.dueAt ? formatInstantShort(row.dueAt) : '',
    row.competentAgencyName,
    row.status,
    row.returnedAt ? formatInstantShort(row.returnedAt) : '',
    row.note ?? '',
  ];
}
