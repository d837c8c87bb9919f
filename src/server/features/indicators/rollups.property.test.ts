import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bruteForceFlows,
  bruteForceProgress,
} from '../../../../test/support/brute-force-progress.js';
import { agencyIds } from '../../../../test/support/factories.js';
import { indexTestbed, type TimedStep } from '../../../../test/support/index-testbed.js';
import type { TestApp } from '../../../../test/support/test-app.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { judge, tally } from '../../../domain/indicators/on-time.js';
import { periodOf } from '../../../domain/indicators/periods.js';
import { NO_FLOWS } from '../../../domain/indicators/service-flows.js';
import {
  clearTotals,
  dossierHistories,
  indexCountsByAgency,
  totalUpTo,
} from './indicators.queries.js';
import { progressOf } from './indicators.service.js';

let t: TestApp;
let receive: Testbed['receive'];
let walk: Testbed['walk'];
let everyAgency: string[];

beforeAll(async () => {
  ({ t, receive, walk } = await indexTestbed());
  everyAgency = (await t.db.selectFrom('agencies').select('id').execute()).map((a) => a.id);
});
afterAll(() => t.close());

type Testbed = Awaited<ReturnType<typeof indexTestbed>>;

const DAY = 86_400_000;
const HOUR = 3_600_000;

const supplementItems = [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }];
const late = { lateExplanation: { who: 'Chuyên viên A', why: 'Chờ xác minh' } };

/**
 * A dossier's fate: taken on or not, a supplementation (answered, closed unanswered or still
 * awaited), an extension, and how it ends. The rules refuse what comes out of turn (an extension
 * asked too late, say): the attempt is then skipped, as an officer's would be.
 */
const fate = fc
  .record({
    supplement: fc.constantFrom('none', 'answered', 'closed', 'waiting'),
    extension: fc.boolean(),
    end: fc.constantFrom('approve', 'refuse', 'withdraw', 'open'),
    returned: fc.boolean(),
  })
  .map((f) => {
    const steps: [string, Record<string, unknown>][] = [
      ['chuyenvien.kinhbac', { action: 'claim' }],
    ];
    if (f.supplement !== 'none')
      steps.push(['chuyenvien.kinhbac', { action: 'request_supplement', items: supplementItems }]);
    if (f.supplement === 'answered') steps.push(['motcua.tinh', { action: 'supplement' }]);
    // The applicant has 15 days: the close is tried after 16.
    if (f.supplement === 'closed')
      steps.push(['motcua.tinh', { action: 'close_unsupplemented', waitDays: 16 }]);
    if (f.extension) {
      steps.push([
        'chuyenvien.kinhbac',
        { action: 'request_extension', reason: 'Chờ xác minh', extra: 2 },
      ]);
      steps.push(['giamsat.tinh', { action: 'decide_extension', approve: true }]);
    }
    if (f.end === 'approve') {
      steps.push(['chuyenvien.kinhbac', { action: 'forward' }]);
      steps.push(['lanhdao.kinhbac', { action: 'approve', ...late }]);
      if (f.returned) steps.push(['motcua.tinh', { action: 'return_result', channel: 'counter' }]);
    }
    if (f.end === 'refuse')
      steps.push([
        'chuyenvien.kinhbac',
        { action: 'refuse_after_appraisal', reasons: ['Không đủ'], ...late },
      ]);
    if (f.end === 'withdraw')
      steps.push(['motcua.tinh', { action: 'withdraw', reason: 'Không còn nhu cầu' }]);
    return steps;
  });

/** Hours or days between two attempts. */
const gap = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 8 }).map((h) => h * HOUR) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((d) => d * DAY) },
);

describe('rollups against the rule, on random histories', () => {
  it('property: for random dossiers, periods and totals of past days, the rollups give what the rule says of the raw histories, and what SQL over the raw history says', async () => {
    const today = localDate(new Date());
    const accepted = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fate, fc.array(gap, { minLength: 8, maxLength: 8 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 1, max: 40 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: -3, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        async (dossiers, periods, horizon, later) => {
          for (const [steps, gaps] of dossiers) {
            const timed = steps.map(([who, body], i): TimedStep => {
              const { waitDays, ...command } = body as { waitDays?: number };
              return [who, command, waitDays === undefined ? (gaps[i] ?? HOUR) : waitDays * DAY];
            });
            for (const action of await walk(await receive(), timed, { skipRefused: true }))
              accepted.set(action, (accepted.get(action) ?? 0) + 1);
          }
          const histories = await dossierHistories(t.db, null, 100_000);
          const check = async () => {
            for (const [offset, days] of periods) {
              const from = addDays(today, offset);
              const period = periodOf('custom', from, addDays(from, days - 1));
              const fromRollups = await progressOf(t.db, agencyIds.province, period);
              expect(fromRollups).toEqual(tally(histories.map((h) => judge(h.timeline, period))));
              // And the rule written again in SQL over the raw history, knowing no timeline.
              expect(fromRollups).toEqual(await bruteForceProgress(t.db, everyAgency, period));
              const all = await indexCountsByAgency(t.db, everyAgency, period, false);
              expect(all.get('*')?.flows ?? NO_FLOWS).toEqual(
                await bruteForceFlows(t.db, everyAgency, period),
              );
            }
          };
          await check();
          // The same once the days before a later horizon are totalled by day and month, as
          // the sweeps do when that day comes (then forgotten: the next run writes those days).
          await t.db.transaction().execute((trx) => totalUpTo(trx, addDays(today, horizon)));
          await check();
          // And as the sweep goes on, days and months later, from the horizon it left.
          await t.db
            .transaction()
            .execute((trx) => totalUpTo(trx, addDays(today, horizon + later)));
          await check();
          await t.db.transaction().execute((trx) => clearTotals(trx));
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
    );
    // Not vacuous: dossiers taken on, supplemented, closed, decided, returned and withdrawn (in 25
    // runs of this fate mix, each comes up several times).
    for (const action of [
      'claim',
      'request_supplement',
      'close_unsupplemented',
      'approve',
      'refuse_after_appraisal',
      'withdraw',
    ])
      expect(accepted.get(action) ?? 0, action).toBeGreaterThan(0);
  }, 120_000);
});
