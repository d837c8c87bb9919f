import type { Content } from 'pdfmake/interfaces.js';
import { procedureText } from './applicant.js';
import type { ExtensionFormData } from './form-data.js';
import {
  A5_PAGE,
  documentHeader,
  documentInfo,
  field,
  formTitle,
  pageNumberFooter,
  renderPdf,
  signatureBlock,
} from './pdf.js';
import { formatInstantDate, formatInstantLong } from './vi-format.js';

export const EXTENSION_TITLE = 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT';
export const APOLOGY_SENTENCE = 'Sự chậm trễ này đã gây phiền hà cho ông/bà.';

/**
 * Form 04: the competent agency, late, apologises to the applicant and asks the centre for more
 * time (domain.md §4 "Likely late": at least one day before the due date, once). It names the
 * due date that was promised, the reason, the date asked for and, once the centre has decided, the
 * due date now in force.
 */
export async function extensionPdf(data: ExtensionFormData): Promise<Buffer> {
  const { dossier } = data;
  const code = dossier.code ?? dossier.reference;
  const content: Content[] = [
    documentHeader(data.agency, { reference: dossier.reference, dateAt: data.requestedAt }),
    formTitle(EXTENSION_TITLE, dossier.code ? `Mã hồ sơ: ${dossier.code}` : null),
    {
      text: ['Kính gửi: Ông/Bà ', { text: dossier.applicant.name, bold: true }],
      margin: [0, 0, 0, 2],
    },
    ...field('Địa chỉ', dossier.applicant.address),
    ...field('Số điện thoại', dossier.applicant.phone),
    {
      text: [
        `Hồ sơ ${code} của ông/bà về ${procedureText(dossier.procedure)} được tiếp nhận lúc `,
        `${formatInstantLong(dossier.receivedAt)}, hẹn trả kết quả lúc `,
        { text: formatInstantLong(data.previousDueAt), bold: true },
        '.',
      ],
      margin: [0, 4, 0, 2],
    },
    {
      text: [
        `Đến nay, ${data.agency.name} chưa giải quyết xong hồ sơ của ông/bà. Lý do: `,
        { text: data.reason, bold: true },
        data.reason.trimEnd().endsWith('.') ? '' : '.',
      ],
      margin: [0, 0, 0, 2],
    },
    {
      text: [
        `${APOLOGY_SENTENCE} ${data.agency.name} xin lỗi ông/bà và đề nghị gia hạn thời gian ` +
          'giải quyết hồ sơ đến ',
        { text: formatInstantLong(data.proposedDueAt), bold: true },
        '.',
      ],
      margin: [0, 0, 0, 2],
    },
    ...decisionLines(data),
    {
      text: `${data.agency.name} rất mong nhận được sự thông cảm của ông/bà.`,
      margin: [0, 2, 0, 8],
    },
    {
      columns: [
        { width: '*', text: '' },
        {
          width: '55%',
          stack: [
            signatureBlock('Đại diện cơ quan giải quyết', {
              hint: '(Ký, ghi rõ họ tên, đóng dấu)',
            }),
          ],
        },
      ],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(EXTENSION_TITLE, data.agency, data.requestedAt),
    footer: pageNumberFooter(),
    content,
  });
}

/** What the centre decided, or that it is still to decide. */
function decisionLines(data: ExtensionFormData): Content[] {
  const d = data.decision;
  const centre = data.decidingAgencyName;
  if (!d)
    return [
      {
        text:
          `Đề nghị gia hạn đang chờ ${centre} xem xét, quyết định; ông/bà sẽ được thông báo ` +
          'thời gian hẹn trả kết quả mới.',
        italics: true,
        margin: [0, 2, 0, 2],
      },
    ];
  const lines: Content[] = [
    {
      text: d.approved
        ? [
            `Ngày ${formatInstantDate(d.decidedAt)}, ${centre} đồng ý gia hạn. Thời gian hẹn trả kết quả mới: `,
            { text: d.dueAt ? formatInstantLong(d.dueAt) : '', bold: true },
            '.',
          ]
        : [
            `Ngày ${formatInstantDate(d.decidedAt)}, ${centre} không đồng ý gia hạn; hồ sơ được giải quyết ` +
              'trong thời hạn đã hẹn: ',
            { text: d.dueAt ? formatInstantLong(d.dueAt) : '', bold: true },
            '.',
          ],
      margin: [0, 2, 0, 2],
    },
  ];
  lines.push(...field('Ý kiến của cơ quan quyết định gia hạn', d.note));
  return lines;
}
