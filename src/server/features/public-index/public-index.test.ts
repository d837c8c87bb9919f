import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import { indexTestbed } from '../../../../test/support/index-testbed.js';
import { expectProblem } from '../../../../test/support/test-app.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import type { DossierDetail } from '../dossiers/dossiers.contract.js';
import type { UnitsView } from '../indicators/indicators.contract.js';
import type { LateDossiersView, PublicUnitsView } from './public-index.contract.js';

/**
 * The public disclosure of the service index (issue 7, item 4): the figures of the officers'
 * dashboard and the monthly list of late dossiers, for anyone, without personal data.
 */

let bed: Awaited<ReturnType<typeof indexTestbed>>;
const late = { lateExplanation: { who: 'Chuyên viên A', why: 'Chờ xác minh' } };
const DAY = 86_400_000;
/** The applicant of the late dossiers: none of this may reach the public list. */
const LATE_APPLICANT = {
  kind: 'citizen' as const,
  name: 'Trần Văn Bình',
  idNumber: '001203004567',
  address: { unitCode: KINH_BAC, detail: 'Số 17 ngõ Hòa Bình' },
  phone: '0987001122',
};
const dossiers: Record<'early' | 'open' | 'lateFinished' | 'lateOpen', DossierDetail> = {} as never;

/** A birth registration (1 working day) handed over by post 20 days ago: long past its due time. */
async function receivedByPost20DaysAgo(): Promise<DossierDetail> {
  const res = await bed.t.as(bed.counter).post(
    '/api/v1/dossiers',
    buildIntake({
      channel: 'post',
      postal: {
        slipNumber: 'EB125966880VN',
        handedOverAt: new Date(Date.now() - 20 * DAY).toISOString(),
      },
      applicant: LATE_APPLICANT,
    }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as DossierDetail;
}

const decide = (extra: Record<string, unknown> = {}) =>
  [
    ['chuyenvien.kinhbac', { action: 'claim' }, 0],
    ['chuyenvien.kinhbac', { action: 'forward' }, 0],
    ['lanhdao.kinhbac', { action: 'approve', ...extra }, 0],
  ] as [string, Record<string, unknown>, number][];

beforeAll(async () => {
  bed = await indexTestbed();
  // Decided at once (early), received and left (within its time), decided late, left late.
  dossiers.early = await bed.receive();
  await bed.walk(dossiers.early, decide());
  dossiers.open = await bed.receive();
  dossiers.lateFinished = await receivedByPost20DaysAgo();
  await bed.walk(dossiers.lateFinished, decide(late));
  dossiers.lateOpen = await receivedByPost20DaysAgo();
});
afterAll(() => bed.t.close());

/** A request as a citizen makes it: no cookie, no token. */
const anonymous = (url: string) => bed.t.app.inject({ method: 'GET', url });

const today = () => localDate(new Date());
const thisMonth = () => today().slice(0, 7);

describe('GET /api/v1/public/index/units', () => {
  it('gives anyone the figures of the officers’ dashboard, unit by unit, with the plan’s targets', async () => {
    const supervisor = await bed.t.login('giamsat.tinh');
    const units = [agencyIds.province, agencyIds.commune(KINH_BAC)];
    for (const agencyId of units) {
      const query = `period=month&date=${today()}`;
      const officers = await bed.t
        .as(supervisor)
        .get(`/api/v1/indicators/units?agencyId=${agencyId}&${query}`);
      expect(officers.statusCode).toBe(200);
      const expected = officers.json() as UnitsView;
      // The province is the default unit.
      const res = await anonymous(
        `/api/v1/public/index/units?${agencyId === agencyIds.province ? '' : `agencyId=${agencyId}&`}${query}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      const body = res.json() as PublicUnitsView;
      const figures = ({ onTimeMet: _, earlyMet: __, ...rest }: PublicUnitsView['total']) => rest;
      expect(body.period).toEqual(expected.period);
      expect(figures(body.total)).toEqual(expected.total);
      expect(body.units.map(figures)).toEqual(expected.units);
      expect(body.targets).toEqual({
        onTime: { above: 0.9, comparison: 'above' },
        early: { above: 0.6, comparison: 'above' },
      });
      for (const u of [body.total, ...body.units]) {
        expect(u.onTimeMet).toBe(u.onTime === null ? null : u.onTime > 0.9);
        expect(u.earlyMet).toBe(u.early === null ? null : u.early > 0.6);
      }
    }

    // The officers' route still asks who reads: a commune's leader may not read the province.
    const leader = await bed.t.login('lanhdao.kinhbac');
    expectProblem(
      await bed.t
        .as(leader)
        .get(`/api/v1/indicators/units?agencyId=${agencyIds.province}&date=${today()}`),
      403,
      'FORBIDDEN',
    );

    // Something of every kind was counted, so the comparison means something.
    const province = (
      await anonymous(`/api/v1/public/index/units?period=month&date=${today()}`)
    ).json() as PublicUnitsView;
    expect(province.total.agency.id).toBe(agencyIds.province);
    expect(province.total.counts).toMatchObject({ finishedLate: 1, openLate: 1 });
    expect(province.total.counts.finishedEarly + province.total.counts.finishedOnTime).toBe(1);
    // 2 of 4 on time (one finished early, one open within its time): below the 90% target.
    expect(province.total.onTime).toBeCloseTo(0.5);
    expect(province.total.onTimeMet).toBe(false);
  });

  it('answers an unknown unit with 404 and an impossible period with 422, as problems', async () => {
    expectProblem(
      await anonymous(
        `/api/v1/public/index/units?agencyId=00000000-0000-4000-8000-000000000000&date=${today()}`,
      ),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await anonymous('/api/v1/public/index/units?period=custom&date=2026-11-30&to=2026-11-01'),
      422,
      'PERIOD_INVALID',
    );
  });
});

describe('GET /api/v1/public/index/late-dossiers', () => {
  it('lists exactly the late dossiers of the month under their agency, the applicant masked', async () => {
    const res = await anonymous(`/api/v1/public/index/late-dossiers?month=${thisMonth()}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as LateDossiersView;
    expect(body).toMatchObject({
      month: thisMonth(),
      countedTo: today(),
      unit: { id: agencyIds.province },
      total: 2,
    });
    // The commune decides birth registrations: it is the agency that was late.
    expect(body.agencies.map((a) => a.agency.id)).toEqual([agencyIds.commune(KINH_BAC)]);
    expect(body.agencies[0]?.agency.name).toContain('Kinh Bắc');
    const items = body.agencies.flatMap((a) => a.items);
    expect(items.map((i) => i.code).sort()).toEqual(
      [dossiers.lateFinished.code, dossiers.lateOpen.code].sort(),
    );
    const byCode = new Map(items.map((i) => [i.code, i]));
    const finished = byCode.get(dossiers.lateFinished.code);
    const open = byCode.get(dossiers.lateOpen.code);
    expect(finished?.finishedAt).not.toBeNull();
    expect(open?.finishedAt).toBeNull();
    for (const item of items) {
      expect(item).not.toHaveProperty('applicantName');
      expect(item.procedureName).toBe(dossiers.lateOpen.procedure.name);
      expect(Date.parse(item.dueAt as string)).toBeLessThan(Date.now());
      expect(Date.parse(item.receivedAt)).toBeLessThan(Date.parse(item.dueAt as string));
    }
    expect(Date.parse(finished?.finishedAt as string)).toBeGreaterThan(
      Date.parse(finished?.dueAt as string),
    );

    // No personal data: not the name, nor any ID number, phone or address of an applicant.
    for (const secret of [
      LATE_APPLICANT.name,
      LATE_APPLICANT.idNumber,
      LATE_APPLICANT.phone,
      LATE_APPLICANT.address.detail,
      'Nguyễn Thị Hường',
      '027095001234',
      '0912345678',
      'Số 5 đường Nguyễn Trãi',
    ])
      expect(res.body).not.toContain(secret);

    // The same dossiers as the officers' drill-down into the late figures of the month.
    const supervisor = await bed.t.login('giamsat.tinh');
    const behind: string[] = [];
    for (const bucket of ['finished_late', 'open_late']) {
      const list = await bed.t
        .as(supervisor)
        .get(
          `/api/v1/indicators/dossiers?agencyId=${agencyIds.province}&period=month&date=${today()}&bucket=${bucket}`,
        );
      expect(list.statusCode).toBe(200);
      behind.push(...(list.json() as { items: { code: string }[] }).items.map((i) => i.code));
    }
    expect(items.map((i) => i.code).sort()).toEqual(behind.sort());

    // One unit's list: the commune has them all; another commune has none.
    const commune = (
      await anonymous(
        `/api/v1/public/index/late-dossiers?month=${thisMonth()}&agencyId=${agencyIds.commune(KINH_BAC)}`,
      )
    ).json() as LateDossiersView;
    expect(commune.total).toBe(2);
    const other = (
      await anonymous(
        `/api/v1/public/index/late-dossiers?month=${thisMonth()}&agencyId=${agencyIds.commune('09190')}`,
      )
    ).json() as LateDossiersView;
    expect(other).toMatchObject({ total: 0, agencies: [] });
  });

  it('gives an empty list for a month before any dossier', async () => {
    const res = await anonymous('/api/v1/public/index/late-dossiers?month=2025-01');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      month: '2025-01',
      from: '2025-01-01',
      to: '2025-01-31',
      countedTo: '2025-01-31',
      total: 0,
      agencies: [],
    });
  });

  it('answers a month to come or a malformed one with 422 MONTH_INVALID in Vietnamese', async () => {
    const next = addDays(`${thisMonth()}-28`, 5).slice(0, 7);
    for (const month of [next, '2999-01', '2025-13', '2025-1', 'abc', '']) {
      const res: LightMyRequestResponse = await anonymous(
        `/api/v1/public/index/late-dossiers?month=${encodeURIComponent(month)}`,
      );
      const problem = expectProblem(res, 422, 'MONTH_INVALID');
      expect(problem.title).toMatch(/^Tháng không hợp lệ/);
      expect(problem.detail).toMatch(/Tháng/);
    }
    expectProblem(await anonymous('/api/v1/public/index/late-dossiers'), 400, 'VALIDATION_FAILED');
  });
});
