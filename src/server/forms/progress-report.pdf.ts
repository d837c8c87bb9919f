import type { Content, Size, TableCell } from 'pdfmake/interfaces.js';
import type { IssuingAgency } from './form-data.js';
import {
  documentHeader,
  documentInfo,
  FONT_SIZE,
  formTitle,
  GRID_LAYOUT,
  pageNumberFooter,
  renderPdf,
} from './pdf.js';
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
import { formatCount, formatPercent } from './vi-format.js';

// Points on A4 landscape (786 pt between the margins): number, unit ("*"), the counts, the rate.
const WIDTHS: Size[] = [22, '*', ...REPORT_COLUMNS.slice(2, -1).map((): Size => 50), 62];

/** A header cell: bold, centred, shaded; `span` says how many rows or columns it covers. */
const head = (text: string, span: { rowSpan?: number; colSpan?: number } = {}): TableCell => ({
  text,
  bold: true,
  alignment: 'center',
  fillColor: '#eeeeee',
  ...span,
});

/**
 * The periodic report of a unit (its agencies one per line, then the total) on A4 landscape: the
 * national heading with the unit as the issuing agency, the title and period, then the table
 * with its two header rows repeated on every page. The same data as the workbook's.
 */
export async function progressPdf(data: ProgressReportData): Promise<Buffer> {
  const agency: IssuingAgency = { name: data.unit, parentName: null, place: data.place };
  const body: TableCell[][] = [
    ...headerRows(),
    ...data.lines.map((l, i) => lineCells(l, i)),
    lineCells({ ...data.total, name: REPORT_TOTAL }, null),
  ];

  const content: Content[] = [
    documentHeader(agency, { dateAt: data.generatedAt, agencyWidth: '40%' }),
    formTitle(REPORT_TITLE),
    { text: reportPeriod(data), italics: true, alignment: 'center', margin: [0, -4, 0, 8] },
    {
      table: { headerRows: 2, dontBreakRows: true, widths: WIDTHS, body },
      layout: GRID_LAYOUT,
      fontSize: FONT_SIZE - 1,
    },
  ];

  return renderPdf({
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 24, 28, 30],
    info: documentInfo(REPORT_TITLE, agency, data.generatedAt),
    footer: pageNumberFooter(true),
    content,
  });
}

/**
 * The two header rows: a heading over one column spans both rows, a group's heading spans its
 * columns, whose own labels make the second row. pdfmake wants a placeholder in every cell a
 * span covers.
 */
function headerRows(): TableCell[][] {
  const groups: TableCell[] = [];
  const columns: TableCell[] = [];
  let col = 0;
  for (const [text, span] of REPORT_GROUPS) {
    if (span === 1) {
      groups.push(head(text, { rowSpan: 2 }));
      columns.push('');
    } else {
      groups.push(head(text, { colSpan: span }));
      for (let i = 1; i < span; i++) groups.push('');
      for (let i = 0; i < span; i++) columns.push(head(REPORT_COLUMNS[col + i] ?? ''));
    }
    col += span;
  }
  return [groups, columns];
}

function lineCells(line: ReportLine, index: number | null): TableCell[] {
  const bold = index === null;
  const number = (text: string): TableCell => ({ text, alignment: 'right', bold });
  return [
    { text: index === null ? '' : String(index + 1), alignment: 'center' },
    { text: line.name, bold },
    ...reportCounts(line.counts).map((n) => number(formatCount(n))),
    number(formatPercent(line.onTime)),
  ];
}
