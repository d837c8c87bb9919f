import type { Content } from 'pdfmake/interfaces.js';
import { applicantLines, procedureText } from './applicant.js';
import type { SupplementFormData } from './form-data.js';
import {
  A5_PAGE,
  documentHeader,
  documentInfo,
  field,
  formTitle,
  numberedList,
  pageNumberFooter,
  renderPdf,
  signatureBlock,
} from './pdf.js';

export const SUPPLEMENT_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

/**
 * The rule the form exists for: everything missing or wrong is asked for in one go, so the
 * applicant never comes back to hear of a new gap.
 */
export const ONCE_SENTENCE =
  'Các nội dung yêu cầu bổ sung, hoàn thiện hồ sơ nêu trên được hướng dẫn một lần, đầy đủ theo quy định; ' +
  'cơ quan tiếp nhận không yêu cầu bổ sung nội dung nào khác ngoài các nội dung này.';

/** Form 02, given when a dossier is incomplete or wrong: the whole list of what to add or fix. */
export async function supplementPdf(data: SupplementFormData): Promise<Buffer> {
  const content: Content[] = [
    documentHeader(data.agency, { reference: data.reference, dateAt: data.issuedAt }),
    formTitle(SUPPLEMENT_TITLE, data.code ? `Mã hồ sơ: ${data.code}` : null),
    { text: `${data.agency.name} tiếp nhận hồ sơ của:`, margin: [0, 0, 0, 2] },
    ...applicantLines(data.applicant),
    ...field('Nội dung yêu cầu giải quyết', procedureText(data.procedure), true),
    {
      text: 'Qua xem xét, hồ sơ cần được bổ sung, hoàn thiện các nội dung sau:',
      margin: [0, 4, 0, 2],
    },
    numberedList(
      data.items.map((item) => ({
        text: [{ text: item.name, bold: true }, `. Lý do: ${item.reason}`],
        margin: [0, 0, 0, 2],
      })),
    ),
    ...field('Ghi chú', data.note),
    { text: ONCE_SENTENCE, italics: true, margin: [0, 4, 0, 2] },
    {
      text:
        'Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ' +
        `${data.agency.name} để được hướng dẫn.`,
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        { width: '*', text: '' },
        { width: '55%', stack: [signatureBlock('Người hướng dẫn', { name: data.officerName })] },
      ],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(SUPPLEMENT_TITLE, data.agency, data.issuedAt),
    footer: pageNumberFooter(),
    content,
  });
}
