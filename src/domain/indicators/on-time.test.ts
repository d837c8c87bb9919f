import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, timeline } from '../../../test/support/timelines.js';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import { dueDate } from '../calendar/deadline.js';
import {
  type DossierTimeline,
  dueInForce,
  earlyRatio,
  judge,
  onTimeRatio,
  tally,
  type Verdict,
} from './on-time.js';
import { periodOf } from './periods.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const at = (iso: string) => Date.parse(iso);
const november = periodOf('month', '2026-11-15');

/** A dossier received at `received` with a limit of `days` working days, as intake sets it. */
function received(iso: string, days: number): DossierTimeline {
  const receivedAt = at(iso);
  return {
    receivedAt,
    dues: [{ from: receivedAt, dueAt: dueDate(calendar, receivedAt, days, 'working_days') }],
    supplements: [],
    end: null,
  };
}

describe('the national on-time rule, worked examples (November 2026)', () => {
  it('finished on a day before the due day: early', () => {
    // Mon 2 Nov 09:00 with 5 WD → due Mon 9 Nov 09:00; decided Thu 5 Nov.
    const d = received('2026-11-02T09:00:00+07:00', 5);
    expect(dueInForce(d, at('2026-11-05T00:00:00+07:00'))).toBe(at('2026-11-09T09:00:00+07:00'));
    const v = judge(
      { ...d, end: { at: at('2026-11-05T15:00:00+07:00'), kind: 'decided' } },
      november,
    );
    expect(v).toEqual({ counted: true, carried: false, finished: true, timeliness: 'early' });
  });

  it('one supplementation: the applicant’s waiting is not counted, the clock restarts from zero', () => {
    // Mon 2 Nov 09:00, 3 WD → due Thu 5 Nov 09:00. Asked to supplement Tue 3 Nov 10:00; the
    // applicant answers on Mon 16 Nov 14:00: the clock restarts, 3 WD → due Thu 19 Nov 14:00.
    // Decided Wed 18 Nov: 16 calendar days after receipt, yet early.
    const d = received('2026-11-02T09:00:00+07:00', 3);
    const answeredAt = at('2026-11-16T14:00:00+07:00');
    const restarted: DossierTimeline = {
      ...d,
      dues: [
        ...d.dues,
        { from: answeredAt, dueAt: dueDate(calendar, answeredAt, 3, 'working_days') },
      ],
      supplements: [{ at: at('2026-11-03T10:00:00+07:00'), answeredAt }],
      end: { at: at('2026-11-18T16:00:00+07:00'), kind: 'decided' },
    };
    expect(dueInForce(restarted, answeredAt)).toBe(at('2026-11-19T14:00:00+07:00'));
    expect(judge(restarted, november)).toMatchObject({ finished: true, timeliness: 'early' });
    // Had the waiting counted, it would be late against the first due time.
    expect((restarted.end?.at ?? 0) > (d.dues[0]?.dueAt ?? 0)).toBe(true);
  });

  it('two supplementations: late, however quickly it was decided', () => {
    const d = received('2026-11-02T09:00:00+07:00', 10);
    const v = judge(
      {
        ...d,
        supplements: [
          { at: at('2026-11-03T10:00:00+07:00'), answeredAt: at('2026-11-04T10:00:00+07:00') },
          { at: at('2026-11-05T10:00:00+07:00'), answeredAt: at('2026-11-06T10:00:00+07:00') },
        ],
        end: { at: at('2026-11-06T15:00:00+07:00'), kind: 'decided' },
      },
      november,
    );
    expect(v).toMatchObject({ finished: true, timeliness: 'late' });
  });

  it('only what was asked before the end counts (an imported history may say otherwise)', () => {
    const d = received('2026-11-02T09:00:00+07:00', 10);
    const v = judge(
      {
        ...d,
        supplements: [
          { at: at('2026-11-03T10:00:00+07:00'), answeredAt: at('2026-11-04T10:00:00+07:00') },
          { at: at('2026-11-09T10:00:00+07:00'), answeredAt: null },
        ],
        end: { at: at('2026-11-06T15:00:00+07:00'), kind: 'decided' },
      },
      november,
    );
    expect(v).toMatchObject({ finished: true, timeliness: 'early' });
  });

  it('still open past its due time at the end of the period: late', () => {
    // Mon 23 Nov 09:00, 5 WD → due Mon 30 Nov 09:00; still open on 1 December.
    const d = received('2026-11-23T09:00:00+07:00', 5);
    expect(judge(d, november)).toEqual({
      counted: true,
      carried: false,
      finished: false,
      waiting: false,
      late: true,
    });
    // The same dossier judged at the end of 29 November is open and not yet due.
    const toThe29th = periodOf('custom', '2026-11-01', '2026-11-29');
    expect(judge(d, toThe29th)).toMatchObject({ finished: false, late: false });
  });

  it('waiting for a supplement at the end of the period: judged at the request', () => {
    const d = received('2026-11-24T09:00:00+07:00', 3); // due Fri 27 Nov 09:00
    const asked = {
      ...d,
      supplements: [{ at: at('2026-11-25T09:00:00+07:00'), answeredAt: null }],
    };
    expect(judge(asked, november)).toMatchObject({ finished: false, waiting: true, late: false });
    const askedLate = {
      ...d,
      supplements: [{ at: at('2026-11-27T10:00:00+07:00'), answeredAt: null }],
    };
    expect(judge(askedLate, november)).toMatchObject({ waiting: true, late: true });
  });

  it('closed without the supplement: ended when it was asked', () => {
    const d = received('2026-10-20T09:00:00+07:00', 5); // due Tue 27 Oct 09:00
    const closed: DossierTimeline = {
      ...d,
      supplements: [{ at: at('2026-10-22T09:00:00+07:00'), answeredAt: null }],
      end: { at: at('2026-11-06T09:00:00+07:00'), kind: 'stopped' },
    };
    expect(judge(closed, november)).toEqual({
      counted: true,
      carried: true,
      finished: true,
      timeliness: 'early',
    });
  });

  it('counts what the period holds: carried over and received, not what ended before or came after', () => {
    const before = received('2026-10-01T09:00:00+07:00', 2);
    const endedInOctober = {
      ...before,
      end: { at: at('2026-10-02T09:00:00+07:00'), kind: 'decided' as const },
    };
    const december = received('2026-12-01T08:00:00+07:00', 2);
    const neverReceived: DossierTimeline = {
      receivedAt: null,
      dues: [],
      supplements: [],
      end: null,
    };
    for (const d of [endedInOctober, december, neverReceived])
      expect(judge(d, november)).toEqual({ counted: false });
    // Open since October and past due: carried over, and late.
    expect(judge(before, november)).toMatchObject({ counted: true, carried: true, late: true });
  });

  it('tallies indicator 2.1 and the early share', () => {
    const verdicts: Verdict[] = [
      { counted: true, carried: false, finished: true, timeliness: 'early' },
      { counted: true, carried: false, finished: true, timeliness: 'early' },
      { counted: true, carried: true, finished: true, timeliness: 'on_time' },
      { counted: true, carried: false, finished: true, timeliness: 'late' },
      { counted: true, carried: false, finished: false, late: false, waiting: true },
      { counted: true, carried: false, finished: false, late: true, waiting: false },
      { counted: false },
    ];
    const c = tally(verdicts);
    expect(c).toEqual({
      counted: 6,
      carried: 1,
      finishedEarly: 2,
      finishedOnTime: 1,
      finishedLate: 1,
      openOnTime: 1,
      openLate: 1,
      openWaiting: 1,
    });
    expect(onTimeRatio(c)).toBeCloseTo(4 / 6);
    expect(earlyRatio(c)).toBeCloseTo(2 / 4);
    expect(onTimeRatio(tally([]))).toBeNull();
  });
});

describe('the on-time rule, properties', () => {
  it('a dossier is counted in a period iff received before its end and not ended before its start', () => {
    fc.assert(
      fc.property(timeline, day, fc.integer({ min: 0, max: 40 }), (t, from, length) => {
        const p = periodOf(
          'custom',
          from,
          new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10),
        );
        const v = judge(t, p);
        const expected =
          t.receivedAt !== null && t.receivedAt < p.end && !(t.end && t.end.at < p.start);
        expect(v.counted).toBe(expected);
        if (v.counted) expect(v.carried).toBe((t.receivedAt as number) < p.start);
      }),
    );
  });

  it('more than one supplementation asked by the end of the period is never on time', () => {
    fc.assert(
      fc.property(timeline, day, (t, d) => {
        const p = periodOf('month', d);
        const v = judge(t, p);
        if (!v.counted || t.supplements.filter((s) => s.at < p.end).length < 2) return;
        expect(v.finished ? v.timeliness === 'late' : v.late).toBe(true);
      }),
    );
  });

  it('what happens after a period does not change its verdict', () => {
    fc.assert(
      fc.property(timeline, day, (t, d) => {
        const p = periodOf('week', d);
        const cut = (x: number) => x < p.end;
        // The same dossier as seen at the end of the period: later events not yet happened.
        const seen: DossierTimeline = {
          receivedAt: t.receivedAt,
          dues: t.dues.filter((x) => cut(x.from)),
          supplements: t.supplements
            .filter((s) => cut(s.at))
            .map((s) => ({
              ...s,
              answeredAt: s.answeredAt !== null && cut(s.answeredAt) ? s.answeredAt : null,
            })),
          end: t.end && cut(t.end.at) ? t.end : null,
        };
        expect(judge(t, p)).toEqual(judge(seen, p));
      }),
    );
  });

  it('an open dossier with no supplement asked turns late exactly when the period ends after its due time', () => {
    fc.assert(
      fc.property(timeline, day, (t, d) => {
        const p = periodOf('day', d);
        const v = judge({ ...t, supplements: [], dues: t.dues.slice(0, 1), end: null }, p);
        if (!v.counted || v.finished) return;
        expect(v.late).toBe(p.end > (t.dues[0]?.dueAt as number));
      }),
    );
  });

  it('2.1 is a share: between 0 and 1, and 1 when nothing is late', () => {
    fc.assert(
      fc.property(fc.array(timeline, { maxLength: 30 }), day, (ts, d) => {
        const c = tally(ts.map((t) => judge(t, periodOf('month', d))));
        const r = onTimeRatio(c);
        if (c.counted === 0) {
          expect(r).toBeNull();
          return;
        }
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(r === 1).toBe(c.finishedLate + c.openLate === 0);
      }),
    );
  });
});
