import type { Content, Size, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { procedureText } from './applicant.js';
import type { ControlSheetFormData, HandOverParty, HandOverRow } from './form-data.js';
import {
  documentHeader,
  documentInfo,
  FONT_SIZE,
  field,
  formTitle,
  GRID_LAYOUT,
  pageNumberFooter,
  renderPdf,
} from './pdf.js';
import { formatInstantLong, formatInstantShort } from './vi-format.js';

export const CONTROL_TITLE = 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ';
export const CONTROL_HEADERS = [
  'STT',
  'Nội dung giao, nhận',
  'Bên giao',
  'Bên nhận',
  'Thời gian giao, nhận',
  'Hạn xử lý',
  'Kết quả',
  'Ký xác nhận',
] as const;
export const ON_TIME = 'Đúng hạn';
export const LATE = 'Trễ hạn';
export const CONTROL_EMPTY = 'Chưa có lần giao, nhận hồ sơ nào';

// A5 landscape leaves 539 pt between the margins: a table of eight columns needs the width, and
// the sheet still travels with the paper dossier at the size of the other counter forms.
const WIDTHS: Size[] = [16, '*', 90, 90, 50, 50, 36, 58];
const PAGE = {
  pageSize: 'A5',
  pageOrientation: 'landscape',
  pageMargins: [28, 24, 28, 30],
} satisfies Partial<TDocumentDefinitions>;

/**
 * Form 06, the control sheet that goes with the dossier from desk to desk: one row per hand-over,
 * with room for the giver and the taker to sign, and whether each was in time.
 */
export async function controlSheetPdf(data: ControlSheetFormData): Promise<Buffer> {
  const { dossier } = data;
  const head = CONTROL_HEADERS.map(
    (text): TableCell => ({ text, bold: true, alignment: 'center', fillColor: '#eeeeee' }),
  );
  const body: TableCell[][] = [head, ...data.rows.map(rowCells)];
  if (data.rows.length === 0)
    body.push([
      { text: CONTROL_EMPTY, colSpan: head.length, italics: true, alignment: 'center' },
      ...head.slice(1).map(() => ''),
    ]);

  const content: Content[] = [
    // The sheet has no number of its own: it goes with the receipt, whose code it repeats.
    documentHeader(data.agency, { agencyWidth: '40%' }),
    formTitle(CONTROL_TITLE, dossier.code ? `Mã hồ sơ: ${dossier.code}` : null),
    ...field(
      'Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số',
      dossier.code ?? dossier.reference,
    ),
    {
      columns: [
        {
          width: '*',
          stack: [
            ...field('Người nộp hồ sơ', dossier.applicant.name, true),
            ...field('Thủ tục', procedureText(dossier.procedure)),
            ...field('Thời gian tiếp nhận', formatInstantLong(dossier.receivedAt)),
          ],
        },
        {
          width: '*',
          stack: [
            ...field('Cơ quan tiếp nhận', data.receivingAgencyName),
            ...field('Cơ quan giải quyết', data.competentAgencyName),
            ...field('Hẹn trả kết quả', data.dueAt ? formatInstantLong(data.dueAt) : null, true),
          ],
        },
      ],
      columnGap: 8,
      margin: [0, 0, 0, 4],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body },
      layout: GRID_LAYOUT,
      fontSize: FONT_SIZE - 2,
    },
    ...data.notes.map(
      (note): Content => ({
        text: note,
        italics: true,
        fontSize: FONT_SIZE - 1,
        margin: [0, 3, 0, 0],
      }),
    ),
  ];

  return renderPdf({
    ...PAGE,
    info: documentInfo(CONTROL_TITLE, data.agency, data.asOf),
    footer: pageNumberFooter(),
    content,
  });
}

function rowCells(row: HandOverRow, index: number): TableCell[] {
  const what: Content[] = [row.what];
  if (row.note) what.push({ text: `\n${row.note}`, italics: true });
  return [
    { text: String(index + 1), alignment: 'center' },
    { text: what },
    party(row.from),
    party(row.to),
    { text: row.at ? formatInstantShort(row.at) : '', alignment: 'center' },
    { text: row.dueAt ? formatInstantShort(row.dueAt) : '-', alignment: 'center' },
    {
      text: row.onTime === null ? '' : row.onTime ? ON_TIME : LATE,
      alignment: 'center',
      bold: row.onTime === false,
    },
    // Left blank for the giver and the taker to sign; the height gives them room.
    { text: '\n\n\n', fontSize: FONT_SIZE - 2 },
  ];
}

function party(p: HandOverParty): TableCell {
  const runs: Content[] = [];
  if (p.agency) runs.push(p.agency);
  if (p.person) runs.push({ text: `${p.agency ? '\n' : ''}${p.person}`, bold: true });
  return { text: runs.length > 0 ? runs : '' };
}
