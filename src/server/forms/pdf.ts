import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import pdfMake from 'pdfmake';
import type {
  Content,
  CustomTableLayout,
  Size,
  TDocumentDefinitions,
  TDocumentInformation,
  TFontDictionary,
} from 'pdfmake/interfaces.js';
import { toNfc } from '../text/nfc.js';
import type { IssuingAgency } from './form-data.js';
import { parseInstant, placeAndDate } from './vi-format.js';

/**
 * The one pdfmake printer of the server and the pieces every official form shares: the national
 * header, the place-and-date line, the signature block. Layout follows the conventions of
 * administrative documents (Decree 30/2020): agency top left, national motto top right.
 */

const require = createRequire(import.meta.url);
// pdfmake ships Roboto as TTF files with a descriptor of their absolute paths: no vfs, no network.
const ROBOTO = require('pdfmake/fonts/Roboto.js') as TFontDictionary;
const FONT_DIR = dirname(require.resolve('pdfmake/fonts/Roboto.js')) + sep;

pdfMake.setFonts(ROBOTO);
// Forms embed their images as data URLs; nothing is fetched and only the fonts are read from disk.
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));

export const FONT_SIZE = 9.5;

/** Thin grid with tight padding, for the small tables of the forms and the register. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * Renders a definition to PDF bytes. Every string is normalised to NFC first, and the creation
 * date is taken from the definition's `info` so the same data gives the same bytes.
 */
export async function renderPdf(docDefinition: TDocumentDefinitions): Promise<Buffer> {
  const doc = toNfc({
    language: 'vi-VN',
    ...docDefinition,
    defaultStyle: {
      font: 'Roboto',
      fontSize: FONT_SIZE,
      lineHeight: 1.1,
      ...docDefinition.defaultStyle,
    },
    info: { creator: 'motcua', producer: 'motcua (pdfmake)', ...docDefinition.info },
  });
  return pdfMake.createPdf(doc).getBuffer();
}

/** Metadata with a creation date taken from the data, which keeps the output deterministic. */
export function documentInfo(
  title: string,
  agency: IssuingAgency,
  at: string,
): TDocumentInformation {
  const date = parseInstant(at);
  return { title, author: agency.name, subject: title, creationDate: date, modDate: date };
}

export interface HeaderOptions {
  /** The document's number, printed as "Số: …" under the agency. */
  reference?: string | null;
  /** The instant printed as "Bắc Ninh, ngày … tháng … năm …". */
  dateAt?: string | null;
  /** Width of the agency column; the rest goes to the national motto. */
  agencyWidth?: Size;
}

/**
 * The two-column head of an administrative document: the issuing agency (its parent above it,
 * both upper case, the agency bold) on the left, the national name and motto on the right, each
 * with a short rule under it, then the document number and the place-and-date line.
 */
export function documentHeader(agency: IssuingAgency, options: HeaderOptions = {}): Content {
  const left: Content[] = [];
  if (agency.parentName) left.push({ text: agency.parentName.toUpperCase() });
  left.push({ text: agency.name.toUpperCase(), bold: true }, centredRule(60));
  if (options.reference) left.push({ text: `Số: ${options.reference}`, margin: [0, 4, 0, 0] });

  const right: Content[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
    centredRule(110),
  ];
  if (options.dateAt) right.push(placeAndDateLine(agency, options.dateAt));

  return {
    columns: [
      { width: options.agencyWidth ?? '46%', stack: left, alignment: 'center' },
      { width: '*', stack: right, alignment: 'center' },
    ],
    columnGap: 6,
    fontSize: 8.5,
    margin: [0, 0, 0, 8],
  };
}

export function placeAndDateLine(agency: IssuingAgency, at: string): Content {
  return {
    text: placeAndDate(agency.place, at),
    italics: true,
    alignment: 'center',
    margin: [0, 4, 0, 0],
  };
}

/** A short horizontal rule centred in its column, as under the agency name and the motto. */
function centredRule(width: number): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width,
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
      },
      { width: '*', text: '' },
    ],
    margin: [0, 3, 0, 0],
  };
}

export function formTitle(title: string, subtitle?: string | null): Content {
  const stack: Content[] = [{ text: title, bold: true, fontSize: FONT_SIZE + 2 }];
  if (subtitle) stack.push({ text: subtitle, bold: true, margin: [0, 2, 0, 0] });
  return { stack, alignment: 'center', margin: [0, 4, 0, 8] };
}

/** "Label: value", the label plain and the value as given; nothing when the value is empty. */
export function field(label: string, value: string | null | undefined, bold = false): Content[] {
  if (value === null || value === undefined || value.trim() === '') return [];
  return [{ text: [`${label}: `, { text: value, bold }], margin: [0, 0, 0, 2] }];
}

export interface SignatureOptions {
  /** The line under the title, "(Ký, ghi rõ họ tên)" by default. */
  hint?: string;
  /** Printed at the foot of the block; left blank for a signature by hand. */
  name?: string | null;
}

/** A titled signature column with room to sign, centred in whatever column holds it. */
export function signatureBlock(title: string, options: SignatureOptions = {}): Content {
  return {
    stack: [
      { text: title.toUpperCase(), bold: true },
      { text: options.hint ?? '(Ký, ghi rõ họ tên)', italics: true, fontSize: FONT_SIZE - 1 },
      { text: options.name ?? ' ', bold: true, margin: [0, 34, 0, 0] },
    ],
    alignment: 'center',
    unbreakable: true,
  };
}

/** "Trang 2/3" at the foot, printed only when a document runs over one page. */
export function pageNumberFooter(alwaysShow = false) {
  return (currentPage: number, pageCount: number): Content =>
    alwaysShow || pageCount > 1
      ? {
          text: `Trang ${currentPage}/${pageCount}`,
          alignment: 'right',
          fontSize: FONT_SIZE - 2,
          margin: [0, 8, 28, 0],
        }
      : '';
}

/** A5 portrait, the size of the counter's forms, with margins in proportion to A4's. */
export const A5_PAGE = {
  pageSize: 'A5',
  pageOrientation: 'portrait',
  pageMargins: [36, 28, 28, 32],
} satisfies Partial<TDocumentDefinitions>;

/**
 * "1. …", "2. …" with a hanging indent. Laid out as columns rather than pdfmake's `ol`, whose
 * markers are written after the text and so come out after it when the PDF is read or searched.
 * An empty list says so rather than printing nothing.
 */
export function numberedList(items: Content[]): Content {
  if (items.length === 0)
    return { text: '(Không có nội dung)', italics: true, margin: [6, 0, 0, 4] };
  return {
    stack: items.map((item, i) => ({
      columns: [
        { width: 14, text: `${i + 1}.` },
        { width: '*', stack: [item] },
      ],
      columnGap: 2,
    })),
    margin: [6, 0, 0, 4],
  };
}
