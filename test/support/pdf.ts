import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  size: number[];
  /** The raw extracted text, lines joined by a space, whitespace collapsed; not normalised. */
  text: string;
  hasImage: boolean;
}

export async function readPdf(bytes: Buffer): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // pdfmake writes a line word by word with the spaces kept, so items join with nothing.
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      const ops = await page.getOperatorList();
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pages.push({
        size: [round2(x1 - x0), round2(y1 - y0)],
        text,
        hasImage: ops.fnArray.includes(OPS.paintImageXObject),
      });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** All pages' text, NFC, whitespace collapsed: what a reader of the printed form sees. */
export async function pdfText(bytes: Buffer): Promise<string> {
  return (await readPdf(bytes))
    .map((p) => p.text)
    .join(' ')
    .normalize('NFC');
}
