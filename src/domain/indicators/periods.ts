import { addDays } from '../calendar/local-date.js';

/**
 * The periods the service index and the reports are asked for (issue "Real-time service index"):
 * a day, an ISO week (Monday to Sunday), a month, a quarter, a half year, a year, or any run of
 * days. Days are local dates in Asia/Ho_Chi_Minh; a period runs from 00:00 of its first day to
 * 00:00 after its last (exclusive), as instants.
 */
export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'half', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, included. */
  to: string;
  /** 00:00 of `from` in Vietnam, ms since the epoch. */
  start: number;
  /** 00:00 of the day after `to` in Vietnam: the period's end, excluded. */
  end: number;
}

const OFFSET_MS = 7 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 00:00 of a local date in Vietnam, as an instant. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS;
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(date: string): boolean {
  return DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

function make(kind: PeriodKind, from: string, to: string): Period {
  return { kind, from, to, start: startOfDay(from), end: startOfDay(addDays(to, 1)) };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function months(year: number, first: number, count: number): [string, string] {
  return [`${year}-${pad(first)}-01`, lastDayOfMonth(year, first + count - 1)];
}

/**
 * The period of a kind that holds the day `date`; `custom` takes `to` as its last day. A bad date
 * or a custom period that ends before it starts throws PeriodError.
 */
export function periodOf(kind: PeriodKind, date: string, to?: string): Period {
  if (!isDate(date)) throw new PeriodError(`not a date: ${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'day':
      return make(kind, date, date);
    case 'week': {
      // 1970-01-05 was a Monday.
      const days = Math.round(
        (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1970, 0, 5)) / 86_400_000,
      );
      const monday = addDays(date, -(((days % 7) + 7) % 7));
      return make(kind, monday, addDays(monday, 6));
    }
    case 'month':
      return make(kind, ...months(year, month, 1));
    case 'quarter':
      return make(kind, ...months(year, Math.floor((month - 1) / 3) * 3 + 1, 3));
    case 'half':
      return make(kind, ...months(year, month <= 6 ? 1 : 7, 6));
    case 'year':
      return make(kind, `${year}-01-01`, `${year}-12-31`);
    case 'custom': {
      if (to === undefined || !isDate(to)) throw new PeriodError(`not a date: ${to}`);
      if (to < date) throw new PeriodError(`the period ends (${to}) before it starts (${date})`);
      return make(kind, date, to);
    }
  }
}

/** The period of the same kind just before (for trends); a custom one of as many days. */
export function previousPeriod(p: Period): Period {
  const before = addDays(p.from, -1);
  if (p.kind !== 'custom') return periodOf(p.kind, before);
  const days = Math.round((p.end - p.start) / 86_400_000);
  return periodOf('custom', addDays(p.from, -days), before);
}

/**
 * The part of a period that has happened by the end of `today`: a live figure for the current
 * month judges open dossiers as they stand tonight, not as they will stand on its last day.
 * Null when the period has not begun.
 */
export function elapsedPart(p: Period, today: string): Period | null {
  if (p.from > today) return null;
  if (p.to <= today) return p;
  return { ...p, to: today, end: startOfDay(addDays(today, 1)) };
}
