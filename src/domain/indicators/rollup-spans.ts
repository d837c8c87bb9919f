import { addDays } from '../calendar/local-date.js';
import { lastDayOfMonth } from './periods.js';

/**
 * Where the sums for a period come from once past days are totalled (decision 0016). A period's
 * figures need every day up to its last one (stocks since the first dossier, flows within the
 * period). Those days are read, each exactly once, from:
 * - **month totals** of months that ended before the horizon and lie wholly before the period or
 *   wholly inside it;
 * - **day totals** of the other days before the horizon (at most three months are cut: the
 *   period's first, its last, and the horizon's);
 * - **the rollups themselves** from the horizon on.
 * Dates are local (YYYY-MM-DD); the horizon is the first day not totalled.
 */
export interface RollupSources {
  from: string;
  to: string;
  horizon: string;
  /** Day totals to read, as inclusive ranges. */
  dayRanges: [string, string][];
}

/** The horizon when nothing is totalled yet: every day is read from the rollups. */
export const NOTHING_TOTALLED = '1900-01-01';

export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

export function monthEnd(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return lastDayOfMonth(y, m);
}

/** Whether a month's total stands for all its days in a period's sums. */
export function monthTotalUsed(month: string, s: Pick<RollupSources, 'from' | 'to' | 'horizon'>) {
  const end = monthEnd(month);
  return end < s.horizon && (end < s.from || (month >= s.from && end <= s.to));
}

export function rollupSources(from: string, to: string, horizon: string | null): RollupSources {
  const h = horizon ?? NOTHING_TOTALLED;
  const lastTotalled = addDays(h, -1);
  const months = [...new Set([from, to, lastTotalled].map(monthStart))].sort();
  const dayRanges: [string, string][] = [];
  for (const m of months) {
    if (m > to || monthTotalUsed(m, { from, to, horizon: h })) continue;
    const last = [monthEnd(m), to, lastTotalled].sort()[0] as string;
    if (last >= m) dayRanges.push([m, last]);
  }
  return { from, to, horizon: h, dayRanges };
}

/** Which source holds a day's sums for a period (for tests and explanations). */
export function sourceOfDay(day: string, s: RollupSources): 'month' | 'day' | 'rollups' | null {
  if (day > s.to) return null;
  if (day >= s.horizon) return 'rollups';
  if (monthTotalUsed(monthStart(day), s)) return 'month';
  return s.dayRanges.some(([a, b]) => day >= a && day <= b) ? 'day' : null;
}
