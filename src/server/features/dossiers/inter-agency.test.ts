import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIntake,
  publishTestProcedures,
  samplePdf,
} from '../../../../test/support/dossiers.js';
import { agencyIds, buildUser, KINH_BAC, VO_CUONG } from '../../../../test/support/factories.js';
import { buildProcedureContent } from '../../../../test/support/procedures.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import type { DossierDetail } from './dossiers.contract.js';

const CODE = '2.000777';
const LEAD = agencyIds.commune(KINH_BAC);
/** The second partner: another commune's People's Committee (outside the receiving centre). */
const PARTNER = agencyIds.commune(VO_CUONG);
const days = (amount: number) => ({ amount, unit: 'working_days' as const });

let t: TestApp;
let counter: Client;
let specialist: Client;
let leader: Client;
let justice: Client;
let office: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db, [
    {
      code: CODE,
      content: buildProcedureContent({
        name: 'Liên thông đăng ký khai sinh và cấp thẻ bảo hiểm y tế',
        timeLimit: days(5),
        ways: (['counter', 'online', 'post'] as const).map((channel) => ({
          channel,
          timeLimit: days(5),
          fees: [],
        })),
        interAgency: {
          leadAgencyId: LEAD,
          agencies: [
            { agencyId: LEAD, share: days(2) },
            { agencyId: agencyIds.soTuPhap, share: days(2) },
            { agencyId: PARTNER, share: days(1) },
          ],
        },
      }),
    },
  ]);
  const clerk = await buildUser(t.db, {
    username: 'chuyenvien.vocuong',
    agencyId: PARTNER,
    roles: [{ role: 'specialist', agencyId: PARTNER }],
  });
  [counter, specialist, leader, justice, office] = (await Promise.all(
    ['motcua.tinh', 'chuyenvien.kinhbac', 'lanhdao.kinhbac', 'chuyenvien.stp', clerk.username].map(
      (u) => t.login(u),
    ),
  )) as [Client, Client, Client, Client, Client];
});
afterAll(() => t.close());

const act = (who: Client, d: { id: string; version: number }, body: Record<string, unknown>) =>
  t.as(who).post(`/api/v1/dossiers/${d.id}/actions`, { version: d.version, ...body });

async function ok(who: Client, d: { id: string; version: number }, body: Record<string, unknown>) {
  const res: LightMyRequestResponse = await act(who, d, body);
  if (res.statusCode !== 200) throw new Error(`${body.action}: ${res.statusCode} ${res.body}`);
  return res.json() as DossierDetail;
}

const view = async (who: Client, id: string) => t.as(who).get(`/api/v1/dossiers/${id}`);

async function takenOn(components?: unknown[]): Promise<DossierDetail> {
  const res = await t
    .as(counter)
    .post(
      '/api/v1/dossiers',
      buildIntake({ procedureCode: CODE, ...(components ? { components } : {}) } as never),
    );
  expect(res.statusCode, res.body).toBe(201);
  const d = res.json() as DossierDetail;
  return ok(leader, d, { action: 'assign', handlerId: specialist.userId });
}

describe('an inter-agency dossier (liên thông)', () => {
  it('on paper goes from the lead to each partner in order, each with its share, and back', async () => {
    let d = await takenOn();
    expect(d.processing.interAgency?.legs.map((l) => l.agency.id)).toEqual([
      agencyIds.soTuPhap,
      PARTNER,
    ]);
    expect(d.allowedActions).toContain('send_to_agencies');
    expectProblem(await act(leader, d, { action: 'approve' }), 409, 'INTER_AGENCY_PENDING');
    // Partners see nothing before it reaches them.
    expect((await view(justice, d.id)).statusCode).toBe(404);

    d = await ok(specialist, d, { action: 'send_to_agencies' });
    expect(d.processing.interAgency?.parallel).toBe(false);
    expect(d.processing.interAgency?.legs[0]?.sentAt).toBeTruthy();
    expect(d.processing.interAgency?.legs[1]?.sentAt).toBeNull();
    expect(d.allowedActions).not.toContain('send_to_agencies');
    // The part is in the partner's inbox of inter-agency work, not in its own dossiers.
    const inbox = async (who: Client, scope: string) =>
      ((await t.as(who).get(`/api/v1/inbox?scope=${scope}`)).json().items as { id: string }[]).map(
        (i) => i.id,
      );
    expect(await inbox(justice, 'partner')).toContain(d.id);
    expect(await inbox(justice, 'agency')).not.toContain(d.id);
    expect(await inbox(office, 'partner')).not.toContain(d.id);
    const atJustice = (await view(justice, d.id)).json() as DossierDetail;
    expect(atJustice.allowedActions).toEqual(['return_from_agency']);
    expect((await view(office, d.id)).statusCode).toBe(404);
    // No agency answers for a part not out with it.
    expectProblem(
      await act(justice, d, {
        action: 'return_from_agency',
        agencyId: PARTNER,
        note: 'x',
      }),
      409,
      'INTER_AGENCY_LEG_UNKNOWN',
    );

    d = await ok(justice, d, {
      action: 'return_from_agency',
      agencyId: agencyIds.soTuPhap,
      note: 'Thông tin hộ tịch khớp Cơ sở dữ liệu hộ tịch điện tử',
    });
    // Straight on to the next agency in the order.
    expect(d.processing.interAgency?.legs[0]).toMatchObject({ onTime: true });
    expect(d.processing.interAgency?.legs[1]?.sentAt).toBeTruthy();
    const atOffice = (await view(office, d.id)).json() as DossierDetail;
    expect(atOffice.allowedActions).toEqual(['return_from_agency']);
    expect(await inbox(justice, 'partner')).not.toContain(d.id);
    expect(await inbox(office, 'partner')).toContain(d.id);
    // Its part done, the agency still reads the dossier but has nothing more to do on it.
    const done = (await view(justice, d.id)).json() as DossierDetail;
    expect(done.allowedActions).toEqual([]);
    expectProblem(
      await act(justice, d, {
        action: 'return_from_agency',
        agencyId: agencyIds.soTuPhap,
        note: 'x',
      }),
      403,
      'FORBIDDEN',
    );

    d = await ok(office, d, {
      action: 'return_from_agency',
      agencyId: PARTNER,
      note: 'Đã cấp thẻ',
    });
    const back = (await view(specialist, d.id)).json() as DossierDetail;
    expect(back.processing.interAgency?.legs.every((l) => l.returnedAt)).toBe(true);
    const notices = (await t.as(specialist).get('/api/v1/notifications')).json().items as {
      kind: string;
      dossierId: string;
    }[];
    expect(notices.filter((n) => n.dossierId === d.id).map((n) => n.kind)).toContain(
      'dossier.inter_agency_returned',
    );
    // Every hand-over is in the history: from, to, when due, in time or not.
    const handOvers = back.history.filter((h) =>
      ['send_to_agencies', 'return_from_agency'].includes(h.action),
    );
    expect(
      handOvers.map((h) => [h.action, h.data.fromAgencyId, h.data.toAgencyId ?? null]),
    ).toEqual([
      ['send_to_agencies', LEAD, null],
      ['return_from_agency', agencyIds.soTuPhap, PARTNER],
      ['return_from_agency', PARTNER, LEAD],
    ]);
    expect(handOvers[0]?.data.sent).toEqual([
      { toAgencyId: agencyIds.soTuPhap, dueAt: expect.any(String) },
    ]);
    const decided = await ok(leader, back, { action: 'approve' });
    expect(decided.state).toBe('decided');
  });

  it('when every paper is scanned goes to all partners at once', async () => {
    const scans = await Promise.all(
      ['to khai', 'giay chung sinh'].map(async (text) => {
        const res = await t.app.inject({
          method: 'PUT',
          url: '/api/v1/files',
          headers: {
            cookie: counter.cookie,
            'x-csrf-token': counter.csrf,
            'content-type': 'application/pdf',
          },
          payload: samplePdf(text),
        });
        return res.json().sha256 as string;
      }),
    );
    let d = await takenOn(
      scans.map((sha256, index) => ({
        index,
        provided: true,
        files: [{ sha256, name: `${index}.pdf` }],
      })),
    );
    d = await ok(specialist, d, { action: 'send_to_agencies' });
    expect(d.processing.interAgency?.parallel).toBe(true);
    expect(d.processing.interAgency?.legs.every((l) => l.sentAt)).toBe(true);
    expect((await view(justice, d.id)).statusCode).toBe(200);
    expect((await view(office, d.id)).statusCode).toBe(200);
    // One agency cannot answer for another.
    expectProblem(
      await act(justice, d, { action: 'return_from_agency', agencyId: PARTNER, note: 'x' }),
      403,
      'FORBIDDEN',
    );
    d = await ok(office, d, {
      action: 'return_from_agency',
      agencyId: PARTNER,
      note: 'Đồng ý',
    });
    expectProblem(await act(leader, d, { action: 'approve' }), 409, 'INTER_AGENCY_PENDING');
    d = await ok(justice, d, {
      action: 'return_from_agency',
      agencyId: agencyIds.soTuPhap,
      note: 'Đồng ý',
    });
    expect(d.history.at(-1)?.data.toAgencyId).toBe(LEAD);
  });
});
