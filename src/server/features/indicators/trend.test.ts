import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC, VO_CUONG } from '../../../../test/support/factories.js';
import { indexTestbed } from '../../../../test/support/index-testbed.js';
import { type Client, expectProblem, type TestApp } from '../../../../test/support/test-app.js';
import type { Actor } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { judge, type ProgressCounts, tally } from '../../../domain/indicators/on-time.js';
import { elapsedPart, periodOf, startOfDay } from '../../../domain/indicators/periods.js';
import { intake } from '../dossiers/dossier-intake.service.js';
import { act } from '../dossiers/dossier-processing.service.js';
import { type DossierDetail, IntakeBody } from '../dossiers/dossiers.contract.js';
import type { ProgressView, TrendView, UnitsView } from './indicators.contract.js';
import { dossierHistories } from './indicators.queries.js';
import { retotalPastDays } from './indicators.service.js';

/**
 * The trend of the service index (issue 7, item 3): for each of consecutive periods, the same
 * figures as /indicators/progress gives for that period alone, from dossiers received and handled
 * through the real services at times in past months.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let actors: Record<string, Actor & { id: string }>;
let supervisor: Client;
const today = localDate(new Date());

/** Local day of each receipt, early finish and late finish written below (the expected counts). */
const received: string[] = [];
const finishedEarly: string[] = [];
const finishedLate: string[] = [];

const late = { lateExplanation: { who: 'Chuyên viên A', why: 'Chờ xác minh' } };

/** Received at the provincial counter at `when`, through the intake service. */
async function receiveAt(when: number): Promise<DossierDetail> {
  const out = await intake(
    t.db,
    actors['motcua.tinh'] as Actor,
    IntakeBody.parse(buildIntake()),
    undefined,
    undefined,
    new Date(when),
  );
  received.push(localDate(new Date(when)));
  return out.detail as DossierDetail;
}

/** Actions through the processing service, each at a number of hours after `from`. */
async function walk(
  d: DossierDetail,
  from: number,
  steps: [who: string, body: Record<string, unknown>, hours: number][],
) {
  let version = d.version;
  for (const [who, body, hours] of steps) {
    const command =
      body.action === 'forward' ? { ...body, handlerId: actors['lanhdao.kinhbac']?.id } : body;
    const out = await act(
      t.db,
      actors[who] as Actor,
      d.id,
      { ...command, version } as never,
      new Date(from + hours * HOUR),
    );
    version = out.version;
  }
}

/** Counts through the rule itself, from the raw histories: the brute force to compare with. */
async function bruteForce(period: { start: number; end: number }): Promise<ProgressCounts> {
  const all = await dossierHistories(t.db, null, 100_000);
  return tally(all.map((d) => judge(d.timeline, period)));
}

beforeAll(async () => {
  ({ t, actors } = await indexTestbed());
  supervisor = await t.login('giamsat.tinh');
  // Four batches 35 days apart (so in four different months), at 09:00 in Vietnam: batch k has
  // k + 1 dossiers decided the same morning (early), one decided 20 days later (late; the last
  // batch's would be in the future, so it has none) and one left open (late after a working day).
  for (const [k, ago] of [115, 80, 45, 10].entries()) {
    const at = startOfDay(addDays(today, -ago)) + 9 * HOUR;
    for (let i = 0; i <= k; i += 1) {
      await walk(await receiveAt(at), at, [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0.5],
        ['chuyenvien.kinhbac', { action: 'forward' }, 1],
        ['lanhdao.kinhbac', { action: 'approve' }, 2],
      ]);
      finishedEarly.push(localDate(new Date(at + 2 * HOUR)));
    }
    if (ago > 20) {
      await walk(await receiveAt(at), at, [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0.5],
        ['chuyenvien.kinhbac', { action: 'forward' }, 19 * 24],
        ['lanhdao.kinhbac', { action: 'approve', ...late }, 20 * 24],
      ]);
      finishedLate.push(localDate(new Date(at + 20 * DAY)));
    }
    await walk(await receiveAt(at), at, [['chuyenvien.kinhbac', { action: 'claim' }, 0.5]]);
  }
  // Past days were written after the fact, as an import would: total them again, so that the
  // figures come from month totals, day totals and the rollups, as they do in production.
  await retotalPastDays(t.db);
});
afterAll(() => t.close());

async function getTrend(query: string, client = supervisor) {
  return t.as(client).get(`/api/v1/indicators/trend?${query}`);
}

const inPeriod = (days: string[], p: { from: string; to: string }) =>
  days.filter((d) => d >= p.from && d <= p.to).length;

describe('GET /api/v1/indicators/trend', () => {
  it('gives, for each period, the figures /indicators/progress gives for it, oldest first', async () => {
    const province = agencyIds.province;
    for (const [kind, count] of [
      ['month', 12],
      ['week', 20],
      ['quarter', 3],
    ] as const) {
      const res = await getTrend(
        `agencyId=${province}&period=${kind}&date=${today}${kind === 'month' ? '' : `&count=${count}`}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as TrendView;
      expect(body.agency.id).toBe(province);
      expect(body.agency.name).not.toBe('');
      expect(body.kind).toBe(kind);
      // `count` periods (12 by default), one after the other, the last one holding today.
      expect(body.periods).toHaveLength(count);
      for (const [i, p] of body.periods.entries()) {
        expect(p.period.kind).toBe(kind);
        const before = body.periods[i - 1];
        if (before) expect(p.period.from).toBe(addDays(before.period.to, 1));
      }
      const last = body.periods.at(-1) as TrendView['periods'][number];
      expect(last.period.from).toBe(periodOf(kind, today).from);
      // The current period is judged as things stand tonight; the past ones to their last day.
      expect(last.period.countedTo).toBe(today);
      for (const p of body.periods.slice(0, -1)) expect(p.period.countedTo).toBe(p.period.to);

      for (const p of body.periods) {
        const one = await t
          .as(supervisor)
          .get(
            `/api/v1/indicators/progress?agencyId=${province}&period=${kind}&date=${p.period.from}`,
          );
        expect(one.statusCode).toBe(200);
        const progress = one.json() as ProgressView;
        const label = `${kind} ${p.period.from}`;
        expect(p.period, label).toEqual(progress.period);
        expect(p.counts, label).toEqual(progress.counts);
        expect(p.onTime, label).toBe(progress.onTime);
        expect(p.early, label).toBe(progress.early);
        // The plan's targets of the period, as the dashboard's table shows them beside its figures.
        const units = await t
          .as(supervisor)
          .get(
            `/api/v1/indicators/units?agencyId=${province}&period=${kind}&date=${p.period.from}`,
          );
        expect(p.targets, label).toEqual((units.json() as UnitsView).targets);
        // And the rule itself, dossier by dossier, agrees.
        const judged = elapsedPart(periodOf(kind, p.period.from), today);
        const { received: _, ...counts } = p.counts;
        expect(counts, label).toEqual(await bruteForce(judged as NonNullable<typeof judged>));
        // What was written above, period by period.
        expect(p.counts.received, label).toBe(inPeriod(received, p.period));
        expect(p.counts.finishedEarly, label).toBe(inPeriod(finishedEarly, p.period));
        expect(p.counts.finishedLate, label).toBe(inPeriod(finishedLate, p.period));
      }
      if (kind === 'month') {
        // Four months with dossiers, and figures that move from one to the next.
        const withDossiers = body.periods.filter((p) => p.counts.received > 0);
        expect(withDossiers).toHaveLength(4);
        expect(new Set(withDossiers.map((p) => p.onTime)).size).toBeGreaterThan(1);
        expect(body.periods.some((p) => p.counts.finishedLate > 0)).toBe(true);
        expect(body.periods.some((p) => p.counts.openLate > 0)).toBe(true);
        expect(body.periods[0]?.onTime).toBeNull();
        // The shipped plan (domain.md §7): on time above 90%, early above 60%.
        expect(last.targets.onTime).toMatchObject({ share: 0.9, comparison: 'above' });
        expect(last.targets.early).toMatchObject({ share: 0.6, comparison: 'above' });
      }
    }
  });

  it('leaves out the periods that have not begun, and judges the current one to tonight', async () => {
    const month = periodOf('month', today);
    const next = addDays(month.to, 1);
    const res = await getTrend(`agencyId=${agencyIds.province}&period=month&date=${next}&count=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as TrendView;
    expect(body.periods.map((p) => p.period.from)).toEqual([
      periodOf('month', addDays(month.from, -1)).from,
      month.from,
    ]);
    expect(body.periods[1]?.period.countedTo).toBe(today);

    const later = await getTrend(
      `agencyId=${agencyIds.province}&period=quarter&date=${addDays(today, 800)}&count=2`,
    );
    expect(later.statusCode).toBe(200);
    expect((later.json() as TrendView).periods).toEqual([]);
  });

  it('a commune’s trend, to those who may read its indicators and to nobody else', async () => {
    const commune = agencyIds.commune(KINH_BAC);
    const leader = await t.login('lanhdao.kinhbac');
    const own = await getTrend(`agencyId=${commune}&period=month&date=${today}&count=6`, leader);
    expect(own.statusCode).toBe(200);
    // Every dossier here is the commune's: its trend is the province's.
    const province = await getTrend(
      `agencyId=${agencyIds.province}&period=month&date=${today}&count=6`,
    );
    const figures = (r: typeof own) =>
      (r.json() as TrendView).periods.map(({ counts, onTime, early }) => ({
        counts,
        onTime,
        early,
      }));
    expect(figures(own)).toEqual(figures(province));
    // A neighbour with no dossiers: counted none, no ratio to judge.
    const empty = await getTrend(
      `agencyId=${agencyIds.commune(VO_CUONG)}&period=month&date=${today}`,
    );
    expect(empty.statusCode).toBe(200);
    for (const p of (empty.json() as TrendView).periods) {
      expect(p.counts.counted).toBe(0);
      expect(p.onTime).toBeNull();
    }

    expectProblem(
      await getTrend(`agencyId=${agencyIds.province}&period=month&date=${today}`, leader),
      403,
      'FORBIDDEN',
    );
    const specialist = await t.login('chuyenvien.kinhbac');
    expectProblem(
      await getTrend(`agencyId=${commune}&period=month&date=${today}`, specialist),
      403,
      'FORBIDDEN',
    );
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/indicators/trend?agencyId=${commune}&date=${today}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a bad period, count or unit with a problem', async () => {
    const unit = `agencyId=${agencyIds.province}`;
    for (const kind of ['day', 'half', 'year', 'custom'])
      expectProblem(await getTrend(`${unit}&period=${kind}&date=${today}`), 422, 'PERIOD_INVALID');
    for (const count of ['1', '25', '2.5', 'abc'])
      expectProblem(
        await getTrend(`${unit}&date=${today}&count=${count}`),
        400,
        'VALIDATION_FAILED',
      );
    expectProblem(
      await getTrend(`${unit}&period=fortnight&date=${today}`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await getTrend(`${unit}&date=2026-02-30`), 400, 'VALIDATION_FAILED');
    expectProblem(
      await getTrend(`agencyId=00000000-0000-4000-8000-000000000000&date=${today}`),
      404,
      'NOT_FOUND',
    );
  });
});
