import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, timeline } from '../../../test/support/timelines.js';
import { addDays } from '../calendar/local-date.js';
import {
  type Contribution,
  contributionChange,
  contributions,
  countsFromRows,
  flowsFromRows,
} from './contributions.js';
import { type DossierTimeline, judge, tally } from './on-time.js';
import { periodOf } from './periods.js';
import { flowsOf } from './service-flows.js';

const at = (iso: string) => Date.parse(iso);

/** A period of whole days from `from`, `days` long. */
const custom = (from: string, days: number) => periodOf('custom', from, addDays(from, days - 1));

describe('rollup rows of one dossier', () => {
  it('received on Monday, due Wednesday, decided late on Friday', () => {
    const t: DossierTimeline = {
      receivedAt: at('2026-11-02T09:00:00+07:00'),
      dues: [{ from: at('2026-11-02T09:00:00+07:00'), dueAt: at('2026-11-04T09:00:00+07:00') }],
      supplements: [],
      end: { at: at('2026-11-06T10:00:00+07:00'), kind: 'decided' },
    };
    const rows = contributions(t).sort((a, b) =>
      a.day === b.day ? a.measure.localeCompare(b.measure) : a.day.localeCompare(b.day),
    );
    expect(rows).toEqual([
      { day: '2026-11-02', measure: 'open', delta: 1 },
      { day: '2026-11-02', measure: 'received', delta: 1 },
      // Late from just after 09:00 on Wednesday: in the stock from Thursday's count on.
      { day: '2026-11-04', measure: 'open_late', delta: 1 },
      { day: '2026-11-06', measure: 'finished_late', delta: 1 },
      { day: '2026-11-06', measure: 'open', delta: -1 },
      { day: '2026-11-06', measure: 'open_late', delta: -1 },
    ]);
    // Judged at the end of Wednesday it is open and late; of Tuesday, open and within its time.
    expect(countsFromRows(rows, periodOf('day', '2026-11-04'))).toMatchObject({ openLate: 1 });
    expect(countsFromRows(rows, periodOf('day', '2026-11-03'))).toMatchObject({
      carried: 1,
      openOnTime: 1,
      openLate: 0,
    });
  });

  it('counts a digitised online dossier, its supplementation and its electronic result on their days', () => {
    const t: DossierTimeline = {
      receivedAt: at('2026-11-02T09:00:00+07:00'),
      dues: [{ from: at('2026-11-02T09:00:00+07:00'), dueAt: at('2026-11-20T09:00:00+07:00') }],
      supplements: [
        { at: at('2026-11-03T10:00:00+07:00'), answeredAt: at('2026-11-05T10:00:00+07:00') },
      ],
      end: { at: at('2026-11-10T10:00:00+07:00'), kind: 'decided' },
      online: true,
      digitised: true,
      grantedAt: at('2026-11-10T10:00:00+07:00'),
      eResultAt: at('2026-11-12T08:00:00+07:00'),
    };
    const rows = contributions(t);
    expect(flowsFromRows(rows, periodOf('month', '2026-11-01'))).toEqual({
      supplemented: 1,
      digitised: 1,
      granted: 1,
      eResults: 1,
      onlineEResults: 1,
    });
    // The file came two days after the decision: the 10th counts the result, not yet the file.
    expect(flowsFromRows(rows, periodOf('day', '2026-11-10'))).toMatchObject({
      granted: 1,
      eResults: 0,
    });
    expect(flowsFromRows(rows, periodOf('day', '2026-11-03'))).toMatchObject({ supplemented: 1 });
  });

  it('property: summed rows give, for any period, the counts of the rule itself', () => {
    fc.assert(
      fc.property(
        fc.array(timeline, { maxLength: 25 }),
        day,
        fc.integer({ min: 1, max: 45 }),
        (ts, from, days) => {
          const period = custom(from, days);
          const rows: Contribution[] = ts.flatMap(contributions);
          expect(countsFromRows(rows, period)).toEqual(tally(ts.map((t) => judge(t, period))));
          expect(flowsFromRows(rows, period)).toEqual(flowsOf(ts, period));
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('property: the change between two states of a dossier, added to the first, gives the second', () => {
    fc.assert(
      fc.property(timeline, timeline, day, fc.integer({ min: 1, max: 45 }), (a, b, from, days) => {
        const period = custom(from, days);
        const rows = [...contributions(a), ...contributionChange(a, b)];
        expect(countsFromRows(rows, period)).toEqual(countsFromRows(contributions(b), period));
        expect(flowsFromRows(rows, period)).toEqual(flowsFromRows(contributions(b), period));
        expect(contributionChange(b, b)).toEqual([]);
      }),
    );
  });
});
