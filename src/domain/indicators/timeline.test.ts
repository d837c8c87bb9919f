import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeline as anyTimeline } from '../../../test/support/timelines.js';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import { dueDate } from '../calendar/deadline.js';
import {
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  factsAtReceipt,
  ProcessingRefusal,
} from '../dossier/processing.js';
import { DOSSIER_STATES } from '../dossier/states.js';
import { DOSSIER_ACTIONS, DossierTransitionError } from '../dossier/transitions.js';
import { judge } from './on-time.js';
import { periodOf } from './periods.js';
import {
  extendTimeline,
  type HistoryEntry,
  sameTimeline,
  TIMELINE_ACTIONS,
  TIMELINE_STATES,
  timelineOf,
} from './timeline.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const at = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

const STEPS = [
  { name: 'Thẩm định', role: 'specialist', agencyId: null, budget: 7 },
  { name: 'Phê duyệt', role: 'leader', agencyId: null, budget: 3 },
];

/** A dossier received at `receivedAt` with 10 working days, and its history entry of receipt. */
function receipt(receivedAt: number): { facts: DossierFacts; history: HistoryEntry[] } {
  const dueAt = dueDate(calendar, receivedAt, 10, 'working_days');
  return {
    facts: factsAtReceipt({
      timeLimit: { amount: 10, unit: 'working_days' },
      steps: STEPS,
      receivedAt,
      dueAt,
    }),
    history: [
      {
        at: receivedAt,
        action: 'receive',
        to: 'received',
        data: { receivedAt: iso(receivedAt), dueAt: iso(dueAt) },
      },
    ],
  };
}

/** Takes a command through processing.ts and records it as the server does; refusals are skipped. */
function step(d: { facts: DossierFacts; history: HistoryEntry[] }, command: Command, now: number) {
  try {
    const { facts, data } = apply(d.facts, command, {
      now,
      calendar,
      rules: DEFAULT_PROCESSING_RULES,
    });
    return {
      facts,
      history: [...d.history, { at: now, action: command.action, to: facts.state, data }],
    };
  } catch (error) {
    if (error instanceof ProcessingRefusal || error instanceof DossierTransitionError) return d;
    throw error;
  }
}

describe('a dossier’s timeline from its history', () => {
  it('reads the receipt, the clock restarted by a supplement, an extension and the decision', () => {
    let d = receipt(at('2026-11-02T09:00:00+07:00'));
    d = step(d, { action: 'claim', handlerId: 'u' }, at('2026-11-02T10:00:00+07:00'));
    d = step(d, { action: 'request_supplement', items: [] }, at('2026-11-03T10:00:00+07:00'));
    d = step(d, { action: 'supplement' }, at('2026-11-09T14:00:00+07:00'));
    d = step(
      d,
      { action: 'request_extension', reason: 'r', extra: 2 },
      at('2026-11-16T09:00:00+07:00'),
    );
    d = step(d, { action: 'decide_extension', approve: true }, at('2026-11-16T11:00:00+07:00'));
    d = step(d, { action: 'forward' }, at('2026-11-20T09:00:00+07:00'));
    d = step(d, { action: 'approve' }, at('2026-11-24T09:00:00+07:00'));
    expect(d.facts.state).toBe('decided');
    const t = timelineOf(d.history);
    expect(t.receivedAt).toBe(at('2026-11-02T09:00:00+07:00'));
    expect(t.dues.map((x) => x.from)).toEqual([
      at('2026-11-02T09:00:00+07:00'),
      at('2026-11-09T14:00:00+07:00'),
      at('2026-11-16T11:00:00+07:00'),
    ]);
    expect(t.dues.at(-1)?.dueAt).toBe(d.facts.dueAt);
    expect(t.supplements).toEqual([
      { at: at('2026-11-03T10:00:00+07:00'), answeredAt: at('2026-11-09T14:00:00+07:00') },
    ]);
    expect(t.end).toEqual({ at: at('2026-11-24T09:00:00+07:00'), kind: 'decided' });
    expect(judge(t, periodOf('month', '2026-11-01'))).toMatchObject({
      finished: true,
      timeliness: d.facts.result?.timeliness,
    });
  });

  it('a dossier never received has no timeline to count', () => {
    expect(
      timelineOf([{ at: 1, action: 'refuse_at_intake', to: 'refused_at_intake', data: {} }]),
    ).toEqual({ receivedAt: null, dues: [], supplements: [], end: null });
  });

  it('property: the index judges a decided dossier as processing itself did', () => {
    // Mostly hours apart, now and then days: on time, early and late all come up.
    const hours = fc
      .oneof(
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 8 }) },
        { weight: 1, arbitrary: fc.integer({ min: 24, max: 24 * 10 }) },
      )
      .map((h) => h * 3_600_000);
    const seen = { decided: 0, late: 0, supplemented: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(hours, { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (startDay, gaps, supplement, extension) => {
          let now = at('2026-10-01T08:30:00+07:00') + startDay * 86_400_000;
          let d = receipt(now);
          let g = 0;
          const next = () => {
            now += gaps[g++] ?? 3_600_000;
            return now;
          };
          d = step(d, { action: 'claim', handlerId: 'u' }, next());
          if (supplement) {
            d = step(d, { action: 'request_supplement', items: [] }, next());
            d = step(d, { action: 'supplement' }, next());
          }
          if (extension) {
            d = step(d, { action: 'request_extension', reason: 'r', extra: 3 }, next());
            d = step(d, { action: 'decide_extension', approve: true }, next());
          }
          d = step(d, { action: 'forward' }, next());
          d = step(d, { action: 'approve', lateExplanation: { who: 'A', why: 'B' } }, next());
          if (d.facts.state !== 'decided') return;
          seen.decided += 1;
          if (d.facts.result?.timeliness === 'late') seen.late += 1;
          if (d.facts.supplement?.answeredAt) seen.supplemented += 1;
          const decidedAt = d.facts.result?.decidedAt as number;
          const v = judge(
            timelineOf(d.history),
            periodOf('day', new Date(decidedAt + 7 * 3_600_000).toISOString().slice(0, 10)),
          );
          expect(v).toMatchObject({
            counted: true,
            finished: true,
            timeliness: d.facts.result?.timeliness,
          });
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
    // Not vacuous: every run ends decided; 9–17 late and 27–40 after a supplement in 100 (seen).
    expect(seen.decided).toBeGreaterThan(50);
    expect(seen.late).toBeGreaterThan(3);
    expect(seen.supplemented).toBeGreaterThan(10);
  });

  it('property: an entry of another action and into another state leaves the timeline as it is', () => {
    const others = DOSSIER_ACTIONS.filter(
      (a) => !(TIMELINE_ACTIONS as readonly string[]).includes(a),
    );
    const states = DOSSIER_STATES.filter((s) => !TIMELINE_STATES.includes(s));
    fc.assert(
      fc.property(
        fc.option(anyTimeline),
        fc.constantFrom(...others),
        fc.constantFrom(...states),
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.boolean(),
        (t, action, to, at, approved) => {
          const before = t ?? timelineOf([]);
          const data = { dueAt: iso(at), receivedAt: iso(at), approved };
          expect(extendTimeline(before, { at, action, to, data })).toEqual(before);
        },
      ),
    );
  });

  it('property: a stored timeline read back is the same; one with any field changed is not', () => {
    fc.assert(
      fc.property(anyTimeline, fc.integer({ min: 1, max: 1_000 }), (t, shift) => {
        // As the database gives it back: a copy.
        const copy = JSON.parse(JSON.stringify(t));
        expect(sameTimeline(copy, t)).toBe(true);
        expect(sameTimeline(null, t)).toBe(false);
        expect(sameTimeline({ ...copy, receivedAt: (t.receivedAt ?? 0) + shift }, t)).toBe(false);
        if (t.dues[0])
          expect(
            sameTimeline(
              {
                ...copy,
                dues: [{ ...t.dues[0], dueAt: (t.dues[0].dueAt ?? 0) + shift }, ...t.dues.slice(1)],
              },
              t,
            ),
          ).toBe(false);
        expect(
          sameTimeline(
            { ...copy, supplements: [...t.supplements, { at: 1, answeredAt: null }] },
            t,
          ),
        ).toBe(false);
        expect(sameTimeline({ ...copy, end: t.end ? null : { at: 1, kind: 'decided' } }, t)).toBe(
          false,
        );
      }),
    );
  });
});
