import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIntake,
  COMMUNE_CODE,
  publishTestProcedures,
  samplePdf,
} from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
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
import { warnOfDeadlines } from './dossier-alerts.js';
import type { DvcqgDossierBody } from './dossiers.contract.js';

let t: TestApp;
let counter: Client;
let token: string;
const SUBMITTED_AT = new Date(Date.now() - 60_000).toISOString();

beforeAll(async () => {
  t = await createTestApp({ config: { publicLookupRateLimitPerMinute: 12 } });
  await publishTestProcedures(t.db);
  counter = await t.login('motcua.tinh');
  const admin = await t.login('quantri.tinh');
  const created = await t.as(admin).post('/api/v1/api-tokens', {
    name: 'Bộ điều hợp Cổng DVCQG',
    agencyId: agencyIds.province,
    scopes: ['dossier.submit_online'],
  });
  expect(created.statusCode, created.body).toBe(201);
  token = created.json().token;
});
afterAll(() => t.close());

function dvcqgBody(overrides: Partial<DvcqgDossierBody> = {}): DvcqgDossierBody {
  return {
    dvcqgId: 'G22.99-261201-000123',
    dvcqgCode: 'G22.99-261201-000123',
    procedureCode: COMMUNE_CODE,
    receivingAgencyCode: '000.01.01.H06',
    submittedAt: SUBMITTED_AT,
    applicant: {
      kind: 'citizen',
      name: 'Vũ Thị Ngọc Ánh',
      idNumber: '027196004567',
      address: { unitCode: KINH_BAC, detail: 'Số 12 Lý Thái Tổ' },
      phone: '0987654321',
    },
    components: [
      {
        index: 0,
        files: [{ name: 'to-khai.pdf', contentBase64: samplePdf('online').toString('base64') }],
      },
      { index: 1, files: [] },
    ],
    returnChannel: 'online',
    ...overrides,
  };
}

const deliver = (payload: unknown, bearer = token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/integrations/dvcqg/dossiers',
    headers: { authorization: `Bearer ${bearer}` },
    payload: payload as object,
  });

describe('online intake from DVCQG', () => {
  it('takes a dossier once, starts the 8-working-hour clock and tells the counter officers', async () => {
    const before = Date.now();
    const res = await deliver(dvcqgBody());
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    expect(receipt).toMatchObject({
      state: 'awaiting_acceptance',
      nationalStatus: 1,
      duplicate: false,
    });
    const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
    const due = Date.parse(receipt.acceptanceDueAt);
    expect(due).toBeGreaterThanOrEqual(dueDate(calendar, before, 8, 'working_hours'));
    expect(due).toBeLessThanOrEqual(dueDate(calendar, Date.now(), 8, 'working_hours'));

    const again = await deliver(dvcqgBody());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: receipt.id, duplicate: true });
    const changed = await deliver(dvcqgBody({ dvcqgCode: 'KHAC' }));
    expectProblem(changed, 409, 'DVCQG_DOSSIER_CONFLICT');
    const rows = await t.db
      .selectFrom('dossiers')
      .select('id')
      .where('external_id', '=', 'G22.99-261201-000123')
      .execute();
    expect(rows).toHaveLength(1);

    const notices = (await t.as(counter).get('/api/v1/notifications')).json().items;
    expect(notices[0]).toMatchObject({
      kind: 'dossier.arrived_online',
      dossierId: receipt.id,
      dossierCode: 'G22.99-261201-000123',
      acceptanceDueAt: receipt.acceptanceDueAt,
    });
    expect(notices[0].title).toContain('G22.99-261201-000123');
    // The message for e-mail or SMS names whom to tell.
    const message = await t.db
      .selectFrom('outbox')
      .select('payload')
      .where('topic', '=', 'notify.officers')
      .where('key', '=', receipt.id)
      .executeTakeFirstOrThrow();
    expect((message.payload as { recipients: string[] }).recipients).toContain(counter.userId);
    const kinhBacCounter = await t.login('motcua.kinhbac');
    expect((await t.as(kinhBacCounter).get('/api/v1/notifications')).json().items).toEqual([]);

    const detail = (await t.as(counter).get(`/api/v1/dossiers/${receipt.id}`)).json();
    expect(detail).toMatchObject({
      code: null,
      channel: 'online',
      external: { system: 'dvcqg', id: 'G22.99-261201-000123' },
      acceptanceDueAt: receipt.acceptanceDueAt,
      // The counter may also record the applicant's withdrawal.
      allowedActions: ['accept', 'request_correction', 'decline_not_competent', 'withdraw'],
    });
    expect(detail.components[0].files[0]).toMatchObject({
      name: 'to-khai.pdf',
      mediaType: 'application/pdf',
    });

    // Two officers answer the same version: one accepts, the other is told it changed.
    const accepted = await t
      .as(counter)
      .post(`/api/v1/dossiers/${receipt.id}/accept`, { version: detail.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      state: 'received',
      nationalStatus: 2,
      forms: ['01', '06'],
    });
    expect(accepted.json().code).toMatch(/^000\.01\.01\.H06-\d{6}-\d{4}$/);
    expect(accepted.json().history.map((h: { action: string }) => h.action)).toEqual([
      'arrive_online',
      'accept',
    ]);
    const late = await t.as(counter).post(`/api/v1/dossiers/${receipt.id}/request-correction`, {
      version: detail.version,
      items: [{ name: 'Giấy chứng sinh', reason: 'Ảnh chụp mờ' }],
    });
    expectProblem(late, 409, 'DOSSIER_VERSION_CONFLICT');
    const forbidden = await t.as(counter).post(`/api/v1/dossiers/${receipt.id}/decline`, {
      version: accepted.json().version,
      reason: 'Không thuộc thẩm quyền',
    });
    expectProblem(forbidden, 409, 'DOSSIER_TRANSITION_FORBIDDEN');
    const outbox = await t.db
      .selectFrom('outbox')
      .select('topic')
      .where('key', '=', receipt.id)
      .orderBy('id')
      .execute();
    expect(outbox.map((o) => o.topic)).toEqual(['dvcqg.status', 'notify.officers', 'dvcqg.status']);
  });

  it('asks for a correction with Form 02, or declines as not competent with Form 03', async () => {
    const a = (await deliver(dvcqgBody({ dvcqgId: 'G-2', dvcqgCode: 'G-2' }))).json();
    const corrected = await t.as(counter).post(`/api/v1/dossiers/${a.id}/request-correction`, {
      version: 1,
      items: [{ name: 'Giấy chứng sinh', reason: 'Chưa đính kèm' }],
    });
    expect(corrected.json()).toMatchObject({
      state: 'correction_requested',
      nationalStatus: 5,
      forms: ['02'],
    });
    const b = (await deliver(dvcqgBody({ dvcqgId: 'G-3', dvcqgCode: 'G-3' }))).json();
    const declined = await t.as(counter).post(`/api/v1/dossiers/${b.id}/decline`, {
      version: 1,
      reason: 'Thuộc thẩm quyền tỉnh khác',
    });
    expect(declined.json()).toMatchObject({
      state: 'refused_at_intake',
      nationalStatus: 3,
      forms: ['03'],
    });
    expectProblem(
      await t.as(counter).post(`/api/v1/dossiers/${b.id}/decline`, { version: 2 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses unknown fields, unknown codes, bad files and callers without the scope', async () => {
    const unknownField = await deliver({ ...dvcqgBody({ dvcqgId: 'G-4' }), priority: 1 });
    expect(expectProblem(unknownField, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toContain(
      'priority',
    );
    const unknownCodes = await deliver(
      dvcqgBody({
        dvcqgId: 'G-5',
        procedureCode: '1.999999',
        receivingAgencyCode: '999.99.99.H06',
      }),
    );
    expect(
      expectProblem(unknownCodes, 422, 'DVCQG_UNKNOWN_CODE')
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['body.procedureCode', 'body.receivingAgencyCode']);
    const badFile = await deliver(
      dvcqgBody({
        dvcqgId: 'G-6',
        components: [
          {
            index: 0,
            files: [{ name: 'a.txt', contentBase64: Buffer.from('xin chào').toString('base64') }],
          },
        ],
      }),
    );
    expect(expectProblem(badFile, 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({
      field: 'body.components.0.files.0',
      code: 'unsupported_type',
    });
    expectProblem(
      await deliver(dvcqgBody({ dvcqgId: 'G-7' }), 'mct_not-a-token'),
      401,
      'AUTH_INVALID_TOKEN',
    );
    const twice = await deliver(
      dvcqgBody({
        dvcqgId: 'G-9',
        components: [
          { index: 0, files: [] },
          { index: 0, files: [] },
        ],
      }),
    );
    expect(expectProblem(twice, 400, 'VALIDATION_FAILED').errors?.[0]).toMatchObject({
      field: 'body.components.1.index',
      code: 'duplicate_component',
    });
    const officerTry = await t
      .as(counter)
      .post('/api/v1/integrations/dvcqg/dossiers', dvcqgBody({ dvcqgId: 'G-8' }));
    expectProblem(officerTry, 403, 'FORBIDDEN');
    const saved = await t.db
      .selectFrom('dossiers')
      .select('external_id')
      .where('external_id', 'in', ['G-4', 'G-5', 'G-6', 'G-7', 'G-8', 'G-9'])
      .execute();
    expect(saved).toEqual([]);
  });
});

describe('public lookup', () => {
  it('shows the status to anyone with the code; the due date only with the applicant’s ID or phone', async () => {
    const d = (await t.as(counter).post('/api/v1/dossiers', buildIntake())).json();
    const open = await t.app.inject({ method: 'GET', url: `/api/v1/public/dossiers/${d.code}` });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toEqual({
      code: d.code,
      procedureName: 'Đăng ký khai sinh',
      nationalStatus: 2,
      status: 'Được tiếp nhận',
      progress: { stage: 'received', percent: expect.any(Number) },
      verified: false,
      currentStep: null,
      dueAt: null,
      receivedAt: null,
    });
    expect(open.body).not.toContain('Hường');
    const byId = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/dossiers/${d.code}?idNumber=027095001234`,
      })
    ).json();
    expect(byId).toMatchObject({ verified: true, dueAt: d.dueAt, receivedAt: d.receivedAt });
    expect(byId.currentStep).toBeTruthy();
    const byPhone = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/dossiers/${d.code}?phone=%2B84912345678`,
      })
    ).json();
    expect(byPhone.verified).toBe(true);
    const wrong = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/dossiers/${d.code}?idNumber=027095009999`,
      })
    ).json();
    expect(wrong).toMatchObject({ verified: false, dueAt: null });
    // Trying numbers against a code stops working after a few wrong ones, even for the right one.
    for (let i = 0; i < 4; i++)
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/dossiers/${d.code}?phone=09000000${i}0`,
      });
    const right = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/dossiers/${d.code}?idNumber=027095001234`,
    });
    expect(right.json()).toMatchObject({ verified: false, dueAt: null });
    expectProblem(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/public/dossiers/000.01.01.H06-200101-0001',
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('is rate limited per client', async () => {
    let last = 0;
    for (let i = 0; i < 15; i++) {
      last = (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/public/dossiers/X-1',
          remoteAddress: '10.9.9.9',
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('correction on DVCQG', () => {
  it('brings the dossier back for an answer with a new deadline, its new scans and a notice, once', async () => {
    const d = (await deliver(dvcqgBody({ dvcqgId: 'G-R1', dvcqgCode: 'G-R1' }))).json();
    await t.as(counter).post(`/api/v1/dossiers/${d.id}/request-correction`, {
      version: 1,
      items: [{ name: 'Giấy chứng sinh', reason: 'Chưa đính kèm' }],
    });
    const correction = {
      resubmittedAt: new Date().toISOString(),
      components: [
        {
          index: 1,
          files: [
            { name: 'giay-chung-sinh.pdf', contentBase64: samplePdf('bo sung').toString('base64') },
          ],
        },
      ],
    };
    const resubmit = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/integrations/dvcqg/dossiers/G-R1/resubmissions',
        headers: { authorization: `Bearer ${token}` },
        payload: correction,
      });
    const first = await resubmit();
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      state: 'awaiting_acceptance',
      nationalStatus: 1,
      duplicate: false,
    });
    const again = await resubmit();
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    const detail = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json();
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual([
      'arrive_online',
      'request_correction',
      'resubmit',
    ]);
    expect(detail.components[1].files.map((f: { name: string }) => f.name)).toEqual([
      'giay-chung-sinh.pdf',
    ]);
    const notices = (await t.as(counter).get('/api/v1/notifications')).json().items;
    expect(notices[0]).toMatchObject({ kind: 'dossier.resubmitted_online', dossierId: d.id });
    const accepted = await t
      .as(counter)
      .post(`/api/v1/dossiers/${d.id}/accept`, { version: detail.version });
    expect(accepted.json().state).toBe('received');
    // The same correction delivered again later still gets the first answer; another is refused.
    expect((await resubmit()).json()).toMatchObject({ duplicate: true, state: 'received' });
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/dvcqg/dossiers/G-R1/resubmissions',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...correction, resubmittedAt: new Date(Date.now() + 1000).toISOString() },
    });
    expectProblem(other, 409, 'DOSSIER_TRANSITION_FORBIDDEN');
    // The component supplied in the correction counts as provided; the request is answered.
    const after = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json();
    expect(after.components[1].provided).toBe(true);
    expect(after.outcome).toBeNull();
    // Nobody without the adapter's token learns whether a DVCQG id exists.
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/dvcqg/dossiers/G-R1/resubmissions',
      payload: correction,
    });
    expectProblem(anonymous, 401, 'AUTH_REQUIRED');
  });
});

describe('stop requests from DVCQG', () => {
  const stop = (dvcqgId: string, payload: object, bearer = token) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/integrations/dvcqg/dossiers/${dvcqgId}/withdrawals`,
      headers: { authorization: `Bearer ${bearer}` },
      payload,
    });
  const requestedAt = new Date(Date.now() - 5_000).toISOString();

  it('stop a dossier before the decision once, tell the counter, and answer a retry the same', async () => {
    const d = (await deliver(dvcqgBody({ dvcqgId: 'G-W1', dvcqgCode: 'G-W1' }))).json();
    await t.as(counter).post(`/api/v1/dossiers/${d.id}/accept`, { version: 1 });
    const first = await stop('G-W1', { requestedAt, reason: 'Tôi không còn nhu cầu' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ state: 'withdrawn', nationalStatus: 7, duplicate: false });
    const again = await stop('G-W1', { requestedAt, reason: 'Tôi không còn nhu cầu' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ state: 'withdrawn', duplicate: true });

    const detail = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json();
    expect(detail.state).toBe('withdrawn');
    const withdrawals = detail.history.filter((h: { action: string }) => h.action === 'withdraw');
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({
      nationalStatus: 7,
      actor: { type: 'system' },
      data: { source: 'dvcqg', reason: 'Tôi không còn nhu cầu', requestedAt },
    });
    const notices = (await t.as(counter).get('/api/v1/notifications')).json().items;
    expect(notices[0]).toMatchObject({ kind: 'dossier.withdrawn_online', dossierId: d.id });
    // Status 7 goes back to DVCQG through the outbox, once.
    const synced = await t.db
      .selectFrom('outbox')
      .select('payload')
      .where('key', '=', d.id)
      .where(sql<boolean>`payload->>'nationalStatus' = '7'`)
      .execute();
    expect(synced).toHaveLength(1);
  });

  it('refuse a stop after the decision by name, and unknown or malformed requests; nothing changes', async () => {
    const d = (await deliver(dvcqgBody({ dvcqgId: 'G-W2', dvcqgCode: 'G-W2' }))).json();
    const declined = await t.as(counter).post(`/api/v1/dossiers/${d.id}/decline`, {
      version: 1,
      reason: 'Thủ tục thuộc thẩm quyền cơ quan khác',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const before = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json();
    expectProblem(await stop('G-W2', { requestedAt }), 409, 'WITHDRAWAL_TOO_LATE');
    const after = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json();
    expect(after).toMatchObject({ state: before.state, version: before.version });
    expectProblem(await stop('G-KHONG-CO', { requestedAt }), 404, 'NOT_FOUND');
    expectProblem(await stop('G-W2', { reason: 'x' }), 400, 'VALIDATION_FAILED');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/dvcqg/dossiers/G-W2/withdrawals',
      payload: { requestedAt },
    });
    expectProblem(anonymous, 401, 'AUTH_REQUIRED');
  });
});

describe('online dossiers not answered in time', () => {
  it('warn the receiving counter and the supervisors once when the 8 working hours are past', async () => {
    const d = (await deliver(dvcqgBody({ dvcqgId: 'G-A1', dvcqgCode: 'G-A1' }))).json();
    const supervisor = await t.login('giamsat.tinh');
    const kinds = async (who: Client) =>
      (
        (await t.as(who).get('/api/v1/notifications')).json().items as {
          kind: string;
          dossierId: string;
        }[]
      )
        .filter((n) => n.dossierId === d.id)
        .map((n) => n.kind);
    const limit = Date.parse(d.acceptanceDueAt);
    await warnOfDeadlines(t.db, new Date(limit - 60_000));
    expect(await kinds(supervisor)).toEqual([]);
    await Promise.all([
      warnOfDeadlines(t.db, new Date(limit + 60_000)),
      warnOfDeadlines(t.db, new Date(limit + 60_000)),
    ]);
    expect(await kinds(supervisor)).toEqual(['dossier.acceptance_overdue']);
    expect((await kinds(counter)).filter((k) => k === 'dossier.acceptance_overdue')).toHaveLength(
      1,
    );
    // Answered, it is no longer owed a warning.
    await t.as(counter).post(`/api/v1/dossiers/${d.id}/accept`, { version: 1 });
    await warnOfDeadlines(t.db, new Date(limit + 3_600_000));
    expect(await kinds(supervisor)).toEqual(['dossier.acceptance_overdue']);
  });
});
