import type { Content } from 'pdfmake/interfaces.js';
import { procedureText } from './applicant.js';
import type { StopFormData, StopReason } from './form-data.js';
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
import { formatInstantDate, formatInstantLong } from './vi-format.js';

export const STOP_TITLE = 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ';

/**
 * Form 05: the dossier is no longer being settled, and why: the applicant withdrew it (at the
 * counter, or by a stop request on the national portal), or did not supplement it within the days
 * Form 02 gave (domain.md §4). It tells the applicant they may take the papers back and apply anew.
 */
export async function stopPdf(data: StopFormData): Promise<Buffer> {
  const { dossier } = data;
  const content: Content[] = [
    documentHeader(data.agency, { reference: dossier.reference, dateAt: data.stoppedAt }),
    formTitle(STOP_TITLE, dossier.code ? `Mã hồ sơ: ${dossier.code}` : null),
    {
      text: ['Kính gửi: Ông/Bà ', { text: dossier.applicant.name, bold: true }],
      margin: [0, 0, 0, 2],
    },
    ...field('Địa chỉ', dossier.applicant.address),
    ...field('Số điện thoại', dossier.applicant.phone),
    {
      text: `${data.agency.name} thông báo dừng giải quyết hồ sơ của ông/bà:`,
      margin: [0, 4, 0, 2],
    },
    ...field('Nội dung yêu cầu giải quyết', procedureText(dossier.procedure), true),
    ...field('Thời gian tiếp nhận hồ sơ', formatInstantLong(dossier.receivedAt)),
    ...reasonLines(data.stop),
    ...field('Thời điểm dừng giải quyết', formatInstantLong(data.stoppedAt), true),
    {
      text:
        `Ông/bà nhận lại hồ sơ, giấy tờ đã nộp tại ${data.agency.name}; khi có nhu cầu, ` +
        'ông/bà nộp hồ sơ mới theo quy định.',
      margin: [0, 4, 0, 2],
    },
    { text: 'Xin thông báo để ông/bà được biết.', margin: [0, 0, 0, 8] },
    {
      columns: [
        { width: '*', text: '' },
        {
          width: '55%',
          stack: [signatureBlock('Người thông báo', { name: data.officerName })],
        },
      ],
      unbreakable: true,
    },
  ];

  return renderPdf({
    ...A5_PAGE,
    info: documentInfo(STOP_TITLE, data.agency, data.stoppedAt),
    footer: pageNumberFooter(),
    content,
  });
}

function reasonLines(stop: StopReason): Content[] {
  if (stop.kind === 'withdrawn') {
    const where =
      stop.source === 'dvcqg' ? 'trên Cổng Dịch vụ công quốc gia' : 'tại Bộ phận Một cửa';
    const when = stop.requestedAt ? ` lúc ${formatInstantLong(stop.requestedAt)}` : '';
    return [
      {
        text: [
          'Lý do dừng: ',
          { text: `ông/bà đã yêu cầu rút hồ sơ ${where}${when}.`, bold: true },
        ],
        margin: [0, 4, 0, 2],
      },
      ...field('Nội dung yêu cầu', stop.reason),
    ];
  }
  const by = stop.replyBy ? ` (hạn bổ sung: ${formatInstantLong(stop.replyBy)})` : '';
  const lines: Content[] = [
    {
      text: [
        'Lý do dừng: ',
        {
          text:
            `ngày ${formatInstantDate(stop.supplementRequestedAt)}, cơ quan giải quyết đã đề nghị ` +
            'ông/bà bổ sung, hoàn thiện hồ sơ (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ); đã quá ' +
            `${stop.replyDays} ngày${by} mà ông/bà không bổ sung, hoàn thiện hồ sơ.`,
          bold: true,
        },
      ],
      margin: [0, 4, 0, 2],
    },
  ];
  if (stop.items.length > 0)
    lines.push(
      { text: 'Các nội dung đã đề nghị bổ sung, hoàn thiện:', margin: [0, 0, 0, 2] },
      numberedList(
        stop.items.map((item) => ({
          text: [{ text: item.name, bold: true }, `. Lý do: ${item.reason}`],
          margin: [0, 0, 0, 2],
        })),
      ),
    );
  return lines;
}
