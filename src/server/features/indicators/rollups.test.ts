import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForceProgress } from '../../../../test/support/brute-force-progress.js';
import { buildIntake, samplePdf } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import { indexTestbed } from '../../../../test/support/index-testbed.js';
import { expectProblem, type TestApp } from '../../../../test/support/test-app.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { judge, type ProgressCounts, tally } from '../../../domain/indicators/on-time.js';
import { elapsedPart, periodOf } from '../../../domain/indicators/periods.js';
import { REPORT_SHEET } from '../../forms/progress-report.xlsx.js';
import { REPORT_TITLE } from '../../forms/progress-report-columns.js';
import type { DossierDetail } from '../dossiers/dossiers.contract.js';
import { clearTotals, dossierHistories, totalUpTo } from './indicators.queries.js';
import { progressOf, rebuildRollups, rollupsNeedRebuild } from './indicators.service.js';

let t: TestApp;
let receive: Testbed['receive'];
let walkAt: Testbed['walk'];

beforeAll(async () => {
  ({ t, receive, walk: walkAt } = await indexTestbed());
});
afterAll(() => t.close());

const DAY = 86_400_000;

/** Takes a dossier through actions, each some days after the one before. */
function walk(
  d: DossierDetail,
  steps: [who: string, body: Record<string, unknown>, days: number][],
) {
  return walkAt(
    d,
    steps.map(([who, body, days]) => [who, body, days * DAY]),
  );
}

/** The counts from the raw histories, through the rule itself: the brute force to compare with. */
async function bruteForce(period: { start: number; end: number }): Promise<ProgressCounts> {
  const all = await dossierHistories(t.db, null, 100_000);
  return tally(all.map((d) => judge(d.timeline, period)));
}

const late = { lateExplanation: { who: 'Chuyên viên A', why: 'Chờ xác minh' } };

describe('rollups of the service index', () => {
  it('kept with every change, they give the counts of the rule for any period, and a rebuild gives the same', async () => {
    // A spread of fates: early, late, supplemented, closed without supplement, withdrawn, open.
    const fates: [string, Record<string, unknown>, number][][] = [
      [['chuyenvien.kinhbac', { action: 'claim' }, 0]],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        ['chuyenvien.kinhbac', { action: 'forward' }, 0],
        ['lanhdao.kinhbac', { action: 'approve' }, 0],
      ],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        ['chuyenvien.kinhbac', { action: 'forward' }, 3],
        ['lanhdao.kinhbac', { action: 'approve', ...late }, 2],
      ],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        [
          'chuyenvien.kinhbac',
          { action: 'request_supplement', items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }] },
          0,
        ],
        ['motcua.tinh', { action: 'supplement' }, 4],
        ['chuyenvien.kinhbac', { action: 'forward' }, 0],
        ['lanhdao.kinhbac', { action: 'approve' }, 0],
        ['motcua.tinh', { action: 'return_result', channel: 'counter' }, 1],
      ],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        [
          'chuyenvien.kinhbac',
          { action: 'request_supplement', items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }] },
          0,
        ],
        ['motcua.tinh', { action: 'close_unsupplemented' }, 16],
      ],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        [
          'chuyenvien.kinhbac',
          { action: 'request_supplement', items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }] },
          0,
        ],
      ],
      [['motcua.tinh', { action: 'withdraw', reason: 'Không còn nhu cầu' }, 1]],
      [
        ['chuyenvien.kinhbac', { action: 'claim' }, 0],
        [
          'chuyenvien.kinhbac',
          { action: 'refuse_after_appraisal', reasons: ['Không đủ điều kiện'], ...late },
          5,
        ],
      ],
    ];
    for (const steps of fates) await walk(await receive(), steps);
    await receive(); // received today, untouched

    const today = localDate(new Date());
    const periods = [
      periodOf('day', today),
      periodOf('month', today),
      periodOf('day', addDays(today, 3)),
      periodOf('custom', addDays(today, 1), addDays(today, 20)),
      periodOf('year', today),
      periodOf('month', addDays(today, -40)),
    ];
    const province = agencyIds.province;
    const commune = agencyIds.commune(KINH_BAC);
    const before: ProgressCounts[] = [];
    for (const p of periods) {
      const expected = await bruteForce(p);
      const counts = await progressOf(t.db, province, p);
      expect(counts, `${p.kind} ${p.from}–${p.to}`).toEqual(expected);
      // The commune's agency is the competent one of every dossier here; another commune has none.
      expect(await progressOf(t.db, commune, p)).toEqual(expected);
      before.push(counts);
    }
    // Some of every kind, so that the comparison means something.
    const year = before[4] as ProgressCounts;
    expect(year.finishedLate).toBeGreaterThan(0);
    expect(year.finishedEarly + year.finishedOnTime).toBeGreaterThan(0);
    expect(year.counted).toBe(fates.length + 1);
    const later = before[3] as ProgressCounts;
    expect(later.openLate).toBeGreaterThan(0);

    const rowsBefore = await rollupRows();
    const rebuilt = await rebuildRollups(t.db, { pageSize: 3 });
    expect(rebuilt.dossiers).toBe(fates.length + 1);
    expect(await rollupRows()).toEqual(rowsBefore);
    for (const [i, p] of periods.entries())
      expect(await progressOf(t.db, province, p)).toEqual(before[i]);
  });

  it('dossiers written before the rollups existed are found, and a rebuild counts them', async () => {
    expect(await rollupsNeedRebuild(t.db)).toBe(false);
    const d = await receive();
    const month = periodOf('month', localDate(new Date()));
    const counted = await progressOf(t.db, agencyIds.province, month);
    // As migration 0015 finds a dossier received before it: no timeline, no rows.
    await sql`UPDATE dossiers SET timeline = NULL, version = version + 1 WHERE id = ${d.id}::uuid`.execute(
      t.db,
    );
    await sql`UPDATE dossier_rollups SET received = received - 1, open = open - 1
      WHERE ctid = (SELECT ctid FROM dossier_rollups
        WHERE day = ${localDate(new Date())}::date AND received > 0 LIMIT 1)`.execute(t.db);
    expect(await rollupsNeedRebuild(t.db)).toBe(true);
    await rebuildRollups(t.db);
    expect(await rollupsNeedRebuild(t.db)).toBe(false);
    expect(await progressOf(t.db, agencyIds.province, month)).toEqual(counted);
  });
});

/** The rollups summed over the rows of each key (writers spread a key over several rows). */
async function rollupRows() {
  const { rows } = await sql`
    SELECT agency_id, day::text AS day, procedure_code, channel, sum(received)::int AS received,
      sum(finished_early)::int AS finished_early, sum(finished_on_time)::int AS finished_on_time,
      sum(finished_late)::int AS finished_late, sum(open)::int AS open,
      sum(open_late)::int AS open_late, sum(open_waiting)::int AS open_waiting
    FROM dossier_rollups
    GROUP BY agency_id, day, procedure_code, channel
    HAVING sum(received) <> 0 OR sum(finished_early) <> 0 OR sum(finished_on_time) <> 0
      OR sum(finished_late) <> 0 OR sum(open) <> 0 OR sum(open_late) <> 0 OR sum(open_waiting) <> 0
    ORDER BY agency_id, day, procedure_code, channel`.execute(t.db);
  return rows;
}

describe('GET /api/v1/indicators/progress', () => {
  it('gives a unit’s counts, indicator 2.1 and its score to those who may read the indicators', async () => {
    const supervisor = await t.login('giamsat.tinh');
    const today = localDate(new Date());
    const res = await t
      .as(supervisor)
      .get(`/api/v1/indicators/progress?agencyId=${agencyIds.province}&period=month&date=${today}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      counts: ProgressCounts & { received: number };
      onTime: number | null;
      score: { points: number | null; max: number };
      period: { from: string; to: string };
    };
    const month = periodOf('month', today);
    // The month so far: open dossiers as they stand tonight (the walks above reach into later days).
    const counts = await progressOf(
      t.db,
      agencyIds.province,
      elapsedPart(month, today) as typeof month,
    );
    expect(body.period).toMatchObject({ from: month.from, to: month.to, countedTo: today });
    expect(body.counts).toEqual({ ...counts, received: counts.counted - counts.carried });
    expect(body.counts.counted).toBeGreaterThan(0);
    expect(body.onTime).toBeCloseTo(
      (counts.finishedEarly + counts.finishedOnTime + counts.openOnTime) / counts.counted,
    );
    expect(body.score.max).toBe(20);
    expect(body.score.points).toBeCloseTo((body.onTime as number) * 20);

    // The province's table: each agency under it with its subtree; the commune holds them all here.
    const units = await t
      .as(supervisor)
      .get(`/api/v1/indicators/units?agencyId=${agencyIds.province}&period=month&date=${today}`);
    expect(units.statusCode).toBe(200);
    const table = units.json() as {
      total: { counts: ProgressCounts };
      units: { agency: { id: string }; counts: ProgressCounts & { received: number } }[];
    };
    expect(table.total.counts).toEqual(body.counts);
    const sum = (k: keyof ProgressCounts) => table.units.reduce((n, u) => n + u.counts[k], 0);
    expect(sum('counted')).toBe(counts.counted);
    expect(sum('finishedLate')).toBe(counts.finishedLate);

    // Drill-down: the dossiers behind each figure are as many as the figure says.
    const buckets = {
      counted: counts.counted,
      carried: counts.carried,
      finished_early: counts.finishedEarly,
      finished_late: counts.finishedLate,
      open_on_time: counts.openOnTime,
      open_late: counts.openLate,
      open_waiting: counts.openWaiting,
    };
    for (const [bucket, n] of Object.entries(buckets)) {
      const list = await t
        .as(supervisor)
        .get(
          `/api/v1/indicators/dossiers?agencyId=${agencyIds.province}&period=month&date=${today}&bucket=${bucket}`,
        );
      expect(list.statusCode).toBe(200);
      const listed = list.json() as { total: number; items: { id: string }[] };
      expect(listed.total, bucket).toBe(n);
      expect(listed.items).toHaveLength(n);
    }

    // The periodic report: the same figures in a workbook, the total last.
    const report = await t
      .as(supervisor)
      .get(
        `/api/v1/indicators/report.xlsx?agencyId=${agencyIds.province}&period=month&date=${today}`,
      );
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(REPORT_SHEET);
    expect(sheet?.getCell(2, 1).value).toBe(REPORT_TITLE);
    const totalRow = sheet?.getRow(sheet.rowCount);
    expect(totalRow?.getCell(2).value).toBe('Tổng cộng');
    expect(totalRow?.getCell(3).value).toBe(counts.counted);
    expect(totalRow?.getCell(8).value).toBe(counts.finishedLate);
    expect(totalRow?.getCell(10).value).toBe(counts.openLate);

    const leader = await t.login('lanhdao.kinhbac');
    const commune = agencyIds.commune(KINH_BAC);
    const own = await t
      .as(leader)
      .get(`/api/v1/indicators/progress?agencyId=${commune}&period=year&date=${today}`);
    expect(own.statusCode).toBe(200);
    expectProblem(
      await t
        .as(leader)
        .get(`/api/v1/indicators/progress?agencyId=${agencyIds.province}&date=${today}`),
      403,
      'FORBIDDEN',
    );
    const specialist = await t.login('chuyenvien.kinhbac');
    expectProblem(
      await t.as(specialist).get(`/api/v1/indicators/progress?agencyId=${commune}&date=${today}`),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t
        .as(supervisor)
        .get(
          `/api/v1/indicators/progress?agencyId=${agencyIds.province}&period=custom&date=2026-11-30&to=2026-11-01`,
        ),
      422,
      'PERIOD_INVALID',
    );
    expectProblem(
      await t
        .as(supervisor)
        .get(`/api/v1/indicators/progress?agencyId=${agencyIds.province}&date=2026-02-30`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t
        .as(supervisor)
        .get(
          `/api/v1/indicators/progress?agencyId=00000000-0000-4000-8000-000000000000&date=${today}`,
        ),
      404,
      'NOT_FOUND',
    );
  });

  it('gives 3.3, 4.1 and 4.2: a dossier received with every component scanned counts as digitised', async () => {
    const supervisor = await t.login('giamsat.tinh');
    const counter = await t.login('motcua.tinh');
    const today = localDate(new Date());
    const ask = async () => {
      const res = await t
        .as(supervisor)
        .get(`/api/v1/indicators/progress?agencyId=${agencyIds.province}&period=day&date=${today}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        flows: { digitised: number };
        indicators: { id: string; numerator: number; denominator: number; max: number }[];
      };
      return { body, of: (id: string) => body.indicators.find((i) => i.id === id) };
    };
    const before = await ask();
    expect(before.body.indicators.map((i) => i.id)).toEqual(['2.1', '3.3', '4.1', '4.2']);
    expect(before.of('4.2')?.max).toBeGreaterThan(0);
    const scan = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/files',
      headers: {
        cookie: counter.cookie,
        'x-csrf-token': counter.csrf,
        'content-type': 'application/octet-stream',
      },
      payload: samplePdf('to khai da quet'),
    });
    const file = { sha256: (scan.json() as { sha256: string }).sha256, name: 'to-khai.pdf' };
    const scanned = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        components: [
          { index: 0, provided: true, files: [file] },
          { index: 1, provided: true, files: [file] },
        ],
      }),
    );
    expect(scanned.statusCode, scanned.body).toBe(201);
    await receive(); // without scans
    const after = await ask();
    expect(after.of('4.2')?.numerator).toBe((before.of('4.2')?.numerator ?? 0) + 1);
    expect(after.of('4.2')?.denominator).toBe((before.of('4.2')?.denominator ?? 0) + 2);
    expect(after.body.flows.digitised).toBe(before.body.flows.digitised + 1);
    // Received at a counter, decided without a file: nothing for 3.3 and 4.1.
    expect(after.of('3.3')?.numerator).toBe(0);
    expect(after.of('4.1')?.numerator).toBe(0);
  });

  it('a postal dossier received days back, behind the totals, is added to them in the same change', async () => {
    const counter = await t.login('motcua.tinh');
    const today = localDate(new Date());
    const everyAgency = (await t.db.selectFrom('agencies').select('id').execute()).map((a) => a.id);
    // As the sweep would have done by then: every day before today in the totals.
    await t.db.transaction().execute((trx) => totalUpTo(trx, today));
    const handedOver = new Date(Date.now() - 5 * DAY);
    const day = localDate(handedOver);
    const periods = [
      periodOf('day', day),
      periodOf('month', day),
      periodOf('custom', addDays(day, -3), today),
    ];
    const before = await Promise.all(periods.map((p) => progressOf(t.db, agencyIds.province, p)));
    const res = await t.as(counter).post(
      '/api/v1/dossiers',
      buildIntake({
        channel: 'post',
        returnChannel: 'post',
        postal: { slipNumber: 'EA987654321VN', handedOverAt: handedOver.toISOString() },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    for (const [i, p] of periods.entries()) {
      const after = await progressOf(t.db, agencyIds.province, p);
      expect(after.counted, `${p.from}–${p.to}`).toBe((before[i]?.counted ?? 0) + 1);
      expect(after).toEqual(await bruteForceProgress(t.db, everyAgency, p));
    }
    await t.db.transaction().execute((trx) => clearTotals(trx));
  });
});

type Testbed = Awaited<ReturnType<typeof indexTestbed>>;
