import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import { judge } from '../indicators/on-time.js';
import { timelineOf } from '../indicators/timeline.js';
import { exportRecord } from './export-record.js';
import { ImportRecord } from './import-record.js';
import { importedHistory } from './imported-history.js';
import { apply, DEFAULT_PROCESSING_RULES } from './processing.js';
import { TRANSITIONS } from './transitions.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const ctx = {
  calendar,
  timeLimit: { amount: 5, unit: 'working_days' as const },
  steps: [
    { name: 'Tiếp nhận', role: 'counter_officer', agencyId: null, budget: 0 },
    { name: 'Thẩm định', role: 'specialist', agencyId: null, budget: 4 },
    { name: 'Phê duyệt', role: 'leader', agencyId: null, budget: 1 },
  ],
  rules: { supplementReplyDays: 15 },
};
const at = (local: string) => `2025-03-${local}:00+07:00`;

function record(statuses: [string, number][], more: Record<string, unknown> = {}) {
  return ImportRecord.parse({
    source: 'igate-bacgiang',
    code: '000.00.12.H03-250303-0001',
    procedure: { code: '1.001193' },
    receivingAgency: 'H03.12',
    competentAgency: 'H03.12.05',
    applicant: { kind: 'citizen', name: 'Nguyễn Văn An' },
    channel: 1,
    submittedAt: at('03T08:00'),
    receivedAt: at('03T08:00'),
    dueAt: at('10T17:00'),
    statuses: statuses.map(([when, status]) => ({ at: at(when), status })),
    ...more,
  });
}

const walk = (statuses: [string, number][], more: Record<string, unknown> = {}) =>
  importedHistory(record(statuses, more), ctx);

describe('an imported history', () => {
  it('becomes the entries processing writes: receipt with its due date, taken on, decided, returned', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
        ['05T10:00', 9],
        ['06T09:00', 10],
      ],
      { result: { kind: 'granted', decidedAt: at('05T10:00'), documentCode: 'KS-1' } },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.history.entries.map((e) => [e.action, e.to, e.nationalStatus])).toEqual([
      ['receive', 'received', 2],
      ['assign', 'in_progress', 4],
      ['approve', 'decided', 9],
      ['return_result', 'returned', 10],
    ]);
    expect(out.history.facts).toMatchObject({
      state: 'returned',
      dueAt: Date.parse(at('10T17:00')),
      step: 1,
      result: { kind: 'granted', documentCode: 'KS-1', timeliness: 'early' },
    });
    const tl = timelineOf(out.history.entries);
    expect(
      judge(tl, {
        start: Date.parse(at('01T00:00')),
        end: Date.parse('2025-04-01T00:00:00+07:00'),
      }),
    ).toMatchObject({ counted: true, finished: true, timeliness: 'early' });
  });

  it('takes a dossier on when the old system went straight from receipt to a decision', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['04T10:00', 9],
      ],
      { result: { kind: 'refused', decidedAt: at('04T10:00'), reasons: ['Không đủ điều kiện'] } },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.history.entries.map((e) => e.action)).toEqual([
      'receive',
      'assign',
      'refuse_after_appraisal',
    ]);
  });

  it('restarts the clock at each answered supplementation, and keeps more than one (late by the rule)', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
        ['04T09:00', 5],
        ['05T09:00', 4],
        ['06T09:00', 5],
        ['07T09:00', 4],
      ],
      {
        supplements: [
          { requestedAt: at('04T09:00'), answeredAt: at('05T09:00'), newDueAt: at('12T17:00') },
          { requestedAt: at('06T09:00'), answeredAt: at('07T09:00') },
        ],
      },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const supplements = out.history.entries.filter((e) => e.action === 'supplement');
    expect(supplements[0]?.data.dueAt).toBe(new Date(Date.parse(at('12T17:00'))).toISOString());
    // The second due date is computed here: 5 working days from the answer (Friday 7 March).
    expect(supplements[1]?.data.dueAt).toBe('2025-03-14T02:00:00.000Z');
    expect(timelineOf(out.history.entries).supplements).toHaveLength(2);
    // The step runs again from the answer, with its due time, as processing restarts it.
    expect(out.history.facts).toMatchObject({
      step: 1,
      stepStartedAt: Date.parse(at('07T09:00')),
      stepDueAt: Date.parse('2025-03-13T02:00:00.000Z'),
    });
  });

  it('places an extension among the statuses and moves the due date when approved', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
      ],
      {
        extensions: [
          {
            requestedAt: at('07T09:00'),
            reason: 'Chờ xác minh',
            decidedAt: at('07T15:00'),
            approved: true,
            newDueAt: at('14T17:00'),
          },
        ],
      },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.history.entries.map((e) => e.action)).toEqual([
      'receive',
      'assign',
      'request_extension',
      'decide_extension',
    ]);
    expect(out.history.facts?.dueAt).toBe(Date.parse(at('14T17:00')));
  });

  it('refuses what the state machine forbids, and a withdrawal after the end, by field, without throwing', () => {
    const forbid = (statuses: [string, number][]) => {
      const out = walk(statuses);
      expect(out.ok).toBe(false);
      return out.ok ? [] : out.problems;
    };
    expect(
      forbid([
        ['03T08:00', 2],
        ['04T08:00', 10],
      ]),
    ).toEqual([
      {
        field: 'statuses[1].status',
        reason: expect.stringMatching(
          /Không được chuyển từ trạng thái "2 Được tiếp nhận" sang "10/,
        ),
      },
    ]);
    expect(
      importedHistory(
        record(
          [
            ['03T08:00', 3],
            ['04T08:00', 7],
          ],
          { receivedAt: null, dueAt: null },
        ),
        ctx,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'statuses[1].status', reason: expect.stringMatching(/Không được chuyển/) },
      ],
    });
  });

  it('refuses times out of order, a status 5 without its request, a result that was never reached', () => {
    expect(
      walk([
        ['03T08:00', 2],
        ['02T08:00', 4],
      ]),
    ).toMatchObject({ ok: false, problems: [{ field: 'statuses[1].at' }] });
    expect(
      walk([
        ['03T08:00', 2],
        ['03T09:00', 4],
        ['04T09:00', 5],
      ]),
    ).toMatchObject({ ok: false, problems: [{ field: 'statuses[2].status' }] });
    expect(
      walk(
        [
          ['03T08:00', 2],
          ['03T09:00', 4],
        ],
        { result: { kind: 'granted', decidedAt: at('05T10:00') } },
      ),
    ).toMatchObject({
      ok: false,
      problems: [{ field: 'result' }],
    });
    expect(walk([['03T09:00', 2]])).toMatchObject({
      ok: false,
      problems: [{ field: 'statuses[0].at' }],
    });
  });

  it('judges a result after two supplementations late, as the index does, whatever the dates', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
        ['04T09:00', 5],
        ['04T10:00', 4],
        ['05T09:00', 5],
        ['05T10:00', 4],
        ['06T10:00', 9],
      ],
      {
        supplements: [
          { requestedAt: at('04T09:00'), answeredAt: at('04T10:00') },
          { requestedAt: at('05T09:00'), answeredAt: at('05T10:00') },
        ],
        result: { kind: 'granted', decidedAt: at('06T10:00') },
      },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.history.facts?.result?.timeliness).toBe('late');
    expect(out.history.entries.at(-1)?.data.timeliness).toBe('late');
  });

  it('leaves a pending extension that, approved here, grants the due date the old system proposed', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
      ],
      {
        extensions: [
          { requestedAt: at('07T09:00'), reason: 'Chờ xác minh', newDueAt: at('13T17:00') },
        ],
      },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const facts = out.history.facts as NonNullable<typeof out.history.facts>;
    expect(facts.extension).toMatchObject({ decision: null, extra: 3 });
    const approved = apply(
      facts,
      { action: 'decide_extension', approve: true },
      {
        now: Date.parse(at('07T15:00')),
        calendar,
        rules: DEFAULT_PROCESSING_RULES,
      },
    );
    expect(approved.facts.dueAt).toBe(Date.parse(at('13T17:00')));
  });

  it('records a result corrected after its return as processing would, returned again later', () => {
    const out = walk(
      [
        ['03T08:00', 2],
        ['03T09:00', 4],
        ['05T10:00', 9],
        ['06T09:00', 10],
        ['07T09:00', 9],
        ['07T15:00', 10],
      ],
      {
        result: {
          kind: 'granted',
          decidedAt: at('05T10:00'),
          documentCode: 'KS-1',
          returnedAt: at('06T09:00'),
        },
      },
    );
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    expect(out.history.entries.map((e) => e.action).slice(-2)).toEqual([
      'correct_result',
      'return_result',
    ]);
    expect(out.history.facts).toMatchObject({
      state: 'returned',
      returnedAt: Date.parse(at('07T15:00')),
      result: { corrections: [{ at: Date.parse(at('07T09:00')), replacedDocumentCode: 'KS-1' }] },
    });
  });

  it('gives the first working step its due time when the dossier is taken on', () => {
    const out = walk([
      ['03T08:00', 2],
      ['03T09:00', 4],
    ]);
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    // Four working days from Monday 3 March 09:00.
    expect(out.history.facts).toMatchObject({ step: 1, stepDueAt: Date.parse(at('07T09:00')) });
  });

  it('refuses an answer to a supplementation that the statuses never show', () => {
    expect(
      walk(
        [
          ['03T08:00', 2],
          ['03T09:00', 4],
          ['04T09:00', 5],
          ['24T09:00', 8],
        ],
        {
          supplements: [{ requestedAt: at('04T09:00'), answeredAt: at('10T09:00') }],
        },
      ),
    ).toMatchObject({ ok: false, problems: [{ field: 'supplements[0].answeredAt' }] });
  });

  it('property: a history the machine wrote, exported and imported, gives the same timeline and only allowed steps', () => {
    const allowed = new Set(TRANSITIONS.map(([f, a, t]) => `${f} ${a} ${t}`));
    const HOUR = 3_600_000;
    const start = Date.parse(at('03T08:00'));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('supplement_round', 'extension', 'nothing'), { maxLength: 3 }),
        fc.constantFrom(
          'approve',
          'refuse_after_appraisal',
          'withdraw',
          'open',
          'close_unsupplemented',
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 200 }),
        (middle, end, returned, gapHours) => {
          const history: {
            at: number;
            action: string;
            to:
              | 'received'
              | 'in_progress'
              | 'awaiting_supplement'
              | 'decided'
              | 'returned'
              | 'withdrawn'
              | 'closed_unsupplemented';
            data: Record<string, unknown>;
          }[] = [];
          let t = start;
          let due = start + 7 * 24 * HOUR;
          const next = () => (t += gapHours * HOUR);
          history.push({
            at: t,
            action: 'receive',
            to: 'received',
            data: {
              receivedAt: new Date(t).toISOString(),
              dueAt: new Date(due).toISOString(),
              digitised: false,
            },
          });
          history.push({ at: next(), action: 'assign', to: 'in_progress', data: {} });
          for (const m of middle) {
            if (m === 'supplement_round') {
              history.push({
                at: next(),
                action: 'request_supplement',
                to: 'awaiting_supplement',
                data: {},
              });
              due = next() + 5 * 24 * HOUR;
              history.push({
                at: t,
                action: 'supplement',
                to: 'in_progress',
                data: { dueAt: new Date(due).toISOString() },
              });
            } else if (m === 'extension') {
              history.push({
                at: next(),
                action: 'request_extension',
                to: 'in_progress',
                data: {
                  reason: 'Cần thêm thời gian',
                  proposedDueAt: new Date(due + 3 * 24 * HOUR).toISOString(),
                },
              });
              due += 3 * 24 * HOUR;
              history.push({
                at: next(),
                action: 'decide_extension',
                to: 'in_progress',
                data: { approved: true, dueAt: new Date(due).toISOString() },
              });
            }
          }
          if (end === 'approve' || end === 'refuse_after_appraisal') {
            history.push({
              at: next(),
              action: end,
              to: 'decided',
              data:
                end === 'approve'
                  ? { command: { fileSha256: 'b'.repeat(64) } }
                  : { reasons: ['Không đủ điều kiện'] },
            });
            if (returned)
              history.push({
                at: next(),
                action: 'return_result',
                to: 'returned',
                data: { channel: 'counter' },
              });
          } else if (end === 'withdraw')
            history.push({ at: next(), action: 'withdraw', to: 'withdrawn', data: {} });
          else if (end === 'close_unsupplemented') {
            history.push({
              at: next(),
              action: 'request_supplement',
              to: 'awaiting_supplement',
              data: {},
            });
            history.push({
              at: next() + 16 * 24 * HOUR,
              action: 'close_unsupplemented',
              to: 'closed_unsupplemented',
              data: {},
            });
          }
          const line = exportRecord({
            source: 'motcua-cu',
            code: 'X-1',
            procedureCode: '1.001193',
            receivingAgency: 'A',
            competentAgency: 'B',
            applicant: { kind: 'citizen', name: 'Trần Thị Bình' },
            channel: 'counter',
            submittedAt: start,
            history,
          });
          const out = importedHistory(ImportRecord.parse(JSON.parse(JSON.stringify(line))), ctx);
          if (!out.ok) throw new Error(JSON.stringify(out.problems));
          for (const e of out.history.entries)
            expect(allowed).toContain(`${e.from} ${e.action} ${e.to}`);
          const mine = timelineOf(out.history.entries);
          const theirs = timelineOf(history);
          expect({ ...mine, digitised: false }).toEqual({ ...theirs, digitised: false });
        },
      ),
      { numRuns: 300 },
    );
  });
});
