import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from './calendar-source.js';
import {
  addWorkingTime,
  dueDate,
  remainingWorkingTime,
  timeliness,
  WORKING_DAY_MS,
  workingMinutesBetween,
} from './deadline.js';
import { localDate } from './local-date.js';
import { addWorkingTimeNaively } from './naive-deadline.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const at = (iso: string) => Date.parse(iso);
const vn = (ms: number) =>
  new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('days of 2025 and 2026 as the notices set them', () => {
  const kind = (date: string) => calendar.day(date).kind;
  const off = (date: string) => !calendar.isWorkingDay(date);

  it('Tết 2025 and 2026', () => {
    expect(calendar.day('2025-01-29')).toMatchObject({
      kind: 'holiday',
      name: 'Tết Nguyên đán',
      lunar: { day: 1, month: 1, year: 2025 },
    });
    for (let d = 14; d <= 22; d++) expect(off(`2026-02-${d}`)).toBe(true);
    expect(off('2026-02-13')).toBe(false);
    expect(off('2026-02-23')).toBe(false);
  });

  it('Giỗ Tổ: Monday 7/4/2025; Sunday 26/4/2026 with Monday 27/4 off', () => {
    expect(kind('2025-04-07')).toBe('holiday');
    expect(calendar.day('2026-04-26')).toMatchObject({
      kind: 'holiday',
      weekday: 7,
      lunar: { day: 10, month: 3 },
    });
    expect(kind('2026-04-27')).toBe('day_off');
  });

  it('swaps: Saturday 26/4/2025 and 22/8/2026 are worked, 2/5/2025 and 31/8/2026 are off', () => {
    expect(kind('2025-04-26')).toBe('makeup_workday');
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(kind('2025-05-02')).toBe('day_off');
    expect(kind('2026-08-22')).toBe('makeup_workday');
    expect(kind('2026-08-31')).toBe('day_off');
    expect(off('2026-09-01') && off('2026-09-02')).toBe(true);
  });

  it('a year without a notice is generated from the Labour Code, with compensatory days off', () => {
    expect(calendar.day('2027-02-06')).toMatchObject({
      kind: 'holiday',
      lunar: { day: 1, month: 1, year: 2027 },
    });
    expect(kind('2027-05-01')).toBe('holiday'); // a Saturday
    expect(kind('2027-05-03')).toBe('day_off');
    expect(kind('2027-11-24')).toBe('workday'); // Ngày Văn hóa Việt Nam is off only when enabled
  });
});

describe('worked examples of domain.md §5', () => {
  it('received Monday 09:00 with 1 WD → due Tuesday 09:00', () => {
    expect(vn(dueDate(calendar, at('2026-11-23T09:00:00+07:00'), 1, 'working_days'))).toBe(
      '2026-11-24 09:00',
    );
  });

  it('received Saturday with 1 WD → due Monday 17:00', () => {
    expect(vn(dueDate(calendar, at('2026-11-28T10:30:00+07:00'), 1, 'working_days'))).toBe(
      '2026-11-30 17:00',
    );
  });

  it('skips the lunch break and Tết', () => {
    expect(vn(dueDate(calendar, at('2026-11-25T11:00:00+07:00'), 2, 'working_hours'))).toBe(
      '2026-11-25 14:00',
    );
    expect(vn(dueDate(calendar, at('2026-02-13T10:00:00+07:00'), 1, 'working_days'))).toBe(
      '2026-02-23 10:00',
    );
  });

  it('a count that fills a session ends at its close, not at the next opening', () => {
    expect(vn(dueDate(calendar, at('2026-11-25T08:00:00+07:00'), 4, 'working_hours'))).toBe(
      '2026-11-25 12:00',
    );
    expect(vn(dueDate(calendar, at('2026-11-25T08:00:00+07:00'), 1, 'working_days'))).toBe(
      '2026-11-25 17:00',
    );
  });

  it('the make-up Saturday 26/4/2025 counts as a working day', () => {
    expect(vn(dueDate(calendar, at('2025-04-25T17:00:00+07:00'), 1, 'working_days'))).toBe(
      '2025-04-26 17:00',
    );
  });

  it('calendar days end at 24:00 of the last day, moved to the next working day', () => {
    // Wednesday 25/11/2026 + 10 days: Saturday 5/12 → Monday 7/12 at 24:00.
    expect(vn(dueDate(calendar, at('2026-11-25T10:00:00+07:00'), 10, 'days'))).toBe(
      '2026-12-08 00:00',
    );
    expect(vn(dueDate(calendar, at('2026-11-25T10:00:00+07:00'), 6, 'days'))).toBe(
      '2026-12-02 00:00',
    );
  });

  it('months end on the same day number, or the month’s last day', () => {
    expect(vn(dueDate(calendar, at('2026-01-31T10:00:00+07:00'), 1, 'months'))).toBe(
      '2026-03-03 00:00',
    ); // 28/2 is a Saturday → Mon 2/3
    expect(vn(dueDate(calendar, at('2026-03-16T10:00:00+07:00'), 1, 'months'))).toBe(
      '2026-04-17 00:00',
    );
  });

  it('clock hours ignore the calendar', () => {
    expect(vn(dueDate(calendar, at('2026-02-15T22:00:00+07:00'), 8, 'hours'))).toBe(
      '2026-02-16 06:00',
    );
  });

  it('a pause stops the clock; a restart counts from zero; an extension replaces the due date', () => {
    const start = at('2026-11-23T08:00:00+07:00');
    const pause = { from: at('2026-11-23T10:00:00+07:00'), to: at('2026-11-24T10:00:00+07:00') };
    expect(vn(dueDate(calendar, start, 4, 'working_hours', [pause]))).toBe('2026-11-24 12:00');
    expect(workingMinutesBetween(calendar, start, at('2026-11-24T12:00:00+07:00'), [pause])).toBe(
      240,
    );
    const restarted = dueDate(calendar, pause.to, 4, 'working_hours');
    expect(vn(restarted)).toBe('2026-11-24 15:00');
  });

  it('early, on time, late', () => {
    const due = at('2026-11-24T09:00:00+07:00');
    expect(timeliness(at('2026-11-23T16:00:00+07:00'), due)).toBe('early');
    expect(timeliness(at('2026-11-24T08:30:00+07:00'), due)).toBe('on_time');
    expect(timeliness(due, due)).toBe('on_time');
    expect(timeliness(due + 1, due)).toBe('late');
    const civilDue = at('2026-12-08T00:00:00+07:00'); // 24:00 of Monday 7/12
    expect(timeliness(at('2026-12-07T16:00:00+07:00'), civilDue)).toBe('on_time');
    expect(timeliness(at('2026-12-04T16:00:00+07:00'), civilDue)).toBe('early');
  });

  it('remaining working time goes negative once past due', () => {
    const due = at('2026-11-24T09:00:00+07:00');
    expect(remainingWorkingTime(calendar, at('2026-11-23T16:00:00+07:00'), due)).toBe(2 * HOUR);
    expect(remainingWorkingTime(calendar, at('2026-11-24T10:00:00+07:00'), due)).toBe(-HOUR);
  });
});

describe('properties of working-time arithmetic', () => {
  // Instants of 2024–2028 at minute resolution, and amounts up to 60 working days.
  const instant = fc
    .integer({
      min: at('2024-01-01T00:00:00+07:00') / MINUTE,
      max: at('2028-12-31T00:00:00+07:00') / MINUTE,
    })
    .map((m) => m * MINUTE);
  const amount = fc.integer({ min: 0, max: 60 * 8 * 60 }).map((m) => m * MINUTE);

  const inOfficeHours = (t: number) => {
    const date = localDate(new Date(t));
    const minute = (t - Date.parse(`${date}T00:00:00+07:00`)) / MINUTE;
    return calendar.day(date).sessions.some(([from, to]) => minute >= from && minute <= to);
  };

  it('never ends outside office hours (a zero count from a closed instant stays there)', () => {
    fc.assert(
      fc.property(instant, amount, (start, ms) => {
        const due = addWorkingTime(calendar, start, ms);
        if (ms === 0) expect(due).toBe(start);
        else expect(inOfficeHours(due)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(instant, amount, amount, (start, a, b) => {
        expect(addWorkingTime(calendar, addWorkingTime(calendar, start, a), b)).toBe(
          addWorkingTime(calendar, start, a + b),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('elapsed(start, due(start, n)) = n', () => {
    fc.assert(
      fc.property(instant, amount, (start, ms) => {
        expect(workingMinutesBetween(calendar, start, addWorkingTime(calendar, start, ms))).toBe(
          ms / MINUTE,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('results grow with the amount', () => {
    fc.assert(
      fc.property(instant, amount, amount, (start, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(calendar, start, small)).toBeLessThanOrEqual(
          addWorkingTime(calendar, start, large),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the day-by-day reference implementation', () => {
    fc.assert(
      fc.property(instant, amount, (start, ms) => {
        expect(addWorkingTime(calendar, start, ms)).toBe(
          addWorkingTimeNaively(calendar, start, ms),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('a pause adds exactly the working time it covers', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        (start, days, offset, length) => {
          const pause = { from: start + offset * MINUTE, to: start + (offset + length) * MINUTE };
          const due = dueDate(calendar, start, days, 'working_days', [pause]);
          // The pause either ends before the due instant (and is skipped) or starts after it.
          const counted = pause.to <= due ? [pause] : [];
          if (counted.length === 0)
            expect(calendar.workingBefore(pause.from)).toBeGreaterThanOrEqual(
              calendar.workingBefore(due),
            );
          expect(workingMinutesBetween(calendar, start, due, counted)).toBe(
            (days * WORKING_DAY_MS) / MINUTE,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
