import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { earlyRatio, onTimeRatio } from '../../../domain/indicators/on-time.js';
import {
  elapsedPart,
  type Period,
  PeriodError,
  type PeriodKind,
  periodOf,
  previousPeriod,
} from '../../../domain/indicators/periods.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { agencyPath, findAgency } from '../agencies/agencies.queries.js';
import { authorize } from '../auth/authorize.js';
import { agencyIdsWithin } from '../dossiers/dossiers.queries.js';
import { figureTargets } from '../indicator-settings/indicator-settings.service.js';
import type { TrendQuery, TrendView } from './indicators.contract.js';
import { progressFromRollups } from './indicators.queries.js';

/** The kinds of period a trend is drawn over (issue 7, item 3). */
export const TREND_KINDS = ['week', 'month', 'quarter'] as const satisfies readonly PeriodKind[];

/**
 * The `count` periods of a kind that end with the one holding `date`, oldest first, each with the
 * part of it that has happened by the end of `today` (the live figure judges open dossiers as they
 * stand tonight); periods that have not begun are left out. A kind without a trend or a bad date
 * throws PeriodError.
 */
export function trendPeriods(
  kind: PeriodKind,
  date: string,
  count: number,
  today: string,
): { period: Period; judged: Period }[] {
  if (!(TREND_KINDS as readonly PeriodKind[]).includes(kind))
    throw new PeriodError(`no trend by ${kind}: week, month or quarter`);
  const out: { period: Period; judged: Period }[] = [];
  for (let p = periodOf(kind, date), n = 0; n < count; p = previousPeriod(p), n += 1) {
    const judged = elapsedPart(p, today);
    if (judged) out.push({ period: p, judged });
  }
  return out.reverse();
}

/**
 * Indicator 2.1, the early share and the late counts of a unit (with every agency under it) over
 * consecutive periods, for the dashboard's trend chart: for each period the same figures as
 * /indicators/progress gives, from the rollups (one read of a few rows per period), and the
 * plan's targets of that period (a new plan moves the target line from its first period on).
 */
export async function trend(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof TrendQuery>,
  now = new Date(),
): Promise<TrendView> {
  const path = await agencyPath(db, query.agencyId);
  if (path === undefined) throw new AppError('NOT_FOUND', { detail: 'Không có đơn vị này' });
  authorize(actor, 'indicator.read', { agencyPath: path });
  let periods: { period: Period; judged: Period }[];
  try {
    periods = trendPeriods(query.period, query.date, query.count, localDate(now));
  } catch (error) {
    if (error instanceof PeriodError)
      throw new AppError('PERIOD_INVALID', { detail: error.message });
    throw error;
  }
  const ids = await agencyIdsWithin(db, [path]);
  const agency = await findAgency(db, query.agencyId, periods.at(-1)?.judged.to ?? query.date);
  const figures: TrendView['periods'] = [];
  // One after the other: a trend holds one pooled connection at a time, however many periods.
  for (const { period, judged } of periods) {
    const counts = await progressFromRollups(db, ids, judged);
    // As beside the figures of one period: the plan's targets in force on its last day.
    const targets = await figureTargets(db, period.to);
    figures.push({
      period: { kind: period.kind, from: period.from, to: period.to, countedTo: judged.to },
      counts: { ...counts, received: counts.counted - counts.carried },
      onTime: onTimeRatio(counts),
      early: earlyRatio(counts),
      targets,
    });
  }
  return {
    agency: { id: query.agencyId, name: agency?.agency.name ?? '' },
    kind: query.period,
    periods: figures,
  };
}
