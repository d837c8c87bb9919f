import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake, publishTestProcedures } from '../../../../test/support/dossiers.js';
import { pdfText } from '../../../../test/support/pdf.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { SUPPLEMENT_TITLE } from '../../forms/form-02-supplement.js';
import { REFUSAL_AFTER_APPRAISAL_TITLE } from '../../forms/form-03-refusal.js';
import { APOLOGY_SENTENCE, EXTENSION_TITLE } from '../../forms/form-04-extension.js';
import { STOP_TITLE } from '../../forms/form-05-stop.js';
import { CONTROL_TITLE, LATE, ON_TIME } from '../../forms/form-06-control.js';
import { formatInstantLong, formatInstantShort } from '../../forms/vi-format.js';
import { closeUnsupplemented } from './dossier-sweeps.js';
import type { DossierDetail } from './dossiers.contract.js';

/** Forms 02–06 of the processing stage, printed through the API from dossiers driven by it. */

let t: TestApp;
let counter: Client;
let specialist: Client;
let leader: Client;
let supervisor: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  [counter, specialist, leader, supervisor] = (await Promise.all(
    ['motcua.tinh', 'chuyenvien.kinhbac', 'lanhdao.kinhbac', 'giamsat.tinh'].map((u) => t.login(u)),
  )) as [Client, Client, Client, Client];
});
afterAll(() => t.close());

async function received(): Promise<DossierDetail> {
  const res = await t.as(counter).post('/api/v1/dossiers', buildIntake());
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as DossierDetail;
}

async function ok(who: Client, d: DossierDetail, body: Record<string, unknown>) {
  const res = await t
    .as(who)
    .post(`/api/v1/dossiers/${d.id}/actions`, { version: d.version, ...body });
  if (res.statusCode !== 200) throw new Error(`${body.action}: ${res.statusCode} ${res.body}`);
  return res.json() as DossierDetail;
}

async function reload(d: DossierDetail, who = counter) {
  return (await t.as(who).get(`/api/v1/dossiers/${d.id}`)).json() as DossierDetail;
}

async function print(d: DossierDetail, form: string, who = counter) {
  const res = await t.as(who).get(`/api/v1/dossiers/${d.id}/forms/${form}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toContain(`mau-${form}-`);
  return pdfText(res.rawPayload);
}

const nameOf = (d: DossierDetail, action: string) =>
  d.history.find((h) => h.action === action)?.actor.name as string;

describe('forms of a dossier in processing', () => {
  it('offers and prints 04 (extension), 02 after appraisal, 06 and then 05 (not supplemented)', async () => {
    let d = await received();
    expect(d.forms).toEqual(['01', '06']);
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    expect(d.forms).toEqual(['06']);
    expectProblem(await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/04`), 404, 'NOT_FOUND');

    // A week left: the extension is asked in good time, and the centre approves it.
    await sql`UPDATE dossiers SET due_at = now() + interval '7 days', version = version + 1
      WHERE id = ${d.id}::uuid`.execute(t.db);
    d = await reload(d);
    const promised = d.dueAt as string;
    d = await ok(specialist, d, {
      action: 'request_extension',
      reason: 'Chờ kết quả xác minh của Công an xã',
      extra: 2,
    });
    expect(d.forms).toEqual(['04', '06']);
    let text = await print(d, '04');
    expect(text).toContain(EXTENSION_TITLE);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(d.code);
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hường');
    expect(text).toContain('Lý do: Chờ kết quả xác minh của Công an xã.');
    expect(text).toContain(APOLOGY_SENTENCE);
    expect(text).toContain(`hẹn trả kết quả lúc ${formatInstantLong(promised)}`);
    expect(text).toContain(formatInstantLong(d.processing.extension?.proposedDueAt as string));
    expect(text).toContain('đang chờ');
    d = await ok(supervisor, d, {
      action: 'decide_extension',
      approve: true,
      note: 'Đồng ý gia hạn',
    });
    text = await print(d, '04');
    expect(text).toContain(
      `Thời gian hẹn trả kết quả mới: ${formatInstantLong(d.dueAt as string)}`,
    );
    expect(text).toContain('Đồng ý gia hạn');
    // The centre that decided the extension prints it too.
    expect(await print(d, '04', supervisor)).toContain(EXTENSION_TITLE);

    d = await ok(specialist, d, {
      action: 'request_supplement',
      items: [
        { name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi khai' },
        { name: 'Giấy chứng sinh', reason: 'Bản chụp mờ' },
      ],
    });
    expect(d.forms).toEqual(['02', '04', '06']);
    text = await print(d, '02');
    expect(text).toContain(SUPPLEMENT_TITLE);
    expect(text).toContain('Qua thẩm định');
    expect(text).toContain('Tờ khai đăng ký khai sinh. Lý do: Thiếu chữ ký của người đi khai');
    expect(text).toContain('Giấy chứng sinh. Lý do: Bản chụp mờ');
    expect(text).toContain(
      `Thời hạn bổ sung, hoàn thiện hồ sơ: trước ${formatInstantLong(d.processing.supplement?.closesAt as string)}`,
    );
    expect(text).toContain(nameOf(d, 'request_supplement'));

    text = await print(d, '06', specialist);
    expect(text).toContain(CONTROL_TITLE);
    expect(text).toContain(d.code);
    expect(text).toContain(d.receivingAgency.name);
    expect(text).toContain(d.competentAgency.name);
    expect(text).toContain('Chuyển hồ sơ giấy đến cơ quan giải quyết');
    expect(text).toContain('Phân công xử lý (bước Thẩm định)');
    expect(text).toContain('Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
    expect(text).toContain(nameOf(d, 'assign'));
    expect(text).toContain(nameOf(d, 'receive'));
    expect(text).toContain(formatInstantShort(d.history[1]?.at as string));
    expect(text).toContain(ON_TIME);
    expect(text).toContain('đề nghị gia hạn (Mẫu 04): đã đồng ý');

    // No answer in 15 days: the sweep closes it, and Form 05 says why.
    const closesAt = Date.parse(d.processing.supplement?.closesAt as string);
    expect(await closeUnsupplemented(t.db, new Date(closesAt + 1))).toBe(1);
    d = await reload(d);
    expect(d.state).toBe('closed_unsupplemented');
    expect(d.forms).toEqual(['05', '04', '06']);
    text = await print(d, '05');
    expect(text).toContain(STOP_TITLE);
    expect(text).toContain(d.code);
    expect(text).toContain('đã quá 15 ngày');
    expect(text).toContain(formatInstantLong(d.processing.supplement?.closesAt as string));
    expect(text).toContain('Tờ khai đăng ký khai sinh');
    expect(await print(d, '06')).toContain('Dừng giải quyết: quá hạn bổ sung (Mẫu 05)');
    expectProblem(await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/02`), 404, 'NOT_FOUND');
  });

  it('prints 05 for a withdrawal, with its reason', async () => {
    let d = await received();
    d = await ok(counter, d, {
      action: 'withdraw',
      reason: 'Người nộp xin rút để bổ sung giấy tờ',
    });
    expect(d.forms).toEqual(['05', '06']);
    const text = await print(d, '05');
    expect(text).toContain(STOP_TITLE);
    expect(text).toContain('ông/bà đã yêu cầu rút hồ sơ tại Bộ phận Một cửa');
    expect(text).toContain('Người nộp xin rút để bổ sung giấy tờ');
    expect(text).toContain(nameOf(d, 'withdraw'));
    expect(await print(d, '06')).toContain('Rút hồ sơ theo yêu cầu của người nộp (Mẫu 05)');
  });

  it('prints 03 after a refusal on appraisal; an approved dossier offers only 06', async () => {
    let d = await received();
    d = await ok(specialist, d, { action: 'claim' });
    d = await ok(specialist, d, {
      action: 'refuse_after_appraisal',
      reasons: ['Người đi khai không có quan hệ với trẻ'],
    });
    expect(d.forms).toEqual(['03', '06']);
    let text = await print(d, '03');
    expect(text).toContain(REFUSAL_AFTER_APPRAISAL_TITLE);
    expect(text).toContain(d.competentAgency.name.toUpperCase());
    expect(text).toMatch(/1\. ?Người đi khai không có quan hệ với trẻ/);
    d = await ok(counter, d, { action: 'return_result', channel: 'counter' });
    expect(d.forms).toEqual(['03', '06']);
    text = await print(d, '06');
    expect(text).toContain('Nhận xử lý hồ sơ (bước Thẩm định)');
    expect(text).toContain('Từ chối giải quyết sau thẩm định (Mẫu 03)');
    expect(text).toContain('Trả kết quả cho người nộp');

    let g = await received();
    g = await ok(leader, g, { action: 'assign', handlerId: specialist.userId });
    g = await ok(specialist, g, { action: 'forward', handlerId: leader.userId });
    // The step was overdue when it was handed on.
    await sql`UPDATE dossiers SET due_at = now() - interval '1 hour',
        step_due_at = now() - interval '2 hours', version = version + 1 WHERE id = ${g.id}::uuid`.execute(
      t.db,
    );
    g = await reload(g);
    g = await ok(leader, g, {
      action: 'approve',
      lateExplanation: { who: 'Chuyên viên Trần Văn Minh', why: 'Chờ ý kiến của Sở Tư pháp' },
    });
    expect(g.forms).toEqual(['06']);
    expectProblem(await t.as(counter).get(`/api/v1/dossiers/${g.id}/forms/03`), 404, 'NOT_FOUND');
    text = await print(g, '06');
    expect(text).toContain('Chuyển từ bước Thẩm định sang bước Phê duyệt, ký');
    expect(text).toContain('Phê duyệt kết quả, chuyển trả kết quả');
    expect(text).toContain(LATE);
  });

  it('keeps an unknown form out of the contract', async () => {
    const d = await received();
    expectProblem(
      await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/08`),
      400,
      'VALIDATION_FAILED',
    );
  });
});
