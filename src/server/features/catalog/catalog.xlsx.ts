import ExcelJS from 'exceljs';
import { ROLE_LABELS, ROLES } from '../../../domain/access/roles.js';
import { UNITS } from '../../../domain/calendar/deadline.js';
import {
  APPLICANT_TYPES,
  type CatalogDocument,
  CHANNELS,
  LEVELS,
  NATIONAL_STATUSES,
  ONLINE_LEVELS,
} from '../../../domain/catalog/procedure.js';

/**
 * The catalog interchange document (`motcua.catalog/1`) as an Excel workbook: one sheet per
 * concept, Vietnamese headers in row 1, the machine key of each column in the hidden row 2, data
 * from row 3. The layout, the codes and the import rules are in docs/catalog-import.md.
 *
 * Reading never throws for bad input and does not validate the document as a whole: it reports
 * what is wrong with single cells (a number that is not a number, a boolean that is not Có/Không,
 * a row of an unknown procedure, a missing sheet or column) and returns a plain object shaped like
 * `CatalogDocumentInput`, which the caller validates with `CatalogDocument.safeParse`. `rowOf`
 * maps the path of a zod issue on that object back to the sheet, row and column it came from.
 */

export const MAX_XLSX_BYTES = 10 * 1024 * 1024;
const FORMAT = 'motcua.catalog/1';
const YES = 'Có';
const NO = 'Không';

export interface XlsxProblem {
  sheet: string;
  /** 1-based row of the sheet; 0 for the file or a whole sheet. */
  row: number;
  /** The machine key of the column (e.g. `amountVnd`), or 'file', or '' for a whole sheet. */
  field: string;
  /** In Vietnamese, for the person who filled the workbook. */
  reason: string;
}

export interface XlsxPosition {
  sheet: string;
  row: number;
  field: string;
}

// ————————————————————————————————————————————————————————————————— layout

type Kind = 'text' | 'code' | 'list' | 'int' | 'number' | 'bool' | 'date';

interface Column {
  key: string;
  header: string;
  kind: Kind;
  width: number;
  /** Codes accepted in the column (shown in the header's note and as a drop-down). */
  codes?: readonly string[];
}

interface SheetSpec {
  name: string;
  columns: readonly Column[];
}

const col = (
  key: string,
  header: string,
  kind: Kind,
  width: number,
  codes?: readonly string[],
): Column => (codes ? { key, header, kind, width, codes } : { key, header, kind, width });

const CODE = col('nationalCode', 'Mã thủ tục', 'text', 16);
const BOOL = [YES, NO] as const;

export const SHEETS = {
  procedures: {
    name: 'Thủ tục',
    columns: [
      CODE,
      col('validFrom', 'Áp dụng từ ngày', 'date', 14),
      col('name', 'Tên thủ tục', 'text', 50),
      col('field', 'Lĩnh vực', 'text', 20),
      col('level', 'Cấp thực hiện', 'code', 12, LEVELS),
      col('competentAgencyKind', 'Loại cơ quan có thẩm quyền', 'code', 14, ['commune', 'agency']),
      col('competentAgencyId', 'Mã cơ quan có thẩm quyền', 'text', 38),
      col('coordinatingAgencies', 'Cơ quan phối hợp', 'list', 30),
      col('timeLimitAmount', 'Thời hạn giải quyết', 'int', 12),
      col('timeLimitUnit', 'Đơn vị thời hạn', 'code', 14, UNITS),
      col('steps', 'Trình tự thực hiện', 'list', 60),
      col('applicantTypes', 'Đối tượng thực hiện', 'list', 22, APPLICANT_TYPES),
      col('conditions', 'Yêu cầu, điều kiện', 'text', 40),
      col('onlineLevel', 'Mức độ trực tuyến', 'code', 12, ONLINE_LEVELS),
      col('eligibleFullyOnline', 'Đủ điều kiện trực tuyến toàn trình', 'bool', 14, BOOL),
      col('postalAllowed', 'Tiếp nhận qua bưu chính', 'bool', 12, BOOL),
      col('boundaryFree', 'Không phụ thuộc địa giới hành chính', 'bool', 14, BOOL),
      col('nationalStatus', 'Tình trạng công bố', 'code', 18, NATIONAL_STATUSES),
      col('publicationDecisionNumber', 'Số quyết định công bố', 'text', 20),
      col('publicationSignedOn', 'Ngày ký quyết định công bố', 'date', 14),
      col('interAgencyLeadId', 'Cơ quan chủ trì liên thông', 'text', 38),
    ],
  },
  ways: {
    name: 'Cách thức',
    columns: [
      CODE,
      col('channel', 'Cách thức nộp', 'code', 12, CHANNELS),
      col('amount', 'Thời hạn', 'int', 10),
      col('unit', 'Đơn vị thời hạn', 'code', 14, UNITS),
      col('description', 'Mô tả', 'text', 50),
    ],
  },
  fees: {
    name: 'Phí lệ phí',
    columns: [
      CODE,
      col('channel', 'Cách thức nộp', 'code', 12, CHANNELS),
      col('kind', 'Loại', 'code', 10, ['phi', 'le_phi']),
      col('name', 'Tên phí, lệ phí', 'text', 40),
      col('amountVnd', 'Mức thu (đồng)', 'int', 14),
      col('note', 'Ghi chú', 'text', 40),
    ],
  },
  components: {
    name: 'Thành phần hồ sơ',
    columns: [
      CODE,
      col('order', 'Thứ tự', 'int', 8),
      col('name', 'Tên giấy tờ', 'text', 50),
      col('originals', 'Số bản chính', 'int', 10),
      col('copies', 'Số bản sao', 'int', 10),
      col('mandatory', 'Bắt buộc', 'bool', 10, BOOL),
      col('documentTypeCode', 'Mã loại giấy tờ', 'text', 14),
      col('formName', 'Tên mẫu đơn, tờ khai', 'text', 30),
      col('formUrl', 'Đường dẫn mẫu đơn, tờ khai', 'text', 30),
      col('note', 'Ghi chú', 'text', 30),
    ],
  },
  results: {
    name: 'Kết quả',
    columns: [
      CODE,
      col('name', 'Tên kết quả', 'text', 50),
      col('resultTypeCode', 'Mã loại kết quả', 'text', 14),
    ],
  },
  legalBases: {
    name: 'Căn cứ pháp lý',
    columns: [
      CODE,
      col('number', 'Số ký hiệu', 'text', 20),
      col('title', 'Trích yếu', 'text', 60),
      col('issuedOn', 'Ngày ban hành', 'date', 14),
    ],
  },
  interAgency: {
    name: 'Liên thông',
    columns: [
      CODE,
      col('order', 'Thứ tự', 'int', 8),
      col('agencyId', 'Mã cơ quan', 'text', 38),
      col('amount', 'Thời hạn', 'int', 10),
      col('unit', 'Đơn vị thời hạn', 'code', 14, UNITS),
    ],
  },
  processes: {
    name: 'Quy trình nội bộ',
    columns: [
      CODE,
      col('processAgencyId', 'Cơ quan áp dụng quy trình', 'text', 38),
      col('order', 'Thứ tự bước', 'int', 8),
      col('name', 'Tên bước', 'text', 40),
      col('role', 'Vai trò', 'code', 18, ROLES),
      col('agencyId', 'Cơ quan thực hiện bước', 'text', 38),
      col('budget', 'Thời gian (đơn vị của thời hạn)', 'number', 14),
    ],
  },
} as const satisfies Record<string, SheetSpec>;

type SheetId = keyof typeof SHEETS;
type Cell = string | number | null | undefined;
type RowOut = Record<string, Cell>;

const GUIDE_SHEET = 'Hướng dẫn';
const FIRST_DATA_ROW = 3;
/** Rows below the data that still get the drop-downs, for rows typed in by hand. */
const SPARE_ROWS = 200;

const CODE_MEANINGS: Record<string, Record<string, string>> = {
  level: { province: 'Cấp tỉnh', commune: 'Cấp xã', central: 'Trung ương' },
  competentAgencyKind: {
    commune: 'Ủy ban nhân dân cấp xã nơi nộp hồ sơ (để trống mã cơ quan)',
    agency: 'Cơ quan có mã ở cột "Mã cơ quan có thẩm quyền"',
  },
  unit: {
    working_hours: 'giờ làm việc',
    working_days: 'ngày làm việc',
    days: 'ngày (ngày lịch, theo Bộ luật Dân sự)',
    months: 'tháng',
    hours: 'giờ (giờ đồng hồ)',
  },
  channel: { counter: 'Trực tiếp', online: 'Trực tuyến', post: 'Qua dịch vụ bưu chính' },
  onlineLevel: { full: 'Toàn trình', partial: 'Một phần', none: 'Không có' },
  nationalStatus: {
    published: 'Đã công bố',
    published_amended: 'Công bố sửa đổi, bổ sung',
    abolished: 'Bãi bỏ',
  },
  applicantTypes: {
    citizen: 'Công dân Việt Nam',
    organisation: 'Tổ chức',
    business: 'Doanh nghiệp',
    foreigner: 'Người nước ngoài',
    agency: 'Cơ quan nhà nước',
  },
  kind: { phi: 'Phí', le_phi: 'Lệ phí' },
  role: Object.fromEntries(ROLES.map((r) => [r, ROLE_LABELS[r].vi])),
  boolean: { [YES]: 'Đúng / có', [NO]: 'Sai / không' },
};
CODE_MEANINGS.timeLimitUnit = CODE_MEANINGS.unit ?? {};

// ————————————————————————————————————————————————————————————————— writing

const yesNo = (b: boolean): string => (b ? YES : NO);

/** The document as a workbook (.xlsx), one sheet per concept; see docs/catalog-import.md. */
export async function workbookFromDocument(doc: CatalogDocument): Promise<Buffer> {
  const rows: Record<SheetId, RowOut[]> = {
    procedures: [],
    ways: [],
    fees: [],
    components: [],
    results: [],
    legalBases: [],
    interAgency: [],
    processes: [],
  };
  for (const p of doc.procedures) {
    const c = p.content;
    const nationalCode = p.nationalCode;
    rows.procedures.push({
      nationalCode,
      validFrom: p.validFrom,
      name: c.name,
      field: c.field,
      level: c.level,
      competentAgencyKind: c.competentAgency.kind,
      competentAgencyId: c.competentAgency.kind === 'agency' ? c.competentAgency.agencyId : null,
      coordinatingAgencies: (c.coordinatingAgencies ?? []).join('; '),
      timeLimitAmount: c.timeLimit.amount,
      timeLimitUnit: c.timeLimit.unit,
      steps: c.steps.join('\n'),
      applicantTypes: c.applicantTypes.join('; '),
      conditions: c.conditions,
      onlineLevel: c.onlineLevel,
      eligibleFullyOnline: yesNo(c.eligibleFullyOnline),
      postalAllowed: yesNo(c.postalAllowed),
      boundaryFree: yesNo(c.boundaryFree),
      nationalStatus: c.nationalStatus,
      publicationDecisionNumber: c.publication?.decisionNumber,
      publicationSignedOn: c.publication?.signedOn,
      interAgencyLeadId: c.interAgency?.leadAgencyId,
    });
    for (const w of c.ways) {
      rows.ways.push({
        nationalCode,
        channel: w.channel,
        amount: w.timeLimit.amount,
        unit: w.timeLimit.unit,
        description: w.description,
      });
      for (const f of w.fees ?? []) {
        rows.fees.push({
          nationalCode,
          channel: w.channel,
          kind: f.kind,
          name: f.name,
          amountVnd: f.amountVnd,
          note: f.note,
        });
      }
    }
    c.components.forEach((k, i) => {
      rows.components.push({
        nationalCode,
        order: i + 1,
        name: k.name,
        originals: k.originals,
        copies: k.copies,
        mandatory: yesNo(k.mandatory),
        documentTypeCode: k.documentTypeCode,
        formName: k.form?.name,
        formUrl: k.form?.url,
        note: k.note,
      });
    });
    for (const r of c.results) {
      rows.results.push({ nationalCode, name: r.name, resultTypeCode: r.resultTypeCode });
    }
    for (const l of c.legalBases ?? []) {
      rows.legalBases.push({
        nationalCode,
        number: l.number,
        title: l.title,
        issuedOn: l.issuedOn,
      });
    }
    c.interAgency?.agencies.forEach((a, i) => {
      rows.interAgency.push({
        nationalCode,
        order: i + 1,
        agencyId: a.agencyId,
        amount: a.share.amount,
        unit: a.share.unit,
      });
    });
    for (const process of p.processes ?? []) {
      process.steps.forEach((s, i) => {
        rows.processes.push({
          nationalCode,
          processAgencyId: process.agencyId,
          order: i + 1,
          name: s.name,
          role: s.role,
          agencyId: s.agencyId,
          budget: s.budget,
        });
      });
    }
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  for (const id of Object.keys(SHEETS) as SheetId[]) {
    writeSheet(workbook, SHEETS[id], rows[id]);
  }
  writeGuide(workbook);
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, rows: RowOut[]) {
  const ws = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1, xSplit: 1 }],
  });
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style:
      c.kind === 'int' || c.kind === 'number'
        ? { alignment: { vertical: 'top' } }
        : { numFmt: '@', alignment: { vertical: 'top', wrapText: c.width >= 30 } },
  }));
  const header = ws.getRow(1);
  const keys = ws.getRow(2);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    const meanings = CODE_MEANINGS[c.key];
    const codes = c.codes ?? (meanings ? Object.keys(meanings) : undefined);
    cell.note = [
      `Mã cột: ${c.key}`,
      ...(codes ? codes.map((k) => `${k}: ${meanings?.[k] ?? ''}`.replace(/: $/, '')) : []),
      c.kind === 'date' ? 'Dạng YYYY-MM-DD' : '',
      c.kind === 'list' ? (c.key === 'steps' ? 'Mỗi dòng một bước' : 'Cách nhau bởi "; "') : '',
    ]
      .filter(Boolean)
      .join('\n');
    keys.getCell(i + 1).value = c.key;
  });
  header.height = 45;
  keys.hidden = true;
  for (const r of rows) {
    ws.addRow(spec.columns.map((c) => r[c.key] ?? null));
  }
  const last = FIRST_DATA_ROW + rows.length + SPARE_ROWS - 1;
  spec.columns.forEach((c, i) => {
    if (!c.codes || c.kind === 'list') return;
    for (let r = FIRST_DATA_ROW; r <= last; r++) {
      ws.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.codes.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        error: `Chọn một trong: ${c.codes.join(', ')}`,
      };
    }
  });
}

function writeGuide(workbook: ExcelJS.Workbook) {
  const ws = workbook.addWorksheet(GUIDE_SHEET);
  ws.columns = [{ width: 28 }, { width: 22 }, { width: 60 }];
  ws.addRow([`Danh mục thủ tục hành chính (${FORMAT})`]).font = { bold: true };
  ws.addRow([
    'Mỗi sheet: dòng 1 là tên cột, dòng 2 (ẩn) là mã cột, dữ liệu từ dòng 3. Sheet này không được đọc khi nhập.',
  ]);
  ws.addRow([]);
  ws.addRow(['Cột', 'Mã', 'Ý nghĩa']).font = { bold: true };
  const groups: [string, string][] = [
    ['Cấp thực hiện', 'level'],
    ['Loại cơ quan có thẩm quyền', 'competentAgencyKind'],
    ['Đơn vị thời hạn', 'unit'],
    ['Cách thức nộp', 'channel'],
    ['Mức độ trực tuyến', 'onlineLevel'],
    ['Tình trạng công bố', 'nationalStatus'],
    ['Đối tượng thực hiện', 'applicantTypes'],
    ['Loại phí', 'kind'],
    ['Vai trò', 'role'],
    ['Có / Không', 'boolean'],
  ];
  for (const [label, key] of groups) {
    for (const [code, meaning] of Object.entries(CODE_MEANINGS[key] ?? {})) {
      ws.addRow([label, code, meaning]);
    }
  }
}

// ————————————————————————————————————————————————————————————————— reading

type Raw = string | number | boolean | Date | null;

interface SheetRow {
  row: number;
  cells: Map<string, Raw>;
}

interface ReadSheet {
  spec: SheetSpec;
  rows: SheetRow[];
}

type Json = Record<string, unknown>;

const positionsByDocument = new WeakMap<object, Map<string, XlsxPosition>>();

/** Folds a header or sheet name for matching: no diacritics, no case, single spaces. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function rawOf(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((t) => t.text).join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return rawOf((value as { result?: ExcelJS.CellValue }).result ?? null);
    }
    if ('hyperlink' in value) {
      const link = value as { text?: unknown; hyperlink?: unknown };
      return typeof link.text === 'string' ? link.text : String(link.hyperlink ?? '');
    }
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

const isEmpty = (v: Raw): boolean => v === null || (typeof v === 'string' && v.trim() === '');

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

class Reader {
  readonly problems: XlsxProblem[] = [];
  readonly positions = new Map<string, XlsxPosition>();

  problem(sheet: string, row: number, field: string, reason: string) {
    this.problems.push({ sheet, row, field, reason });
  }

  at(path: readonly (string | number)[], sheet: string, row: number, field: string) {
    this.positions.set(path.join('.'), { sheet, row, field });
  }

  /** Registers `prefix` (default field) and `prefix.<prop>` for each prop → column key. */
  fields(
    prefix: readonly (string | number)[],
    sheet: string,
    row: number,
    byDefault: string,
    props: Record<string, string>,
  ) {
    this.at(prefix, sheet, row, byDefault);
    for (const [prop, key] of Object.entries(props)) this.at([...prefix, prop], sheet, row, key);
  }

  sheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ReadSheet | null {
    const ws = workbook.worksheets.find((w) => fold(w.name) === fold(spec.name));
    if (!ws) {
      this.problem(spec.name, 0, '', `Thiếu sheet "${spec.name}"`);
      return null;
    }
    const byKey = new Map(spec.columns.map((c) => [c.key, c]));
    const byHeader = new Map<string, Column>();
    for (const c of spec.columns) {
      byHeader.set(fold(c.header), c);
      byHeader.set(fold(c.key), c);
    }
    const width = Math.max(ws.getRow(1).cellCount, ws.getRow(2).cellCount, ws.columnCount);
    const text = (r: number, c: number): string => {
      const v = rawOf(ws.getRow(r).getCell(c).value);
      return v === null ? '' : String(v).trim();
    };
    // Row 2 holds the machine keys unless someone deleted it: then data starts at row 2.
    const row2 = Array.from({ length: width }, (_, i) => text(2, i + 1)).filter(Boolean);
    const keyRow = row2.length > 0 && row2.every((k) => byKey.has(k));
    const columnOf = new Map<string, number>();
    for (let c = 1; c <= width; c++) {
      const header = text(1, c);
      const key = keyRow ? text(2, c) : '';
      const column = (key && byKey.get(key)) || (header ? byHeader.get(fold(header)) : undefined);
      if (!column) {
        if (header || key) {
          this.problem(spec.name, 1, header || key, `Cột "${header || key}" không có trong mẫu`);
        }
        continue;
      }
      if (columnOf.has(column.key)) {
        this.problem(spec.name, 1, column.key, `Cột "${column.header}" xuất hiện hai lần`);
        continue;
      }
      columnOf.set(column.key, c);
    }
    for (const c of spec.columns) {
      if (!columnOf.has(c.key)) this.problem(spec.name, 1, c.key, `Thiếu cột "${c.header}"`);
    }
    const rows: SheetRow[] = [];
    const first = keyRow ? FIRST_DATA_ROW : 2;
    for (let r = first; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells = new Map<string, Raw>();
      let any = false;
      for (const [key, c] of columnOf) {
        const v = rawOf(row.getCell(c).value);
        cells.set(key, v);
        if (!isEmpty(v)) any = true;
      }
      if (any) rows.push({ row: r, cells });
    }
    return { spec, rows };
  }

  private header(spec: SheetSpec, key: string): string {
    return spec.columns.find((c) => c.key === key)?.header ?? key;
  }

  /** Text, or undefined when empty. Numbers and dates typed into a text column become text. */
  text(r: SheetRow, key: string): string | undefined {
    const v = r.cells.get(key) ?? null;
    if (isEmpty(v)) return undefined;
    if (v instanceof Date) return isoDate(v);
    if (typeof v === 'boolean') return v ? YES : NO;
    if (typeof v === 'number' && key === 'nationalCode' && v >= 1 && v < 4) {
      return v.toFixed(6); // 1.00119 was typed as 1.001190 into a general cell
    }
    return String(v);
  }

  /** Empty → undefined; text split on `separator`, parts trimmed, empty parts dropped. */
  list(r: SheetRow, key: string, separator: RegExp): string[] {
    const v = this.text(r, key);
    if (v === undefined) return [];
    return v
      .split(separator)
      .map((x) => x.trim())
      .filter(Boolean);
  }

  /** A number; text that is not a number is reported and returned as is for the caller to see. */
  number(s: ReadSheet, r: SheetRow, key: string): number | string | undefined {
    const v = r.cells.get(key) ?? null;
    if (isEmpty(v)) return undefined;
    if (typeof v === 'number') return v;
    const t = String(v instanceof Date ? isoDate(v) : v).trim();
    const compact = t.replace(/[\s\u00a0]/g, '');
    if (/^[+-]?\d+([.,]\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
    this.problem(
      s.spec.name,
      r.row,
      key,
      `Cột "${this.header(s.spec, key)}": "${t}" không phải là số`,
    );
    return t;
  }

  bool(s: ReadSheet, r: SheetRow, key: string): boolean | string | undefined {
    const v = r.cells.get(key) ?? null;
    if (isEmpty(v)) return undefined;
    if (typeof v === 'boolean') return v;
    const t = String(v).trim();
    const f = fold(t);
    if (f === fold(YES)) return true;
    if (f === fold(NO)) return false;
    this.problem(
      s.spec.name,
      r.row,
      key,
      `Cột "${this.header(s.spec, key)}": "${t}" phải là "${YES}" hoặc "${NO}"`,
    );
    return t;
  }

  /** YYYY-MM-DD text; a date cell or DD/MM/YYYY text is converted, anything else kept as is. */
  date(r: SheetRow, key: string): string | undefined {
    const v = r.cells.get(key) ?? null;
    if (isEmpty(v)) return undefined;
    if (v instanceof Date) return isoDate(v);
    const t = String(v).trim();
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (vn) return `${vn[3]}-${vn[2]?.padStart(2, '0')}-${vn[1]?.padStart(2, '0')}`;
    return t;
  }
}

interface Draft {
  code: string;
  index: number;
  row: number;
  entry: Json;
  content: Json;
  ways: { channel: string | undefined; way: Json; row: number }[];
  leadId: string | undefined;
}

/**
 * Reads a workbook written by `workbookFromDocument` (or filled by hand in its layout) into a
 * plain object shaped like `CatalogDocumentInput`, with the problems found in single cells.
 * Never throws for bad input.
 */
export async function documentFromWorkbook(
  buffer: Buffer,
): Promise<{ document: unknown; problems: XlsxProblem[] }> {
  const empty = () => ({ format: FORMAT, procedures: [] });
  if (!(buffer instanceof Uint8Array)) {
    return { document: empty(), problems: [fileProblem('Tệp không phải Excel (.xlsx) hợp lệ')] };
  }
  if (buffer.byteLength > MAX_XLSX_BYTES) {
    return { document: empty(), problems: [fileProblem('Tệp Excel vượt quá 10 MB')] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // An xlsx file is a zip archive: "PK\x03\x04".
    if (buffer[0] !== 0x50 || buffer[1] !== 0x4b) throw new Error('not a zip');
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    if (workbook.worksheets.length === 0) throw new Error('no sheets');
  } catch {
    return { document: empty(), problems: [fileProblem('Tệp không phải Excel (.xlsx) hợp lệ')] };
  }
  try {
    return read(workbook);
  } catch {
    // A workbook exceljs can open but not walk: still bad input, never a crash.
    return { document: empty(), problems: [fileProblem('Tệp không phải Excel (.xlsx) hợp lệ')] };
  }
}

function fileProblem(reason: string): XlsxProblem {
  return { sheet: '', row: 0, field: 'file', reason };
}

function read(workbook: ExcelJS.Workbook): { document: unknown; problems: XlsxProblem[] } {
  const x = new Reader();
  const sheets = {} as Record<SheetId, ReadSheet | null>;
  for (const id of Object.keys(SHEETS) as SheetId[]) sheets[id] = x.sheet(workbook, SHEETS[id]);

  const procedures: Json[] = [];
  const document = { format: FORMAT, procedures };
  positionsByDocument.set(document, x.positions);
  const main = sheets.procedures;
  if (!main) return { document, problems: x.problems };

  const P = SHEETS.procedures.name;
  const drafts = new Map<string, Draft>();
  for (const r of main.rows) {
    const code = x.text(r, 'nationalCode')?.trim();
    if (!code) {
      x.problem(P, r.row, 'nationalCode', 'Thiếu mã thủ tục');
      continue;
    }
    const seen = drafts.get(code);
    if (seen) {
      x.problem(P, r.row, 'nationalCode', `Mã thủ tục ${code} trùng với dòng ${seen.row}`);
      continue;
    }
    const kind = x.text(r, 'competentAgencyKind')?.trim();
    const agencyId = x.text(r, 'competentAgencyId')?.trim();
    const decisionNumber = x.text(r, 'publicationDecisionNumber');
    const signedOn = x.date(r, 'publicationSignedOn');
    const conditions = x.text(r, 'conditions');
    const content: Json = {
      name: x.text(r, 'name'),
      field: x.text(r, 'field'),
      level: x.text(r, 'level')?.trim(),
      competentAgency:
        agencyId !== undefined || kind === 'agency' ? { kind, agencyId } : { kind: kind },
      coordinatingAgencies: x.list(r, 'coordinatingAgencies', /;/),
      timeLimit: {
        amount: x.number(main, r, 'timeLimitAmount'),
        unit: x.text(r, 'timeLimitUnit')?.trim(),
      },
      ways: [],
      steps: x.list(r, 'steps', /\r?\n/),
      components: [],
      results: [],
      applicantTypes: x.list(r, 'applicantTypes', /[;,\n]/),
      conditions: conditions ?? null,
      legalBases: [],
      publication:
        decisionNumber === undefined && signedOn === undefined
          ? null
          : { decisionNumber, signedOn },
      onlineLevel: x.text(r, 'onlineLevel')?.trim(),
      eligibleFullyOnline: x.bool(main, r, 'eligibleFullyOnline'),
      postalAllowed: x.bool(main, r, 'postalAllowed'),
      boundaryFree: x.bool(main, r, 'boundaryFree'),
      interAgency: null,
      nationalStatus: x.text(r, 'nationalStatus')?.trim(),
    };
    const entry: Json = { nationalCode: code, content, processes: [] };
    const validFrom = x.date(r, 'validFrom');
    if (validFrom !== undefined) entry.validFrom = validFrom;
    const index = procedures.length;
    procedures.push(entry);
    const leadId = x.text(r, 'interAgencyLeadId')?.trim();
    drafts.set(code, { code, index, row: r.row, entry, content, ways: [], leadId });

    const base = ['procedures', index];
    x.fields(base, P, r.row, 'nationalCode', {
      nationalCode: 'nationalCode',
      validFrom: 'validFrom',
    });
    const c = [...base, 'content'];
    x.fields(c, P, r.row, 'name', {
      name: 'name',
      field: 'field',
      level: 'level',
      competentAgency: 'competentAgencyKind',
      coordinatingAgencies: 'coordinatingAgencies',
      timeLimit: 'timeLimitAmount',
      ways: 'nationalCode',
      steps: 'steps',
      components: 'nationalCode',
      results: 'nationalCode',
      applicantTypes: 'applicantTypes',
      conditions: 'conditions',
      legalBases: 'nationalCode',
      publication: 'publicationDecisionNumber',
      onlineLevel: 'onlineLevel',
      eligibleFullyOnline: 'eligibleFullyOnline',
      postalAllowed: 'postalAllowed',
      boundaryFree: 'boundaryFree',
      interAgency: 'interAgencyLeadId',
      nationalStatus: 'nationalStatus',
    });
    x.fields([...c, 'competentAgency'], P, r.row, 'competentAgencyKind', {
      kind: 'competentAgencyKind',
      agencyId: 'competentAgencyId',
    });
    x.fields([...c, 'timeLimit'], P, r.row, 'timeLimitAmount', {
      amount: 'timeLimitAmount',
      unit: 'timeLimitUnit',
    });
    x.fields([...c, 'publication'], P, r.row, 'publicationDecisionNumber', {
      decisionNumber: 'publicationDecisionNumber',
      signedOn: 'publicationSignedOn',
    });
    x.fields([...c, 'interAgency'], P, r.row, 'interAgencyLeadId', {
      leadAgencyId: 'interAgencyLeadId',
      agencies: 'interAgencyLeadId',
    });
    x.at([...base, 'processes'], P, r.row, 'nationalCode');
  }

  /** The procedure a child row belongs to, or a problem. */
  const owner = (s: ReadSheet, r: SheetRow): Draft | undefined => {
    const code = x.text(r, 'nationalCode')?.trim();
    if (!code) {
      x.problem(s.spec.name, r.row, 'nationalCode', 'Thiếu mã thủ tục');
      return undefined;
    }
    const d = drafts.get(code);
    if (!d) {
      x.problem(
        s.spec.name,
        r.row,
        'nationalCode',
        `Mã thủ tục ${code} không có trong sheet "${P}"`,
      );
    }
    return d;
  };
  const contentPath = (d: Draft) => ['procedures', d.index, 'content'];
  const push = (d: Draft, prop: string, value: unknown): number => {
    const list = d.content[prop] as unknown[];
    list.push(value);
    return list.length - 1;
  };

  const ways = sheets.ways;
  if (ways) {
    const W = ways.spec.name;
    for (const r of ways.rows) {
      const d = owner(ways, r);
      if (!d) continue;
      const description = x.text(r, 'description');
      const channel = x.text(r, 'channel')?.trim();
      const way: Json = {
        channel,
        timeLimit: { amount: x.number(ways, r, 'amount'), unit: x.text(r, 'unit')?.trim() },
        fees: [],
      };
      if (description !== undefined) way.description = description;
      const i = push(d, 'ways', way);
      d.ways.push({ channel, way, row: r.row });
      const p = [...contentPath(d), 'ways', i];
      if (i === 0) x.at([...contentPath(d), 'ways'], W, r.row, 'channel');
      x.fields(p, W, r.row, 'channel', {
        channel: 'channel',
        timeLimit: 'amount',
        description: 'description',
        fees: 'channel',
      });
      x.fields([...p, 'timeLimit'], W, r.row, 'amount', { amount: 'amount', unit: 'unit' });
    }
  }

  const fees = sheets.fees;
  if (fees) {
    const F = fees.spec.name;
    for (const r of fees.rows) {
      const d = owner(fees, r);
      if (!d) continue;
      const channel = x.text(r, 'channel')?.trim();
      const wayIndex = d.ways.findIndex((w) => w.channel === channel);
      const way = d.ways[wayIndex];
      if (!way) {
        x.problem(
          F,
          r.row,
          'channel',
          `Thủ tục ${d.code} không có cách thức "${channel ?? ''}" trong sheet "${SHEETS.ways.name}"`,
        );
        continue;
      }
      const note = x.text(r, 'note');
      const fee: Json = {
        kind: x.text(r, 'kind')?.trim(),
        name: x.text(r, 'name'),
        amountVnd: x.number(fees, r, 'amountVnd'),
      };
      if (note !== undefined) fee.note = note;
      const list = way.way.fees as unknown[];
      list.push(fee);
      const p = [...contentPath(d), 'ways', wayIndex, 'fees'];
      if (list.length === 1) x.at(p, F, r.row, 'name');
      x.fields([...p, list.length - 1], F, r.row, 'name', {
        kind: 'kind',
        name: 'name',
        amountVnd: 'amountVnd',
        note: 'note',
      });
    }
  }

  const components = sheets.components;
  if (components) {
    const C = components.spec.name;
    for (const [d, rs] of ordered(x, components, owner)) {
      for (const r of rs) {
        const documentTypeCode = x.text(r, 'documentTypeCode')?.trim();
        const formName = x.text(r, 'formName');
        const formUrl = x.text(r, 'formUrl')?.trim();
        const note = x.text(r, 'note');
        const component: Json = {
          name: x.text(r, 'name'),
          originals: x.number(components, r, 'originals'),
          copies: x.number(components, r, 'copies'),
          mandatory: x.bool(components, r, 'mandatory'),
          documentTypeCode: documentTypeCode ?? null,
          form:
            formName === undefined && formUrl === undefined
              ? null
              : { name: formName, url: formUrl ?? null },
        };
        if (note !== undefined) component.note = note;
        const i = push(d, 'components', component);
        const p = [...contentPath(d), 'components', i];
        if (i === 0) x.at([...contentPath(d), 'components'], C, r.row, 'name');
        x.fields(p, C, r.row, 'name', {
          name: 'name',
          originals: 'originals',
          copies: 'copies',
          mandatory: 'mandatory',
          documentTypeCode: 'documentTypeCode',
          form: 'formName',
          note: 'note',
        });
        x.fields([...p, 'form'], C, r.row, 'formName', { name: 'formName', url: 'formUrl' });
      }
    }
  }

  const results = sheets.results;
  if (results) {
    const R = results.spec.name;
    for (const r of results.rows) {
      const d = owner(results, r);
      if (!d) continue;
      const resultTypeCode = x.text(r, 'resultTypeCode')?.trim();
      const i = push(d, 'results', {
        name: x.text(r, 'name'),
        resultTypeCode: resultTypeCode ?? null,
      });
      if (i === 0) x.at([...contentPath(d), 'results'], R, r.row, 'name');
      x.fields([...contentPath(d), 'results', i], R, r.row, 'name', {
        name: 'name',
        resultTypeCode: 'resultTypeCode',
      });
    }
  }

  const legal = sheets.legalBases;
  if (legal) {
    const L = legal.spec.name;
    for (const r of legal.rows) {
      const d = owner(legal, r);
      if (!d) continue;
      const issuedOn = x.date(r, 'issuedOn');
      const basis: Json = { number: x.text(r, 'number'), title: x.text(r, 'title') };
      if (issuedOn !== undefined) basis.issuedOn = issuedOn;
      const i = push(d, 'legalBases', basis);
      if (i === 0) x.at([...contentPath(d), 'legalBases'], L, r.row, 'number');
      x.fields([...contentPath(d), 'legalBases', i], L, r.row, 'number', {
        number: 'number',
        title: 'title',
        issuedOn: 'issuedOn',
      });
    }
  }

  const inter = sheets.interAgency;
  const shares = new Map<Draft, Json[]>();
  if (inter) {
    const I = inter.spec.name;
    for (const [d, rs] of ordered(x, inter, owner)) {
      const list: Json[] = [];
      shares.set(d, list);
      for (const r of rs) {
        list.push({
          agencyId: x.text(r, 'agencyId')?.trim(),
          share: { amount: x.number(inter, r, 'amount'), unit: x.text(r, 'unit')?.trim() },
        });
        const p = [...contentPath(d), 'interAgency', 'agencies'];
        if (list.length === 1) x.at(p, I, r.row, 'amount');
        x.fields([...p, list.length - 1], I, r.row, 'agencyId', {
          agencyId: 'agencyId',
          share: 'amount',
        });
        x.fields([...p, list.length - 1, 'share'], I, r.row, 'amount', {
          amount: 'amount',
          unit: 'unit',
        });
      }
    }
  }
  for (const d of drafts.values()) {
    const agencies = shares.get(d);
    if (d.leadId !== undefined || agencies) {
      d.content.interAgency = { leadAgencyId: d.leadId, agencies: agencies ?? [] };
    }
  }

  const proc = sheets.processes;
  if (proc) {
    const Q = proc.spec.name;
    // One process per (procedure, agency applying it), in order of first appearance.
    const groups = new Map<string, { d: Draft; agencyId: string | undefined; rows: SheetRow[] }>();
    for (const r of proc.rows) {
      const d = owner(proc, r);
      if (!d) continue;
      const agencyId = x.text(r, 'processAgencyId')?.trim();
      const key = `${d.index}\u0000${agencyId ?? ''}`;
      const g = groups.get(key) ?? { d, agencyId, rows: [] };
      g.rows.push(r);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const steps: Json[] = [];
      const processes = g.d.entry.processes as Json[];
      const pi = processes.length;
      processes.push({ agencyId: g.agencyId ?? null, steps });
      const p = ['procedures', g.d.index, 'processes', pi];
      const rows = sortByOrder(x, proc, g.rows);
      const first = rows[0]?.row ?? 0;
      if (pi === 0) x.at(['procedures', g.d.index, 'processes'], Q, first, 'processAgencyId');
      x.fields(p, Q, first, 'processAgencyId', { agencyId: 'processAgencyId', steps: 'budget' });
      for (const r of rows) {
        const agency = x.text(r, 'agencyId')?.trim();
        steps.push({
          name: x.text(r, 'name'),
          role: x.text(r, 'role')?.trim(),
          agencyId: agency ?? null,
          budget: x.number(proc, r, 'budget'),
        });
        x.fields([...p, 'steps', steps.length - 1], Q, r.row, 'name', {
          name: 'name',
          role: 'role',
          agencyId: 'agencyId',
          budget: 'budget',
        });
      }
    }
  }

  return { document, problems: x.problems };
}

/** Rows grouped by procedure (first appearance), each group sorted by its `order` column. */
function ordered(
  x: Reader,
  s: ReadSheet,
  owner: (s: ReadSheet, r: SheetRow) => Draft | undefined,
): [Draft, SheetRow[]][] {
  const groups = new Map<Draft, SheetRow[]>();
  for (const r of s.rows) {
    const d = owner(s, r);
    if (!d) continue;
    const list = groups.get(d) ?? [];
    list.push(r);
    groups.set(d, list);
  }
  return [...groups].map(([d, rows]) => [d, sortByOrder(x, s, rows)]);
}

/** Sorted by `order` (rows without a usable order keep their place at the end); reports repeats. */
function sortByOrder(x: Reader, s: ReadSheet, rows: SheetRow[]): SheetRow[] {
  const seen = new Map<number, number>();
  const keyed = rows.map((r) => {
    const order = x.number(s, r, 'order');
    if (order === undefined) x.problem(s.spec.name, r.row, 'order', 'Thiếu thứ tự');
    if (typeof order === 'number') {
      const before = seen.get(order);
      if (before !== undefined) {
        x.problem(s.spec.name, r.row, 'order', `Thứ tự ${order} trùng với dòng ${before}`);
      } else {
        seen.set(order, r.row);
      }
    }
    return { r, order: typeof order === 'number' ? order : Number.POSITIVE_INFINITY };
  });
  return keyed.sort((a, b) => a.order - b.order || a.r.row - b.r.row).map((k) => k.r);
}

/**
 * Where the value at `path` (a zod issue path on a document returned by `documentFromWorkbook`)
 * came from: the sheet, the 1-based row and the column key. Falls back to the nearest enclosing
 * thing read (a whole way → its row in "Cách thức"); null for other objects or unknown paths.
 */
export function rowOf(document: unknown, path: readonly PropertyKey[]): XlsxPosition | null {
  if (typeof document !== 'object' || document === null) return null;
  const positions = positionsByDocument.get(document);
  if (!positions) return null;
  const parts = path.map((p) => String(p));
  for (let n = parts.length; n > 0; n--) {
    const found = positions.get(parts.slice(0, n).join('.'));
    if (found) return { ...found };
  }
  return null;
}
