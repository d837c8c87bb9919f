import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import { dueDate } from '../calendar/deadline.js';
import {
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  type LateExplanation,
  ProcessingRefusal,
  replay,
  urgency,
} from './processing.js';
import { DOSSIER_STATES } from './states.js';
import { DossierTransitionError, TRANSITIONS } from './transitions.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const rules = DEFAULT_PROCESSING_RULES;
const at = (s: string) => Date.parse(s);
const ctx = (now: string | number) => ({
  now: typeof now === 'number' ? now : at(now),
  calendar,
  rules,
});

/** Received Monday 23/11/2026 09:00 with 10 working days and the three-step process. */
function received(receivedAt = at('2026-11-23T09:00:00+07:00')): DossierFacts {
  return {
    state: 'received',
    timeLimit: { amount: 10, unit: 'working_days' },
    steps: [
      { name: 'Tiếp nhận', role: 'counter_officer', agencyId: null, budget: 0.5 },
      { name: 'Thẩm định', role: 'specialist', agencyId: null, budget: 7 },
      { name: 'Phê duyệt', role: 'leader', agencyId: null, budget: 2.5 },
    ],
    receivedAt,
    clockStartedAt: receivedAt,
    dueAt: dueDate(calendar, receivedAt, 10, 'working_days'),
    handlerId: null,
    step: null,
    stepStartedAt: null,
    stepDueAt: null,
    supplement: null,
    extension: null,
    consultations: [],
    result: null,
    returnedAt: null,
    returnChannel: null,
  };
}

function run(facts: DossierFacts, steps: [Command, string][]): DossierFacts {
  return steps.reduce((f, [c, t]) => apply(f, c, ctx(t)).facts, facts);
}

const refusalOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProcessingRefusal || error instanceof DossierTransitionError)
      return error.code;
    throw error;
  }
  return undefined;
};

describe('processing a dossier', () => {
  it('a leader assigns it: the appraisal step starts with its own due time', () => {
    const { facts, data } = apply(
      received(),
      { action: 'assign', handlerId: 'u1' },
      ctx('2026-11-23T10:00:00+07:00'),
    );
    expect(facts).toMatchObject({ state: 'in_progress', handlerId: 'u1', step: 1 });
    // 7 WD from Monday 10:00 → Wednesday of the next week, 10:00.
    expect(new Date(facts.stepDueAt as number).toISOString()).toBe('2026-12-02T03:00:00.000Z');
    expect(data).toMatchObject({ toStep: 1 });
  });

  it('each hand-over says whether its step was on time', () => {
    const assigned = run(received(), [
      [{ action: 'assign', handlerId: 'u1' }, '2026-11-23T10:00:00+07:00'],
    ]);
    const late = apply(
      assigned,
      { action: 'forward', handlerId: 'leader' },
      ctx('2026-12-03T10:00:00+07:00'),
    );
    expect(late.data).toMatchObject({ fromStep: 1, toStep: 2, stepOnTime: false });
    const early = apply(assigned, { action: 'forward' }, ctx('2026-11-25T10:00:00+07:00'));
    expect(early.data).toMatchObject({ stepOnTime: true });
    expect(refusalOf(() => apply(early.facts, { action: 'forward' }, ctx(Date.now())))).toBe(
      'PROCESS_LAST_STEP',
    );
  });

  it('supplementation: once, within 3 WD of receipt; the clock restarts from zero', () => {
    const assigned = run(received(), [
      [{ action: 'assign', handlerId: 'u1' }, '2026-11-23T10:00:00+07:00'],
    ]);
    expect(
      refusalOf(() =>
        apply(
          assigned,
          { action: 'request_supplement', items: [] },
          ctx('2026-11-26T10:00:00+07:00'),
        ),
      ),
    ).toBe('SUPPLEMENT_TOO_LATE');
    const asked = apply(
      assigned,
      { action: 'request_supplement', items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }] },
      ctx('2026-11-24T10:00:00+07:00'),
    ).facts;
    expect(asked.state).toBe('awaiting_supplement');
    expect(urgency(asked, at('2026-11-30T10:00:00+07:00'), calendar)).toBe('paused');
    const back = apply(asked, { action: 'supplement' }, ctx('2026-11-30T14:00:00+07:00')).facts;
    // 10 WD from Monday 30/11 14:00 → Monday 14/12 14:00.
    expect(new Date(back.dueAt as number).toISOString()).toBe('2026-12-14T07:00:00.000Z');
    expect(back.state).toBe('in_progress');
    expect(
      refusalOf(() =>
        apply(back, { action: 'request_supplement', items: [] }, ctx('2026-11-30T15:00:00+07:00')),
      ),
    ).toBe('SUPPLEMENT_ALREADY_REQUESTED');
  });

  it('a dossier without a supplement for 15 days is closed, not before', () => {
    const asked = run(received(), [
      [{ action: 'assign', handlerId: 'u1' }, '2026-11-23T10:00:00+07:00'],
      [{ action: 'request_supplement', items: [] }, '2026-11-24T10:00:00+07:00'],
    ]);
    expect(
      refusalOf(() =>
        apply(asked, { action: 'close_unsupplemented' }, ctx('2026-12-09T10:00:00+07:00')),
      ),
    ).toBe('SUPPLEMENT_STILL_OPEN');
    // 15 days from Tuesday 24/11: ends at 24:00 of Wednesday 9/12.
    const closed = apply(
      asked,
      { action: 'close_unsupplemented' },
      ctx('2026-12-10T00:00:00+07:00'),
    );
    expect(closed.facts.state).toBe('closed_unsupplemented');
  });

  it('an extension: asked at least 1 WD before the due time, once; approved, it replaces the due date', () => {
    const assigned = run(received(), [
      [{ action: 'assign', handlerId: 'u1' }, '2026-11-23T10:00:00+07:00'],
    ]);
    // Due Monday 7/12 09:00: the last moment to ask is Friday 4/12 09:00.
    expect(new Date(assigned.dueAt as number).toISOString()).toBe('2026-12-07T02:00:00.000Z');
    expect(
      refusalOf(() =>
        apply(
          assigned,
          { action: 'request_extension', reason: 'Chờ ý kiến Sở', extra: 5 },
          ctx('2026-12-04T09:30:00+07:00'),
        ),
      ),
    ).toBe('EXTENSION_TOO_LATE');
    const asked = apply(
      assigned,
      { action: 'request_extension', reason: 'Chờ ý kiến Sở', extra: 5 },
      ctx('2026-12-04T09:00:00+07:00'),
    ).facts;
    expect(
      refusalOf(() =>
        apply(asked, { action: 'request_extension', reason: 'x', extra: 1 }, ctx(Date.now())),
      ),
    ).toBe('EXTENSION_ALREADY_REQUESTED');
    const approved = apply(
      asked,
      { action: 'decide_extension', approve: true },
      ctx('2026-12-04T11:00:00+07:00'),
    ).facts;
    expect(new Date(approved.dueAt as number).toISOString()).toBe('2026-12-14T02:00:00.000Z');
    expect(
      refusalOf(() =>
        apply(approved, { action: 'decide_extension', approve: false }, ctx(Date.now())),
      ),
    ).toBe('EXTENSION_NOT_PENDING');
  });

  it('a late dossier cannot be finished without saying who and why', () => {
    const atLeader = run(received(), [
      [{ action: 'assign', handlerId: 'u1' }, '2026-11-23T10:00:00+07:00'],
      [{ action: 'forward', handlerId: 'leader' }, '2026-11-30T10:00:00+07:00'],
    ]);
    const late = ctx('2026-12-08T09:00:00+07:00');
    expect(refusalOf(() => apply(atLeader, { action: 'approve' }, late))).toBe(
      'LATE_EXPLANATION_REQUIRED',
    );
    const done = apply(
      atLeader,
      { action: 'approve', lateExplanation: { who: 'Chuyên viên A', why: 'Chờ ý kiến Sở' } },
      late,
    );
    expect(done.facts.result).toMatchObject({ kind: 'granted', timeliness: 'late' });
    const early = apply(atLeader, { action: 'approve' }, ctx('2026-12-01T10:00:00+07:00'));
    expect(early.facts.result?.timeliness).toBe('early');
  });

  it('the inbox urgency of an open dossier', () => {
    const f = received();
    expect(urgency(f, at('2026-11-24T09:00:00+07:00'), calendar)).toBe('ok');
    expect(urgency(f, at('2026-12-03T09:00:00+07:00'), calendar)).toBe('due_soon');
    expect(urgency(f, at('2026-12-04T10:00:00+07:00'), calendar)).toBe('likely_late');
    expect(urgency(f, at('2026-12-07T08:30:00+07:00'), calendar)).toBe('due_today');
    expect(urgency(f, at('2026-12-07T09:00:01+07:00'), calendar)).toBe('overdue');
  });
});

/** Any command, with plausible arguments. */
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ action: fc.constant('assign' as const), handlerId: fc.constantFrom('u1', 'u2') }),
  fc.record({ action: fc.constant('claim' as const), handlerId: fc.constantFrom('u1', 'u2') }),
  fc.record({ action: fc.constant('forward' as const) }),
  fc.record({
    action: fc.constant('consult' as const),
    agencyId: fc.constant('a'),
    question: fc.constant('?'),
    workingDays: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    action: fc.constant('record_reply' as const),
    consultation: fc.nat({ max: 2 }),
    answer: fc.constant('!'),
  }),
  fc.record({
    action: fc.constant('request_supplement' as const),
    items: fc.constant([] as { name: string; reason: string }[]),
  }),
  fc.record({ action: fc.constant('supplement' as const) }),
  fc.record({ action: fc.constant('close_unsupplemented' as const) }),
  fc.record({
    action: fc.constant('request_extension' as const),
    reason: fc.constant('r'),
    extra: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ action: fc.constant('decide_extension' as const), approve: fc.boolean() }),
  fc.record({
    action: fc.constant('refuse_after_appraisal' as const),
    reasons: fc.constant<string[]>(['r']),
    lateExplanation: fc.option(fc.constant<LateExplanation>({ who: 'A', why: 'B' }), {
      nil: undefined,
    }),
  }),
  fc.record({
    action: fc.constant('approve' as const),
    lateExplanation: fc.option(fc.constant<LateExplanation>({ who: 'A', why: 'B' }), {
      nil: undefined,
    }),
  }),
  fc.record({
    action: fc.constant('return_result' as const),
    channel: fc.constantFrom('counter' as const, 'post' as const, 'online' as const),
  }),
  fc.record({ action: fc.constant('correct_result' as const), reason: fc.constant('r') }),
  fc.record({
    action: fc.constant('withdraw' as const),
    reason: fc.constant('r'),
    source: fc.constant('applicant' as const),
  }),
);

describe('any sequence of actions', () => {
  it('stays inside the table, leaves a refused dossier as it was, and replays to the same facts', () => {
    const allowed = new Set(TRANSITIONS.map(([from, action, to]) => `${from}|${action}|${to}`));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(command, fc.integer({ min: 0, max: 4 * 86_400_000 })), {
          maxLength: 40,
        }),
        (steps) => {
          let facts = received();
          let now = facts.receivedAt as number;
          const history: { command: Command; at: number }[] = [];
          for (const [c, gap] of steps) {
            now += gap;
            const before = structuredClone(facts);
            try {
              const next = apply(facts, c, ctx(now)).facts;
              expect(allowed.has(`${facts.state}|${c.action}|${next.state}`)).toBe(true);
              expect(DOSSIER_STATES).toContain(next.state);
              history.push({ command: c, at: now });
              facts = next;
            } catch (error) {
              if (!(error instanceof ProcessingRefusal || error instanceof DossierTransitionError))
                throw error;
              expect(facts).toEqual(before);
            }
          }
          expect(replay(received(), history, calendar, rules)).toEqual(facts);
        },
      ),
      { numRuns: 300 },
    );
  });
});
