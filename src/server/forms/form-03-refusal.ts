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

export const REFUSAL_TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ';

/** Form 03, given when a dossier cannot be taken at all: the reasons, in writing. */
export async function refusalPdf(data: RefusalFormData): Promise<Buffer> {
  const content: Content[] = [
    documentHeader(data.agency, { reference: data.reference, dateAt: data.issuedAt }),
    formTitle(REFUSAL_TITLE, data.code ? `Mã hồ sơ: ${data.code}` : null),
    { text: `${data.agency.name} tiếp nhận hồ sơ của:`, margin: [0, 0, 0, 2] },
    ...applicantLines(data.applicant),
    ...field('Nội dung yêu cầu giải quyết', procedureText(data.procedure), true),
    {
      text:
        'Qua xem xét, cơ quan, đơn vị thông báo không tiếp nhận, giải quyết hồ sơ này ' +
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
          stack: [signatureBlock('Người tiếp nhận hồ sơ', { name: data.officerName })],
        },
      ],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(REFUSAL_TITLE, data.agency, data.issuedAt),
    footer: pageNumberFooter(),
    content,
  });
}
