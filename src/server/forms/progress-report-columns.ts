import { formatLocalDate } from './vi-format.js';

/**
 * The periodic progress report's data, title, period line and columns, shared by the PDF and the
 * workbook so that the two never drift apart.
 */

/** One line of the report: a unit (with the agencies under it) and its figures. */
export interface ReportLine {
  name: string;
  counts: {
    counted: number;
    carried: number;
    received: number;
    finishedEarly: number;
    finishedOnTime: number;
    finishedLate: number;
    openOnTime: number;
    openLate: number;
  };
  onTime: number | null;
}

export interface ProgressReportData {
  unit: string;
  from: string;
  to: string;
  /** The last day counted (today for a period not yet over). */
  countedTo: string | null;
  place: string;
  generatedAt: string;
  lines: ReportLine[];
  total: ReportLine;
}

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
export const REPORT_TOTAL = 'Tổng cộng';

type CountKey = keyof ReportLine['counts'];

/** The count columns, grouped under their common heading, each with the figure it shows. */
const COUNT_GROUPS: { label: string; columns: [label: string, key: CountKey][] }[] = [
  {
    label: 'Số hồ sơ nhận giải quyết',
    columns: [
      ['Tổng số', 'counted'],
      ['Từ kỳ trước', 'carried'],
      ['Trong kỳ', 'received'],
    ],
  },
  {
    label: 'Số hồ sơ đã giải quyết',
    columns: [
      ['Trước hạn', 'finishedEarly'],
      ['Đúng hạn', 'finishedOnTime'],
      ['Quá hạn', 'finishedLate'],
    ],
  },
  {
    label: 'Số hồ sơ đang giải quyết',
    columns: [
      ['Trong hạn', 'openOnTime'],
      ['Quá hạn', 'openLate'],
    ],
  },
];
const COUNT_KEYS = COUNT_GROUPS.flatMap((g) => g.columns.map(([, key]) => key));

/**
 * The first header row: each heading with the number of columns it spans. A heading over one
 * column takes both header rows. The order is that of a line's cells: number, name, the counts
 * of `reportCounts`, the on-time rate.
 */
export const REPORT_GROUPS: readonly (readonly [label: string, span: number])[] = [
  ['STT', 1],
  ['Đơn vị', 1],
  ...COUNT_GROUPS.map((g) => [g.label, g.columns.length] as const),
  ['Tỷ lệ đúng hạn (chỉ số 2.1)', 1],
];

/** The second header row, column by column: empty under a heading that takes both rows. */
export const REPORT_COLUMNS: readonly string[] = [
  '',
  '',
  ...COUNT_GROUPS.flatMap((g) => g.columns.map(([label]) => label)),
  '',
];

/** A line's counts in the order of the count columns. */
export function reportCounts(counts: ReportLine['counts']): number[] {
  return COUNT_KEYS.map((key) => counts[key]);
}

/**
 * "Kỳ báo cáo: từ ngày 01/11/2026 đến ngày 30/11/2026", and the last day counted when the period
 * is not over.
 */
export function reportPeriod(data: Pick<ProgressReportData, 'from' | 'to' | 'countedTo'>): string {
  const counted =
    data.countedTo && data.countedTo !== data.to
      ? ` (số liệu tính đến hết ngày ${formatLocalDate(data.countedTo)})`
      : '';
  return `Kỳ báo cáo: từ ngày ${formatLocalDate(data.from)} đến ngày ${formatLocalDate(data.to)}${counted}`;
}
