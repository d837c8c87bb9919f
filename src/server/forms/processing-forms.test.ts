import { describe, expect, it } from 'vitest';
import { pdfText, readPdf } from '../../../test/support/pdf.js';
import {
  type ControlSheetContext,
  controlRows,
  DVCQG_NAME,
  type HistoryEventOnForm,
  referencedIds,
} from './control-sheet.js';
import { ONCE_SENTENCE, SUPPLEMENT_TITLE, supplementPdf } from './form-02-supplement.js';
import { REFUSAL_AFTER_APPRAISAL_TITLE, REFUSAL_TITLE, refusalPdf } from './form-03-refusal.js';
import { APOLOGY_SENTENCE, EXTENSION_TITLE, extensionPdf } from './form-04-extension.js';
import { STOP_TITLE, stopPdf } from './form-05-stop.js';
import {
  CONTROL_EMPTY,
  CONTROL_HEADERS,
  CONTROL_TITLE,
  controlSheetPdf,
  LATE,
  ON_TIME,
} from './form-06-control.js';
import type {
  ControlSheetFormData,
  DossierOnForm,
  ExtensionFormData,
  IssuingAgency,
} from './form-data.js';

/** Forms of the processing stage (issue 6): 02 and 03 after appraisal, 04, 05 and 06. */

const NATIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const NAME = 'Nguyễn Thị Hường';
const CODE = '000.00.01.H06-261125-0001';
const A5 = [419.53, 595.28];
const A5_LANDSCAPE = [595.28, 419.53];

const centre: IssuingAgency = {
  name: 'Trung tâm Phục vụ hành chính công tỉnh',
  parentName: 'Ủy ban nhân dân tỉnh Bắc Ninh',
  place: 'Bắc Ninh',
};
const commune: IssuingAgency = {
  name: 'Ủy ban nhân dân phường Kinh Bắc',
  parentName: null,
  place: 'Bắc Ninh',
};

const dossier: DossierOnForm = {
  code: CODE,
  reference: CODE,
  procedure: { nationalCode: '1.001193', name: 'Đăng ký khai sinh' },
  applicant: {
    name: NAME,
    idNumber: '027190001234',
    address: 'Số 5 đường Nguyễn Trãi, phường Kinh Bắc, tỉnh Bắc Ninh',
    phone: '0912 345 678',
    email: null,
  },
  // 08:30 on 25 November 2026 in Hanoi.
  receivedAt: '2026-11-25T01:30:00Z',
};

describe('Form 02 after appraisal', () => {
  it('lists what the specialist asked for and the date to answer by', async () => {
    const pdf = await supplementPdf({
      agency: commune,
      code: CODE,
      reference: CODE,
      procedure: dossier.procedure,
      applicant: dossier.applicant,
      items: [
        { name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi khai' },
        { name: 'Văn bản ủy quyền', reason: 'Chưa được chứng thực' },
      ],
      note: null,
      issuedAt: '2026-11-26T03:00:00Z',
      officerName: 'Lê Văn Thẩm',
      afterAppraisal: { receivedAt: dossier.receivedAt, replyBy: '2026-12-11T10:00:00Z' },
    });
    const pages = await readPdf(pdf);
    expect(pages[0]?.size).toEqual(A5);
    const text = await pdfText(pdf);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain(SUPPLEMENT_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG KINH BẮC');
    expect(text).toContain('Bắc Ninh, ngày 26 tháng 11 năm 2026');
    expect(text).toContain('đã thẩm định hồ sơ tiếp nhận lúc 08 giờ 30 phút, ngày 25/11/2026');
    expect(text).toMatch(/1\. ?Tờ khai đăng ký khai sinh\. Lý do: Thiếu chữ ký của người đi khai/);
    expect(text).toMatch(/2\. ?Văn bản ủy quyền\. Lý do: Chưa được chứng thực/);
    expect(text).toContain(
      'Thời hạn bổ sung, hoàn thiện hồ sơ: trước 17 giờ 00 phút, ngày 11/12/2026.',
    );
    expect(text).toContain('hồ sơ sẽ bị dừng giải quyết');
    expect(text).toContain('được tính lại từ đầu');
    expect(text).toContain(ONCE_SENTENCE);
    expect(text).toContain('Lê Văn Thẩm');
  });

  it('at the counter keeps the intake wording, with no date to answer by', async () => {
    const text = await pdfText(
      await supplementPdf({
        agency: centre,
        code: null,
        reference: 'A1B2C3D4',
        procedure: dossier.procedure,
        applicant: dossier.applicant,
        items: [{ name: 'Giấy chứng sinh', reason: 'Chưa có bản chính' }],
        note: null,
        issuedAt: '2026-11-25T01:30:00Z',
        officerName: 'Trần Văn Bình',
      }),
    );
    expect(text).toContain(`${centre.name} tiếp nhận hồ sơ của:`);
    expect(text).not.toContain('Thời hạn bổ sung');
    expect(text).not.toContain('thẩm định');
  });
});

describe('Form 03 after appraisal', () => {
  it('is a refusal to settle, with the reasons of the competent agency', async () => {
    const pdf = await refusalPdf({
      agency: commune,
      code: CODE,
      reference: CODE,
      procedure: dossier.procedure,
      applicant: dossier.applicant,
      reasons: ['Người đi khai không có quan hệ với trẻ', 'Giấy chứng sinh không hợp lệ'],
      issuedAt: '2026-11-26T03:00:00Z',
      officerName: 'Lê Văn Thẩm',
      afterAppraisal: { receivedAt: dossier.receivedAt },
    });
    expect((await readPdf(pdf))[0]?.size).toEqual(A5);
    const text = await pdfText(pdf);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(REFUSAL_AFTER_APPRAISAL_TITLE);
    expect(text).not.toContain(REFUSAL_TITLE);
    expect(text).toContain('Qua thẩm định, hồ sơ không đủ điều kiện giải quyết');
    expect(text).toMatch(/1\. ?Người đi khai không có quan hệ với trẻ/);
    expect(text).toMatch(/2\. ?Giấy chứng sinh không hợp lệ/);
    expect(text).toContain('NGƯỜI XỬ LÝ HỒ SƠ');
    expect(text).toContain('Lê Văn Thẩm');
  });
});

describe('Form 04 — apology and extension request', () => {
  const base: ExtensionFormData = {
    agency: commune,
    dossier,
    decidingAgencyName: centre.name,
    requestedAt: '2026-11-27T02:00:00Z',
    reason: 'Chờ kết quả xác minh của Công an xã',
    previousDueAt: '2026-12-02T10:00:00Z',
    proposedDueAt: '2026-12-04T10:00:00Z',
    decision: null,
  };

  it('apologises, says why, what was promised and what is asked; pending a decision', async () => {
    const pdf = await extensionPdf(base);
    const pages = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.size).toEqual(A5);
    const text = await pdfText(pdf);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain(EXTENSION_TITLE);
    expect(text).toContain('Bắc Ninh, ngày 27 tháng 11 năm 2026');
    expect(text).toContain(`Kính gửi: Ông/Bà ${NAME}`);
    expect(text).toContain(CODE);
    expect(text).toContain('hẹn trả kết quả lúc 17 giờ 00 phút, ngày 02/12/2026');
    expect(text).toContain('Lý do: Chờ kết quả xác minh của Công an xã.');
    expect(text).toContain(APOLOGY_SENTENCE);
    expect(text).toContain(`${commune.name} xin lỗi ông/bà`);
    expect(text).toContain(
      'đề nghị gia hạn thời gian giải quyết hồ sơ đến 17 giờ 00 phút, ngày 04/12/2026',
    );
    expect(text).toContain(`Đề nghị gia hạn đang chờ ${centre.name} xem xét, quyết định`);
  });

  it('gives the new due date once the centre approves', async () => {
    const text = await pdfText(
      await extensionPdf({
        ...base,
        decision: {
          approved: true,
          dueAt: '2026-12-04T10:00:00Z',
          decidedAt: '2026-11-27T07:00:00Z',
          note: 'Đồng ý gia hạn 2 ngày làm việc',
        },
      }),
    );
    expect(text).toContain(
      `Ngày 27/11/2026, ${centre.name} đồng ý gia hạn. Thời gian hẹn trả kết quả mới: 17 giờ 00 phút, ngày 04/12/2026.`,
    );
    expect(text).toContain('Đồng ý gia hạn 2 ngày làm việc');
    expect(text).not.toContain('đang chờ');
  });

  it('says the promised date stays when the centre rejects', async () => {
    const text = await pdfText(
      await extensionPdf({
        ...base,
        decision: {
          approved: false,
          dueAt: '2026-12-02T10:00:00Z',
          decidedAt: '2026-11-27T07:00:00Z',
          note: null,
        },
      }),
    );
    expect(text).toContain('không đồng ý gia hạn');
    expect(text).toContain('trong thời hạn đã hẹn: 17 giờ 00 phút, ngày 02/12/2026');
  });
});

describe('Form 05 — stop notice', () => {
  it('for a withdrawal asked on the national portal: the reason, the source, when', async () => {
    const pdf = await stopPdf({
      agency: centre,
      dossier,
      stoppedAt: '2026-11-26T08:00:00Z',
      stop: {
        kind: 'withdrawn',
        reason: 'Gia đình đã đăng ký khai sinh tại nơi khác',
        source: 'dvcqg',
        requestedAt: '2026-11-26T07:45:00Z',
      },
      officerName: null,
    });
    expect((await readPdf(pdf))[0]?.size).toEqual(A5);
    const text = await pdfText(pdf);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(STOP_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain(`Kính gửi: Ông/Bà ${NAME}`);
    expect(text).toContain(
      'Lý do dừng: ông/bà đã yêu cầu rút hồ sơ trên Cổng Dịch vụ công quốc gia lúc 14 giờ 45 phút, ngày 26/11/2026.',
    );
    expect(text).toContain('Nội dung yêu cầu: Gia đình đã đăng ký khai sinh tại nơi khác');
    expect(text).toContain('Thời điểm dừng giải quyết: 15 giờ 00 phút, ngày 26/11/2026');
    expect(text).toContain('Thời gian tiếp nhận hồ sơ: 08 giờ 30 phút, ngày 25/11/2026');
  });

  it('for a withdrawal at the counter', async () => {
    const text = await pdfText(
      await stopPdf({
        agency: centre,
        dossier,
        stoppedAt: '2026-11-26T08:00:00Z',
        stop: { kind: 'withdrawn', reason: 'Xin rút', source: 'applicant', requestedAt: null },
        officerName: 'Trần Văn Bình',
      }),
    );
    expect(text).toContain('ông/bà đã yêu cầu rút hồ sơ tại Bộ phận Một cửa.');
    expect(text).toContain('Trần Văn Bình');
  });

  it('for a dossier not supplemented: when it was asked, the 15 days, what was asked', async () => {
    const text = await pdfText(
      await stopPdf({
        agency: centre,
        dossier,
        stoppedAt: '2026-12-12T01:00:00Z',
        stop: {
          kind: 'not_supplemented',
          supplementRequestedAt: '2026-11-26T03:00:00Z',
          replyBy: '2026-12-11T10:00:00Z',
          replyDays: 15,
          items: [{ name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký' }],
        },
        officerName: null,
      }),
    );
    expect(text).toContain(STOP_TITLE);
    expect(text).toContain('ngày 26/11/2026, cơ quan giải quyết đã đề nghị ông/bà bổ sung');
    expect(text).toContain(
      'đã quá 15 ngày (hạn bổ sung: 17 giờ 00 phút, ngày 11/12/2026) mà ông/bà không bổ sung',
    );
    expect(text).toMatch(/1\. ?Tờ khai đăng ký khai sinh\. Lý do: Thiếu chữ ký/);
    expect(text).toContain('Thời điểm dừng giải quyết: 08 giờ 00 phút, ngày 12/12/2026');
  });
});

describe('Form 06 — control sheet', () => {
  const ids = {
    centre: '00000000-0000-4000-8000-000000000001',
    commune: '00000000-0000-4000-8000-000000000002',
    justice: '00000000-0000-4000-8000-000000000003',
    police: '00000000-0000-4000-8000-000000000004',
    specialist: '00000000-0000-4000-8000-0000000000a1',
    leader: '00000000-0000-4000-8000-0000000000a2',
  };
  const user = (id: string, name: string) => ({ type: 'user', id, name });
  const counter = user('00000000-0000-4000-8000-0000000000c1', 'Trần Văn Bình');
  const specialist = user(ids.specialist, 'Lê Văn Thẩm');
  const leader = user(ids.leader, 'Phạm Thị Duyệt');

  /** A dossier's whole history: receipt, transfer, steps (one late), supplement, result. */
  const history: HistoryEventOnForm[] = [
    {
      at: '2026-11-25T01:30:00Z',
      action: 'receive',
      actor: counter,
      data: {
        channel: 'counter',
        receivedAt: '2026-11-25T01:30:00Z',
        dueAt: '2026-12-02T10:00:00Z',
        transfer: { to: ids.commune, dueAt: '2026-11-25T10:00:00Z', nextWorkingDay: false },
      },
    },
    {
      at: '2026-11-25T07:00:00Z',
      action: 'assign',
      actor: leader,
      data: { handlerId: ids.specialist, toStep: 1, stepDueAt: '2026-11-30T10:00:00Z' },
    },
    {
      at: '2026-11-26T02:00:00Z',
      action: 'consult',
      actor: specialist,
      data: {
        consultation: 0,
        agencyId: ids.justice,
        question: 'Xác minh quan hệ cha con',
        dueAt: '2026-11-27T10:00:00Z',
      },
    },
    {
      at: '2026-11-28T02:00:00Z',
      action: 'record_reply',
      actor: specialist,
      data: { consultation: 0, agencyId: ids.justice, answer: 'Đã xác minh', onTime: false },
    },
    {
      at: '2026-11-26T03:00:00Z',
      action: 'request_supplement',
      actor: specialist,
      data: {
        fromStep: 1,
        stepName: 'Thẩm định',
        stepDueAt: '2026-11-30T10:00:00Z',
        stepOnTime: true,
        items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }],
        closesAt: '2026-12-11T10:00:00Z',
      },
    },
    {
      at: '2026-11-30T02:00:00Z',
      action: 'supplement',
      actor: counter,
      data: { dueAt: '2026-12-07T10:00:00Z', previousDueAt: '2026-12-02T10:00:00Z' },
    },
    {
      at: '2026-12-01T01:00:00Z',
      action: 'request_extension',
      actor: specialist,
      data: { reason: 'Chờ xác minh', dueAt: '2026-12-07T10:00:00Z' },
    },
    {
      at: '2026-12-01T04:00:00Z',
      action: 'decide_extension',
      actor: user('00000000-0000-4000-8000-0000000000c2', 'Đỗ Văn Giám'),
      data: {
        approved: true,
        dueAt: '2026-12-09T10:00:00Z',
        previousDueAt: '2026-12-07T10:00:00Z',
      },
    },
    {
      // A hand-over to another agency, of a kind this form does not know by name yet.
      at: '2026-12-02T02:00:00Z',
      action: 'send_to_agency',
      actor: specialist,
      data: {
        fromAgencyId: ids.commune,
        toAgencyId: ids.police,
        dueAt: '2026-12-03T10:00:00Z',
        onTime: true,
      },
    },
    {
      at: '2026-12-04T02:00:00Z',
      action: 'forward',
      actor: specialist,
      data: {
        fromStep: 1,
        stepName: 'Thẩm định',
        stepDueAt: '2026-12-03T10:00:00Z',
        stepOnTime: false,
        toStep: 2,
        handlerId: ids.leader,
        nextStepDueAt: '2026-12-08T10:00:00Z',
      },
    },
    {
      at: '2026-12-07T03:00:00Z',
      action: 'approve',
      actor: leader,
      data: {
        fromStep: 2,
        stepName: 'Phê duyệt, ký',
        stepDueAt: '2026-12-08T10:00:00Z',
        stepOnTime: true,
        documentCode: '027095001234.KS',
        timeliness: 'early',
      },
    },
    {
      at: '2026-12-10T02:00:00Z',
      action: 'return_result',
      actor: counter,
      data: { channel: 'counter' },
    },
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const ctx: ControlSheetContext = {
    applicantName: NAME,
    channel: 'counter',
    receiving: { id: ids.centre, name: centre.name },
    competent: { id: ids.commune, name: commune.name },
    steps: [
      { name: 'Tiếp nhận', agencyId: null },
      { name: 'Thẩm định', agencyId: null },
      { name: 'Phê duyệt, ký', agencyId: null },
    ],
    agencyNames: new Map([
      [ids.justice, 'Phòng Tư pháp'],
      [ids.police, 'Công an phường Kinh Bắc'],
    ]),
    userNames: new Map([
      [ids.specialist, 'Lê Văn Thẩm'],
      [ids.leader, 'Phạm Thị Duyệt'],
    ]),
  };

  it('names every agency and user the history refers to', () => {
    const { agencyIds, userIds } = referencedIds(history);
    expect(new Set(agencyIds)).toEqual(new Set([ids.commune, ids.justice, ids.police]));
    expect(new Set(userIds)).toEqual(new Set([ids.specialist, ids.leader]));
  });

  it('has one row per hand-over: who gave, who took, when, by when, in time or not', () => {
    const rows = controlRows(history, ctx);
    expect(rows.map((r) => r.what)).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển hồ sơ giấy đến cơ quan giải quyết',
      'Phân công xử lý (bước Thẩm định)',
      'Gửi lấy ý kiến cơ quan liên quan',
      'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
      'Nhận ý kiến trả lời',
      'Nhận hồ sơ bổ sung, hoàn thiện',
      'Chuyển cơ quan phối hợp giải quyết (liên thông)',
      'Chuyển từ bước Thẩm định sang bước Phê duyệt, ký',
      'Phê duyệt kết quả, chuyển trả kết quả',
      'Trả kết quả cho người nộp',
    ]);
    const [
      receipt,
      transfer,
      assign,
      ,
      supplementAsked,
      reply,
      supplemented,
      inter,
      forward,
      approve,
      returned,
    ] = rows;
    expect(receipt).toMatchObject({
      from: { agency: null, person: NAME },
      to: { agency: centre.name, person: 'Trần Văn Bình' },
      dueAt: null,
      onTime: null,
    });
    // The paper reached the commune when its leader took the dossier on, before 17:00.
    expect(transfer).toMatchObject({
      at: '2026-11-25T07:00:00Z',
      from: { agency: centre.name, person: 'Trần Văn Bình' },
      to: { agency: commune.name, person: 'Phạm Thị Duyệt' },
      dueAt: '2026-11-25T10:00:00Z',
      onTime: true,
    });
    expect(assign).toMatchObject({
      from: { agency: commune.name, person: 'Phạm Thị Duyệt' },
      to: { agency: commune.name, person: 'Lê Văn Thẩm' },
    });
    expect(supplementAsked).toMatchObject({
      to: { person: NAME },
      dueAt: '2026-11-30T10:00:00Z',
      onTime: true,
    });
    expect(reply).toMatchObject({
      from: { agency: 'Phòng Tư pháp' },
      dueAt: '2026-11-27T10:00:00Z',
      onTime: false,
    });
    // The applicant answered before the date Form 02 gave.
    expect(supplemented).toMatchObject({ dueAt: '2026-12-11T10:00:00Z', onTime: true });
    expect(inter).toMatchObject({
      from: { agency: commune.name, person: 'Lê Văn Thẩm' },
      to: { agency: 'Công an phường Kinh Bắc' },
      dueAt: '2026-12-03T10:00:00Z',
      onTime: true,
    });
    expect(forward).toMatchObject({
      from: { person: 'Lê Văn Thẩm' },
      to: { person: 'Phạm Thị Duyệt' },
      dueAt: '2026-12-03T10:00:00Z',
      onTime: false,
    });
    expect(approve).toMatchObject({ to: { agency: centre.name }, onTime: true });
    // The result went back against the due date the approved extension set.
    expect(returned).toMatchObject({
      to: { person: NAME },
      dueAt: '2026-12-09T10:00:00Z',
      onTime: false,
    });
  });

  const sheet = (rows = controlRows(history, ctx)): ControlSheetFormData => ({
    agency: centre,
    dossier,
    receivingAgencyName: centre.name,
    competentAgencyName: commune.name,
    dueAt: '2026-12-09T10:00:00Z',
    rows,
    notes: [
      'Ngày 01/12/2026 đề nghị gia hạn (Mẫu 04): đã đồng ý, hẹn trả kết quả mới 17 giờ 00 phút, ngày 09/12/2026.',
    ],
    asOf: '2026-12-10T02:00:00Z',
  });

  it('prints as the official sheet on A5 landscape, with the marks a reader looks for', async () => {
    const pdf = await controlSheetPdf(sheet());
    const pages = await readPdf(pdf);
    for (const page of pages) expect(page.size).toEqual(A5_LANDSCAPE);
    const text = await pdfText(pdf);
    expect(text).toContain(NATIONAL);
    expect(text).toContain(MOTTO);
    expect(text).toContain(CONTROL_TITLE);
    expect(text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(text).toContain(`Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ${CODE}`);
    for (const header of CONTROL_HEADERS) expect(text).toContain(header);
    expect(text).toContain(`Người nộp hồ sơ: ${NAME}`);
    expect(text).toContain('Hẹn trả kết quả: 17 giờ 00 phút, ngày 09/12/2026');
    expect(text).toContain('Phân công xử lý (bước Thẩm định)');
    expect(text).toContain('Chuyển từ bước Thẩm định sang bước Phê duyệt, ký');
    expect(text).toContain('Chuyển cơ quan phối hợp giải quyết (liên thông)');
    expect(text).toContain('Công an phường Kinh Bắc');
    expect(text).toContain('Phòng Tư pháp');
    expect(text).toContain('Lê Văn Thẩm');
    expect(text).toContain('Phạm Thị Duyệt');
    expect(text).toContain('25/11/2026 14:00');
    expect(text).toContain('03/12/2026 17:00');
    expect(text).toContain(ON_TIME);
    expect(text).toContain(LATE);
    expect(text).toContain('đề nghị gia hạn (Mẫu 04): đã đồng ý');
    expect(text).toContain('Số, ký hiệu kết quả: 027095001234.KS');
  });

  it('runs over pages with the column heads on each, and says so when empty', async () => {
    const rows = controlRows(history, ctx);
    const many = Array.from({ length: 4 }, () => rows).flat();
    const pages = await readPdf(await controlSheetPdf(sheet(many)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.text).toContain('Bên giao');
      expect(page.text).toContain(`Trang ${i + 1}/${pages.length}`);
    });
    expect(await pdfText(await controlSheetPdf(sheet([])))).toContain(CONTROL_EMPTY);
  });

  it('shows inter-agency hand-overs, a row for each agency sent to, and actions it does not know', () => {
    const rows = controlRows(
      [
        {
          at: '2026-11-26T01:00:00Z',
          action: 'send_to_agencies',
          actor: specialist,
          data: {
            fromAgencyId: ids.commune,
            parallel: true,
            sent: [
              { toAgencyId: ids.justice, dueAt: '2026-11-27T10:00:00Z' },
              { toAgencyId: ids.police, dueAt: '2026-11-28T10:00:00Z' },
            ],
          },
        },
        {
          at: '2026-11-27T09:00:00Z',
          action: 'return_from_agency',
          actor: user('00000000-0000-4000-8000-0000000000d1', 'Vũ Văn Tư'),
          data: {
            fromAgencyId: ids.justice,
            toAgencyId: null,
            note: 'Đủ điều kiện',
            dueAt: '2026-11-27T10:00:00Z',
            onTime: true,
          },
        },
        {
          at: '2026-11-28T11:00:00Z',
          action: 'hand_to_archive',
          actor: specialist,
          data: { toAgencyId: ids.police, dueAt: '2026-11-28T10:00:00Z' },
        },
      ],
      ctx,
    );
    expect(rows).toMatchObject([
      {
        what: 'Chuyển cơ quan phối hợp giải quyết (liên thông)',
        note: 'Hạn xử lý của cơ quan nhận: 27/11/2026 17:00',
        from: { agency: commune.name, person: 'Lê Văn Thẩm' },
        to: { agency: 'Phòng Tư pháp' },
      },
      { to: { agency: 'Công an phường Kinh Bắc' } },
      {
        what: 'Cơ quan phối hợp chuyển trả hồ sơ (liên thông)',
        note: 'Đủ điều kiện',
        from: { agency: 'Phòng Tư pháp', person: 'Vũ Văn Tư' },
        to: { agency: commune.name },
        dueAt: '2026-11-27T10:00:00Z',
        onTime: true,
      },
      {
        what: 'hand to archive',
        to: { agency: 'Công an phường Kinh Bắc' },
        dueAt: '2026-11-28T10:00:00Z',
        onTime: false,
      },
    ]);
    expect(
      new Set(
        referencedIds([
          {
            ...history[0],
            action: 'send_to_agencies',
            data: { sent: [{ toAgencyId: ids.police }] },
          } as HistoryEventOnForm,
        ]).agencyIds,
      ),
    ).toEqual(new Set([ids.police]));
  });

  it('shows a dossier from the national portal as such, and a withdrawal from it', () => {
    const rows = controlRows(
      [
        {
          at: '2026-11-25T01:00:00Z',
          action: 'arrive_online',
          actor: { type: 'system', id: 'dvcqg', name: null },
          data: { dvcqgCode: 'G22.99-261125-0001', acceptanceDueAt: '2026-11-25T09:00:00Z' },
        },
        {
          at: '2026-11-25T10:00:00Z',
          action: 'accept',
          actor: counter,
          data: { dueAt: '2026-11-27T10:00:00Z', answeredInTime: false },
        },
        {
          at: '2026-11-26T01:00:00Z',
          action: 'withdraw',
          actor: { type: 'system', id: 'dvcqg', name: null },
          data: { reason: 'Không còn nhu cầu', source: 'dvcqg' },
        },
      ],
      { ...ctx, channel: 'online' },
    );
    expect(rows).toMatchObject([
      { from: { agency: DVCQG_NAME, person: NAME }, to: { agency: centre.name } },
      {
        from: { agency: centre.name, person: 'Trần Văn Bình' },
        to: { agency: commune.name },
        dueAt: '2026-11-25T09:00:00Z',
        onTime: false,
      },
      { from: { agency: DVCQG_NAME }, note: 'Không còn nhu cầu' },
    ]);
  });
});
