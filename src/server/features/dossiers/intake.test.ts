import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIntake,
  NOT_BOUNDARY_FREE_CODE,
  NOT_POSTAL_CODE,
  PROVINCIAL_CODE,
  publishTestProcedures,
  samplePdf,
  samplePng,
} from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC, VO_CUONG } from '../../../../test/support/factories.js';
import { pdfText } from '../../../../test/support/pdf.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import {
  compileCalendar,
  SHIPPED_CALENDAR_DATA,
} from '../../../domain/calendar/calendar-source.js';
import { dueDate } from '../../../domain/calendar/deadline.js';
import { localDate } from '../../../domain/calendar/local-date.js';

let t: TestApp;
let counter: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  counter = await t.login('motcua.tinh');
});
afterAll(() => t.close());

async function upload(client: Client, bytes: Buffer, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'PUT',
    url: '/api/v1/files',
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
      'content-type': 'application/octet-stream',
      ...headers,
    },
    payload: bytes,
  });
}

async function count(table: 'dossiers' | 'dossier_events' | 'outbox' | 'dossier_code_sequences') {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const vnDay = (d: Date) => localDate(d).slice(2).replaceAll('-', '');

describe('scans', () => {
  it('stores a scan by its SHA-256; the same bytes again are the same file', async () => {
    const pdf = samplePdf('giay chung sinh');
    const first = await upload(counter, pdf);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: pdf.length,
      duplicate: false,
    });
    const again = await upload(counter, pdf);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ sha256: first.json().sha256, duplicate: true });
    const png = await upload(counter, samplePng(), { 'content-type': 'application/pdf' });
    // The type comes from the bytes, not from what the client says.
    expect(png.json().mediaType).toBe('image/png');
  });

  it('refuses other types, cut-off files, a wrong digest, and files over the limit', async () => {
    expectProblem(await upload(counter, Buffer.from('xin chào')), 415, 'FILE_TYPE_UNSUPPORTED');
    const cut = samplePdf().subarray(0, 40);
    expectProblem(await upload(counter, cut), 422, 'FILE_CORRUPT');
    const wrongDigest = await upload(counter, samplePdf('a'), {
      'content-digest': `sha-256=:${Buffer.alloc(32).toString('base64')}:`,
    });
    expectProblem(wrongDigest, 422, 'FILE_DIGEST_MISMATCH');
    await t.db
      .insertInto('settings')
      .values({
        key: 'files.limits',
        value: JSON.stringify({ maxFileBytes: 100, maxDossierBytes: 1000 }),
      })
      .execute();
    try {
      expectProblem(await upload(counter, samplePdf('x'.repeat(200))), 413, 'FILE_TOO_LARGE');
    } finally {
      await t.db.deleteFrom('settings').where('key', '=', 'files.limits').execute();
    }
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/files',
      payload: samplePdf(),
    });
    expectProblem(anonymous, 401, 'AUTH_REQUIRED');
  });
});

describe('counter intake', () => {
  it('receives a complete dossier: code of the centre’s day, due date, scans, history, outbox, Form 01', async () => {
    const scan1 = (await upload(counter, samplePdf('to khai'))).json();
    const scan2 = (await upload(counter, samplePng())).json();
    const before = new Date();
    const res = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        components: [
          { index: 0, provided: true, files: [{ sha256: scan1.sha256, name: 'to-khai.pdf' }] },
          {
            index: 1,
            provided: true,
            files: [{ sha256: scan2.sha256, name: 'giay-chung-sinh.png' }],
          },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.code).toMatch(new RegExp(`^000\\.01\\.01\\.H06-${vnDay(before)}-\\d{4}$`));
    expect(d).toMatchObject({
      state: 'received',
      nationalStatus: 2,
      nationalStatusLabel: 'Được tiếp nhận',
      channel: 'counter',
      receivingAgency: { id: agencyIds.provincialCentre },
      // A commune-level procedure goes to the applicant's commune.
      competentAgency: { id: agencyIds.commune(KINH_BAC) },
      forms: ['01', '06'],
      applicantAddress: 'Số 5 đường Nguyễn Trãi, Phường Kinh Bắc, Tỉnh Bắc Ninh',
    });
    expect(d.components[0].files).toEqual([
      { sha256: scan1.sha256, name: 'to-khai.pdf', size: scan1.size, mediaType: 'application/pdf' },
    ]);
    // 1 working day from the time on the receipt, on the shipped calendar.
    const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
    expect(d.dueAt).toBe(
      new Date(dueDate(calendar, Date.parse(d.receivedAt), 1, 'working_days')).toISOString(),
    );
    // Paper goes on to another agency: the transfer rule is applied and recorded.
    expect(d.transferDueAt).not.toBeNull();
    expect(d.history).toHaveLength(1);
    expect(d.history[0]).toMatchObject({
      action: 'receive',
      fromState: null,
      toState: 'received',
      nationalStatus: 2,
    });
    expect(d.history[0].data.transfer.dueAt).toBe(d.transferDueAt);
    const outbox = await t.db.selectFrom('outbox').selectAll().where('key', '=', d.id).execute();
    expect(outbox.map((o) => o.topic)).toEqual(['dvcqg.status']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', d.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['dossier.receive']);

    // The reply is built from what was written, not read back: it must be what a read shows.
    expect((await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json()).toEqual(d);

    const form = await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/01`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(form.rawPayload);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(d.code);
    expect(text).toContain('Nguyễn Thị Hường');
    expect(text).toContain('Đăng ký khai sinh');
    const due = new Date(d.dueAt);
    const dd = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(due);
    expect(text).toContain(dd);
    expectProblem(await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/03`), 404, 'NOT_FOUND');
  });

  it('returns an incomplete dossier with Form 02 listing everything missing, once', async () => {
    const res = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        outcome: 'incomplete',
        components: [{ index: 0, provided: true }],
        missing: [
          { name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi khai' },
          { name: 'Giấy chứng sinh', reason: 'Chưa có bản chính' },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      code: null,
      state: 'incomplete_at_intake',
      nationalStatus: 3,
      forms: ['02'],
    });
    // Each item once: the officer's reason for a missing component replaces the default one.
    expect(d.outcome.missing).toEqual([
      { name: 'Giấy chứng sinh', reason: 'Chưa có bản chính' },
      { name: 'Tờ khai đăng ký khai sinh', reason: 'Thiếu chữ ký của người đi khai' },
    ]);
    const text = await pdfText(
      (await t.as(counter).get(`/api/v1/dossiers/${d.id}/forms/02`)).rawPayload,
    );
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Giấy chứng sinh');
    expect(text).toContain('Thiếu chữ ký của người đi khai');
  });

  it('refuses with Form 03 and its reasons; a refusal needs a reason', async () => {
    const res = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        outcome: 'refused',
        reasons: ['Người nộp không thuộc đối tượng thực hiện thủ tục'],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'refused_at_intake', forms: ['03'] });
    const text = await pdfText(
      (await t.as(counter).get(`/api/v1/dossiers/${res.json().id}/forms/03`)).rawPayload,
    );
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Người nộp không thuộc đối tượng thực hiện thủ tục');
    const none = await t.as(counter).post('/api/v1/dossiers', buildIntake({ outcome: 'refused' }));
    expect(expectProblem(none, 422, 'DOSSIER_INTAKE_INVALID')).toMatchObject({
      errors: [{ field: 'body.reasons', code: 'reason_required' }],
    });
  });

  it('refuses bad input by name and saves nothing', async () => {
    const before = await Promise.all([count('dossiers'), count('dossier_events'), count('outbox')]);
    const unknown = await t
      .as(counter)
      .post('/api/v1/dossiers', buildIntake({ procedureCode: '1.999999' }));
    expectProblem(unknown, 422, 'UNKNOWN_PROCEDURE');
    const badId = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        applicant: {
          kind: 'citizen',
          name: 'Trần Văn B',
          idNumber: '02709500123',
          address: { unitCode: KINH_BAC, detail: 'Thôn Đông' },
        },
      }),
    );
    expect(expectProblem(badId, 422, 'DOSSIER_INTAKE_INVALID')).toMatchObject({
      errors: [{ field: 'body.applicant.idNumber', code: 'not_12_digits' }],
    });
    const missing = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        components: [
          { index: 0, provided: true },
          { index: 1, provided: false },
        ],
      }),
    );
    expect(expectProblem(missing, 422, 'DOSSIER_INCOMPLETE')).toMatchObject({
      errors: [{ field: 'body.components.1.provided', code: 'mandatory_missing' }],
    });
    const unknownField = await t
      .as(counter)
      .post('/api/v1/dossiers', { ...buildIntake(), priority: 'high' });
    expectProblem(unknownField, 400, 'VALIDATION_FAILED');
    const unknownFile = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        components: [
          { index: 0, provided: true, files: [{ sha256: 'a'.repeat(64), name: 'x.pdf' }] },
          { index: 1, provided: true },
        ],
      }),
    );
    expectProblem(unknownFile, 422, 'FILE_NOT_FOUND');
    const badUnit = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        applicant: {
          kind: 'citizen',
          name: 'Lê C',
          idNumber: '027095001234',
          address: { unitCode: '99999', detail: 'x' },
        },
      }),
    );
    expect(expectProblem(badUnit, 422, 'DOSSIER_INTAKE_INVALID').errors).toContainEqual(
      expect.objectContaining({ field: 'body.applicant.address.unitCode' }),
    );
    const after = await Promise.all([count('dossiers'), count('dossier_events'), count('outbox')]);
    expect(after).toEqual(before);
  });

  it('a retried submission with the same Idempotency-Key gives the same dossier, once', async () => {
    const body = buildIntake({
      applicant: {
        kind: 'citizen',
        name: 'Phạm Văn Dũng',
        idNumber: '027090004321',
        address: { unitCode: KINH_BAC, detail: 'Ngõ 3' },
      },
    });
    const send = (payload: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: {
          cookie: counter.cookie,
          'x-csrf-token': counter.csrf,
          'idempotency-key': 'intake-7f1c2a9e',
        },
        payload: payload as object,
      });
    const [a, b] = await Promise.all([send(body), send(body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    const rows = await t.db
      .selectFrom('dossiers')
      .select('id')
      .where('applicant_name', '=', 'Phạm Văn Dũng')
      .execute();
    expect(rows).toHaveLength(1);
    expectProblem(await send({ ...body, note: 'khác' }), 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('a counter officer of another commune cannot receive there, nor see the dossier', async () => {
    const kinhBac = await t.login('motcua.kinhbac');
    const atProvince = await t.as(kinhBac).post('/api/v1/dossiers', buildIntake());
    expectProblem(atProvince, 403, 'FORBIDDEN');
    const own = await t
      .as(kinhBac)
      .post(
        '/api/v1/dossiers',
        buildIntake({ receivingAgencyId: agencyIds.communeCentre(KINH_BAC) }),
      );
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().code).toMatch(/^\d{3}\.00\.01\.H06-/);
    const other = await t.as(counter).get(`/api/v1/dossiers/${own.json().id}`);
    expect(other.statusCode).toBe(200); // the provincial counter serves the whole province
    const stp = await t.login('motcua.stp');
    expectProblem(await t.as(stp).get(`/api/v1/dossiers/${own.json().id}`), 404, 'NOT_FOUND');
  });

  it('routes: the agency named by the catalog decides; a commune may be chosen; others only at their own counter', async () => {
    const provincial = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        procedureCode: PROVINCIAL_CODE,
        components: [
          { index: 0, provided: true },
          { index: 1, provided: true },
        ],
      }),
    );
    expect(provincial.statusCode, provincial.body).toBe(201);
    expect(provincial.json().competentAgency.id).toBe(agencyIds.soTuPhap);
    expect(provincial.json().timeLimit).toEqual({ amount: 10, unit: 'days' });
    const chosen = await t
      .as(counter)
      .post('/api/v1/dossiers', buildIntake({ competentAgencyId: agencyIds.commune(VO_CUONG) }));
    expect(chosen.json().competentAgency.id).toBe(agencyIds.commune(VO_CUONG));
    const notFree = await t
      .as(counter)
      .post('/api/v1/dossiers', buildIntake({ procedureCode: NOT_BOUNDARY_FREE_CODE }));
    expectProblem(notFree, 422, 'PROCEDURE_NOT_BOUNDARY_FREE');
    const outside = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        applicant: {
          kind: 'citizen',
          name: 'Đỗ Văn E',
          idNumber: '001095001234',
          address: { unitCode: '00004', detail: 'Hà Nội' },
        },
      }),
    );
    expectProblem(outside, 422, 'DOSSIER_COMPETENT_AGENCY_REQUIRED');
  });
});

describe('postal intake', () => {
  it('counts from the signing of the hand-over record and keeps the return by post', async () => {
    const signed = new Date(Date.now() - 3 * 3_600_000);
    const res = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        channel: 'post',
        returnChannel: 'post',
        postal: { slipNumber: 'EA123456789VN', handedOverAt: signed.toISOString() },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      channel: 'post',
      returnChannel: 'post',
      submittedAt: signed.toISOString(),
      receivedAt: signed.toISOString(),
      postal: { slipNumber: 'EA123456789VN' },
    });
    expect(res.json().code).toContain(`-${vnDay(signed)}-`);
    const noSlip = await t.as(counter).post('/api/v1/dossiers', buildIntake({ channel: 'post' }));
    expect(expectProblem(noSlip, 422, 'DOSSIER_INTAKE_INVALID').errors?.[0]?.field).toBe(
      'body.postal',
    );
    const future = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        channel: 'post',
        postal: {
          slipNumber: 'EA1',
          handedOverAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      }),
    );
    expectProblem(future, 422, 'DOSSIER_INTAKE_INVALID');
    const notPostal = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        procedureCode: NOT_POSTAL_CODE,
        channel: 'post',
        postal: { slipNumber: 'EA2', handedOverAt: signed.toISOString() },
      }),
    );
    expectProblem(notPostal, 422, 'PROCEDURE_CHANNEL_UNAVAILABLE');
  });
});

describe('the day’s list and the register', () => {
  it('lists today’s dossiers of a counter, pages by cursor, and prints Form 07 as PDF and Excel', async () => {
    const list = await t
      .as(counter)
      .get(`/api/v1/dossiers?receivingAgencyId=${agencyIds.provincialCentre}&limit=2`);
    expect(list.statusCode, list.body).toBe(200);
    const page = list.json();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const next = (
      await t
        .as(counter)
        .get(
          `/api/v1/dossiers?receivingAgencyId=${agencyIds.provincialCentre}&limit=2&cursor=${page.nextCursor}`,
        )
    ).json();
    expect(next.items[0].id).not.toBe(page.items[0].id);
    const received = (await t.as(counter).get(`/api/v1/dossiers?state=received&limit=200`)).json()
      .items;
    const today = localDate(new Date());
    const pdf = await t
      .as(counter)
      .get(
        `/api/v1/dossiers/register.pdf?receivingAgencyId=${agencyIds.provincialCentre}&from=${today}&to=${today}`,
      );
    expect(pdf.statusCode, pdf.body).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    const code = received.find((r: { code: string; receivingAgencyName: string }) =>
      r.code?.startsWith('000.01.01'),
    )?.code;
    expect(text).toContain(code);
    const xlsx = await t
      .as(counter)
      .get(
        `/api/v1/dossiers/register.xlsx?receivingAgencyId=${agencyIds.provincialCentre}&from=${today}&to=${today}`,
      );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const reversed = await t
      .as(counter)
      .get(
        `/api/v1/dossiers/register.pdf?receivingAgencyId=${agencyIds.provincialCentre}&from=${today}&to=2020-01-01`,
      );
    expectProblem(reversed, 400, 'VALIDATION_FAILED');
  });
});
