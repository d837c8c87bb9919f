import type { Content, TableCell } from 'pdfmake/interfaces.js';
import QRCode from 'qrcode';
import { applicantLines, procedureText } from './applicant.js';
import type { ReceiptFormData } from './form-data.js';
import {
  A5_PAGE,
  documentHeader,
  documentInfo,
  FONT_SIZE,
  field,
  formTitle,
  GRID_LAYOUT,
  pageNumberFooter,
  renderPdf,
  signatureBlock,
} from './pdf.js';
import { channelLabel, formatInstantLong, formatVnd } from './vi-format.js';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';
export const QR_CAPTION = 'Quét mã để tra cứu tình trạng hồ sơ';

/** Form 01, handed to the applicant at intake: what was received, what it costs, when to come back. */
export async function receiptPdf(data: ReceiptFormData): Promise<Buffer> {
  // Error level M survives a creased or smudged print; the margin is the quiet zone scanners need.
  const qr = await QRCode.toDataURL(data.lookupUrl, {
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 6,
  });

  const content: Content[] = [
    documentHeader(data.agency, { dateAt: data.receivedAt }),
    formTitle(RECEIPT_TITLE, `Mã hồ sơ: ${data.code}`),
    { text: `${data.agency.name} tiếp nhận hồ sơ của:`, margin: [0, 0, 0, 2] },
    ...applicantLines(data.applicant),
    ...field('Nội dung yêu cầu giải quyết', procedureText(data.procedure), true),
    { text: '1. Thành phần hồ sơ nộp gồm:', margin: [0, 4, 0, 2] },
    componentsTable(data),
    { text: '2. Phí, lệ phí:', margin: [0, 6, 0, 2] },
    ...feeLines(data.fees),
    ...field('3. Thời gian nhận hồ sơ', formatInstantLong(data.receivedAt)),
    ...field('4. Thời gian trả kết quả giải quyết hồ sơ', formatInstantLong(data.dueAt), true),
    ...field('5. Hình thức nhận kết quả', channelLabel(data.returnChannel)),
    ...field('6. Cơ quan giải quyết', data.competentAgencyName),
    {
      columns: [
        {
          width: 80,
          stack: [
            { image: qr, width: 64, alignment: 'center' },
            { text: QR_CAPTION, fontSize: FONT_SIZE - 3, italics: true, alignment: 'center' },
          ],
        },
        { width: '*', stack: [signatureBlock('Người nộp hồ sơ')] },
        {
          width: '*',
          stack: [signatureBlock('Người tiếp nhận hồ sơ', { name: data.officerName })],
        },
      ],
      columnGap: 4,
      margin: [0, 8, 0, 0],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(RECEIPT_TITLE, data.agency, data.receivedAt),
    footer: pageNumberFooter(),
    content,
  });
}

function componentsTable(data: ReceiptFormData): Content {
  const head = ['STT', 'Tên giấy tờ', 'Bản chính', 'Bản sao', 'Bản điện tử'].map(
    (text): TableCell => ({ text, bold: true, alignment: 'center' }),
  );
  const rows = data.components.map((c, i): TableCell[] => [
    { text: String(i + 1), alignment: 'center' },
    c.name,
    count(c.originals),
    count(c.copies),
    count(c.scans),
  ]);
  if (rows.length === 0) {
    rows.push([{ text: 'Không có thành phần hồ sơ', colSpan: 5, italics: true }, '', '', '', '']);
  }
  return {
    table: { headerRows: 1, widths: [20, '*', 36, 32, 40], body: [head, ...rows] },
    layout: GRID_LAYOUT,
    fontSize: FONT_SIZE - 1,
  };
}

/** Counts print as "01", "02" as on the paper forms; zero prints as a dash. */
function count(n: number): TableCell {
  return { text: n === 0 ? '-' : String(n).padStart(2, '0'), alignment: 'center' };
}

function feeLines(fees: ReceiptFormData['fees']): Content[] {
  if (fees.length === 0) return [{ text: 'Không thu phí, lệ phí.', margin: [10, 0, 0, 2] }];
  const lines: Content[] = fees.map((fee) => ({
    text: `- ${fee.name}: ${formatVnd(fee.amountVnd)}`,
    margin: [10, 0, 0, 2],
  }));
  if (fees.length > 1) {
    const total = fees.reduce((sum, fee) => sum + fee.amountVnd, 0);
    lines.push({
      text: [`Tổng cộng: `, { text: formatVnd(total), bold: true }],
      margin: [10, 0, 0, 2],
    });
  }
  return lines;
}
