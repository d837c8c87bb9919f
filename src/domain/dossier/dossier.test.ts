import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import {
  codePattern,
  DEFAULT_CODE_TEMPLATE,
  formatDossierCode,
  SequenceOverflow,
  templateProblems,
} from './dossier-code.js';
import { personalIdProblem } from './personal-id.js';
import { DOSSIER_STATES, NATIONAL_STATUS, NATIONAL_STATUS_OF } from './states.js';
import { transferDueAt } from './transfer.js';
import {
  allowedActions,
  DOSSIER_ACTIONS,
  DossierTransitionError,
  TRANSITIONS,
  transition,
} from './transitions.js';

describe('the dossier state machine', () => {
  it('maps every state to one national status code 1–10', () => {
    for (const state of DOSSIER_STATES)
      expect(NATIONAL_STATUS[NATIONAL_STATUS_OF[state]]).toBeDefined();
  });

  it('receives at the counter and accepts online dossiers', () => {
    expect(transition(null, 'receive')).toBe('received');
    expect(transition(null, 'arrive_online')).toBe('awaiting_acceptance');
    expect(transition('awaiting_acceptance', 'request_correction')).toBe('correction_requested');
    expect(transition('correction_requested', 'resubmit')).toBe('awaiting_acceptance');
    expect(transition('awaiting_acceptance', 'accept')).toBe('received');
  });

  it('refuses what the table does not list, by name', () => {
    expect(() => transition('received', 'accept')).toThrow(DossierTransitionError);
    expect(() => transition('withdrawn', 'withdraw')).toThrow(/not allowed/);
    expect(() => transition('refused_at_intake', 'receive')).toThrow(DossierTransitionError);
  });

  it('has no duplicate rows, and every state is reachable from nothing', () => {
    const keys = TRANSITIONS.map(([from, action]) => `${from}|${action}`);
    expect(new Set(keys).size).toBe(keys.length);
    const reached = new Set<string>();
    let frontier: (string | null)[] = [null];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const from of frontier) {
        for (const [f, , to] of TRANSITIONS) if (f === from && !reached.has(to)) next.push(to);
      }
      for (const s of next) reached.add(s);
      frontier = next;
    }
    expect([...reached].sort()).toEqual([...DOSSIER_STATES].sort());
  });

  it('property: transition either follows a listed row or throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, ...DOSSIER_STATES),
        fc.constantFrom(...DOSSIER_ACTIONS),
        (from, action) => {
          const listed = allowedActions(from).includes(action);
          if (listed) expect(DOSSIER_STATES).toContain(transition(from, action));
          else expect(() => transition(from, action)).toThrow(DossierTransitionError);
        },
      ),
    );
  });

  it('terminal intake states allow nothing more', () => {
    expect(allowedActions('withdrawn')).toEqual([]);
    expect(allowedActions('refused_at_intake')).toEqual([]);
    expect(allowedActions('incomplete_at_intake')).toEqual([]);
  });
});

describe('dossier codes', () => {
  it('follow the default layout of the agency, YYMMDD and a 4-digit daily sequence', () => {
    expect(formatDossierCode(DEFAULT_CODE_TEMPLATE, '000.00.00.H26', '2025-08-01', 1)).toBe(
      '000.00.00.H26-250801-0001',
    );
    expect(formatDossierCode('{agency}-{yyyymmdd}-{seq6}', 'H06', '2026-11-25', 42)).toBe(
      'H06-20261125-000042',
    );
  });

  it('refuse a sequence the template cannot hold, and templates that could repeat', () => {
    expect(() => formatDossierCode(DEFAULT_CODE_TEMPLATE, 'X', '2026-01-01', 10_000)).toThrow(
      SequenceOverflow,
    );
    expect(templateProblems(DEFAULT_CODE_TEMPLATE)).toEqual([]);
    expect(templateProblems('{agency}-{seq4}')).toHaveLength(1);
    expect(templateProblems('{agency}-{yymmdd}-{seq4}-{foo}')).toEqual(['Không hiểu: {foo}']);
  });

  it('leaves the sequence open for the database, and agrees with the full code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          DEFAULT_CODE_TEMPLATE,
          '{yyyymmdd}.{seq6}.{agency}',
          'HS-{agency}-{yymmdd}{seq5}',
        ),
        fc.integer({ min: 1, max: 9999 }),
        (template, n) => {
          const { pattern, width } = codePattern(template, '000.00.00.H06', '2026-11-25');
          const filled = pattern.replace('{seq}', String(n).padStart(width, '0'));
          expect(filled).toBe(formatDossierCode(template, '000.00.00.H06', '2026-11-25', n));
        },
      ),
    );
  });

  it('property: different sequences of a day give different codes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        const code = (n: number) =>
          formatDossierCode(DEFAULT_CODE_TEMPLATE, '000.00.00.H06', '2026-11-25', n);
        expect(code(a) === code(b)).toBe(a === b);
      }),
    );
  });
});

describe('personal identification numbers', () => {
  it('checks the form: 12 digits, a province code, a birth year not in the future', () => {
    expect(personalIdProblem('027095001234', 2026)).toBeNull(); // Bắc Ninh, male, born 1995
    expect(personalIdProblem('024301001234', 2026)).toBeNull(); // Bắc Giang, female, born 2001
    expect(personalIdProblem('02709500123', 2026)).toBe('not_12_digits');
    expect(personalIdProblem('02709500123a', 2026)).toBe('not_12_digits');
    expect(personalIdProblem('003095001234', 2026)).toBe('unknown_province');
    expect(personalIdProblem('027230001234', 2026)).toBe('born_in_future'); // 2030
  });
});

describe('transfer to the competent agency', () => {
  const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
  const at = (iso: string) => Date.parse(iso);
  const vn = (ms: number) =>
    new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

  it('goes the same working day until 15:00, otherwise at the next working day’s opening', () => {
    expect(vn(transferDueAt(calendar, at('2026-11-25T14:59:00+07:00')))).toBe('2026-11-25 17:00');
    // A postal hand-over signed before opening still goes that day.
    expect(vn(transferDueAt(calendar, at('2026-11-25T01:29:00+07:00')))).toBe('2026-11-25 17:00');
    expect(vn(transferDueAt(calendar, at('2026-11-25T15:01:00+07:00')))).toBe('2026-11-26 08:00');
    expect(vn(transferDueAt(calendar, at('2026-11-27T16:00:00+07:00')))).toBe('2026-11-30 08:00'); // Friday
    expect(vn(transferDueAt(calendar, at('2026-02-13T15:30:00+07:00')))).toBe('2026-02-23 08:00'); // Tết
    expect(vn(transferDueAt(calendar, at('2026-11-28T09:00:00+07:00')))).toBe('2026-11-30 08:00'); // Saturday
  });
});
