import type { Content } from 'pdfmake/interfaces.js';
import { applicantLines, procedureText } from './applicant.js';
import type { RefusalFormData } from './form-data.js';
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

export const REFUSAL_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';
/** After appraisal the dossier was received; what is refused is its settlement (domain.md §4). */
export const REFUSAL_AFTER_APPRAISAL_TITLE = 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ';

/**
 * Form 03, the reasons in writing: at the counter, for a dossier that cannot be taken at all;
 * after appraisal, from the competent agency, for a received dossier that is not eligible.
 */
export async function refusalPdf(data: RefusalFormData): Promise<Buffer> {
  const after = data.afterAppraisal;
  const title = after ? REFUSAL_AFTER_APPRAISAL_TITLE : REFUSAL_TITLE;
  const content: Content[] = [
    documentHeader(data.agency, { reference: data.reference, dateAt: data.issuedAt }),
    formTitle(title, data.code ? `Mã hồ sơ: ${data.code}` : null),
    {
      text: after
        ? `${data.agency.name} đã thẩm định hồ sơ tiếp nhận lúc ${formatInstantLong(after.receivedAt)} của:`
        : `${data.agency.name} tiếp nhận hồ sơ của:`,
      margin: [0, 0, 0, 2],
    },
    ...applicantLines(data.applicant),
    ...field('Nội dung yêu cầu giải quyết', procedureText(data.procedure), true),
    {
      text: after
        ? 'Qua thẩm định, hồ sơ không đủ điều kiện giải quyết. Cơ quan, đơn vị thông báo từ chối ' +
          'giải quyết hồ sơ này với lý do cụ thể như sau:'
        : 'Qua xem xét, cơ quan, đơn vị thông báo không tiếp nhận, giải quyết hồ sơ này ' +
          'với lý do cụ thể như sau:',
      margin: [0, 4, 0, 2],
    },
    numberedList(data.reasons.map((reason) => ({ text: reason, margin: [0, 0, 0, 2] }))),
    { text: 'Xin thông báo để ông/bà được biết và thực hiện.', margin: [0, 0, 0, 8] },
    {
      columns: [
        { width: '*', text: '' },
        {
          width: '55%',
          stack: [
            signatureBlock(after ? 'Người xử lý hồ sơ' : 'Người tiếp nhận hồ sơ', {
              name: data.officerName,
            }),
          ],
        },
      ],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(title, data.agency, data.issuedAt),
    footer: pageNumberFooter(),
    content,
  });
}
