import type { Content } from 'pdfmake/interfaces.js';
import { applicantLines, procedureText } from './applicant.js';
import type { AfterAppraisal, SupplementFormData } from './form-data.js';
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
import { formatInstantLong } from './vi-format.js';

export const SUPPLEMENT_TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

/**
 * The rule the form exists for: everything missing or wrong is asked for in one go, so the
 * applicant never comes back to hear of a new gap.
 */
export const ONCE_SENTENCE =
  'Các nội dung yêu cầu bổ sung, hoàn thiện hồ sơ nêu trên được hướng dẫn một lần, đầy đủ theo quy định; ' +
  'cơ quan tiếp nhận không yêu cầu bổ sung nội dung nào khác ngoài các nội dung này.';

/**
 * Form 02, given when a dossier is incomplete or wrong: the whole list of what to add or fix. At
 * the counter nothing is received yet; after appraisal the competent agency asks for a dossier it
 * holds, says by when to answer and that the time limit starts again from the complete dossier.
 */
export async function supplementPdf(data: SupplementFormData): Promise<Buffer> {
  const content: Content[] = [
    documentHeader(data.agency, { reference: data.reference, dateAt: data.issuedAt }),
    formTitle(SUPPLEMENT_TITLE, data.code ? `Mã hồ sơ: ${data.code}` : null),
    { text: intro(data), margin: [0, 0, 0, 2] },
    ...applicantLines(data.applicant),
    ...field('Nội dung yêu cầu giải quyết', procedureText(data.procedure), true),
    {
      text: data.afterAppraisal
        ? 'Qua thẩm định, hồ sơ chưa đủ điều kiện giải quyết; đề nghị ông/bà bổ sung, hoàn thiện các nội dung sau:'
        : 'Qua xem xét, hồ sơ cần được bổ sung, hoàn thiện các nội dung sau:',
      margin: [0, 4, 0, 2],
    },
    numberedList(
      data.items.map((item) => ({
        text: [{ text: item.name, bold: true }, `. Lý do: ${item.reason}`],
        margin: [0, 0, 0, 2],
      })),
    ),
    ...field('Ghi chú', data.note),
    ...replyLines(data.afterAppraisal),
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

function intro(data: SupplementFormData): string {
  if (!data.afterAppraisal) return `${data.agency.name} tiếp nhận hồ sơ của:`;
  return (
    `${data.agency.name} đã thẩm định hồ sơ tiếp nhận lúc ` +
    `${formatInstantLong(data.afterAppraisal.receivedAt)} của:`
  );
}

/** After appraisal: the date to answer by and what follows, in plain words. */
function replyLines(after: AfterAppraisal | null | undefined): Content[] {
  if (!after) return [];
  const lines: Content[] = [];
  if (after.replyBy)
    lines.push({
      text: [
        'Thời hạn bổ sung, hoàn thiện hồ sơ: trước ',
        { text: formatInstantLong(after.replyBy), bold: true },
        '. Quá thời hạn này mà ông/bà không bổ sung, hoàn thiện, hồ sơ sẽ bị dừng giải quyết.',
      ],
      margin: [0, 4, 0, 2],
    });
  lines.push({
    text: 'Thời hạn giải quyết hồ sơ được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung, hoàn thiện.',
    margin: [0, 0, 0, 2],
  });
  return lines;
}
