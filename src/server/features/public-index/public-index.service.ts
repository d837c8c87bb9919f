import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { localDate } from '../../../domain/calendar/local-date.js';
import {
  type DossierTimeline,
  dueInForce,
  endOfProcessing,
  judge,
} from '../../../domain/indicators/on-time.js';
import {
  elapsedPart,
  type Period,
  PeriodError,
  periodOf,
} from '../../../domain/indicators/periods.js';
import { targetMet } from '../../../domain/indicators/plan-targets.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { agencyPath, listAgencies, provincePath } from '../agencies/agencies.queries.js';
import { agencyIdsWithin } from '../dossiers/dossiers.queries.js';
import type { UnitsView } from '../indicators/indicators.contract.js';
import { dossiersOfPeriod } from '../indicators/indicators.queries.js';
import { unitsFigures } from '../indicators/indicators.service.js';
import type {
  LateDossiersQuery,
  LateDossiersView,
  PublicUnitsQuery,
  PublicUnitsView,
} from './public-index.contract.js';

/**
 * The public disclosure of the service index: the figures every officer's dashboard shows, for
 * anyone, with the plan's targets beside them; and the monthly list of late dossiers by agency,
 * without the applicants' names. Nothing here asks who reads: the figures are public.
 */

/** The unit asked for, or the province (the root of the agency tree). */
async function unitOf(db: Kysely<DB>, agencyId: string | undefined) {
  if (agencyId !== undefined) {
    const path = await agencyPath(db, agencyId);
    if (path === undefined) throw new AppError('NOT_FOUND', { detail: 'Không có đơn vị này' });
    return { id: agencyId, path };
  }
  // A path is the ids from the root down, joined by '/' (domain/access/policy.ts).
  const path = await provincePath(db);
  const id = path.split('/').find(Boolean);
  if (id === undefined) throw new AppError('NOT_FOUND', { detail: 'Chưa có đơn vị nào' });
  return { id, path };
}

/**
 * Each agency directly under the unit (the province by default) with its subtree's indicator 2.1
 * and early share, as the officers' dashboard computes them, and whether each meets the plan.
 */
export async function publicUnits(
  db: Kysely<DB>,
  query: z.infer<typeof PublicUnitsQuery>,
  now = new Date(),
): Promise<PublicUnitsView> {
  const unit = await unitOf(db, query.agencyId);
  let period: Period;
  try {
    period = periodOf(query.period, query.date, query.to);
  } catch (error) {
    if (error instanceof PeriodError)
      throw new AppError('PERIOD_INVALID', { detail: error.message });
    throw error;
  }
  // Open dossiers are judged as they stand tonight, not on a last day still to come.
  const view = await unitsFigures(db, unit, period, elapsedPart(period, localDate(now)));
  // The targets in force on the period's last day, as an administrator set them.
  const { onTime, early } = view.targets;
  const withTargets = (u: UnitsView['total']) => ({
    ...u,
    onTimeMet: targetMet(u.onTime, onTime),
    earlyMet: targetMet(u.early, early),
  });
  return {
    period: view.period,
    targets: {
      onTime: { above: onTime.share, comparison: onTime.comparison },
      early: { above: early.share, comparison: early.comparison },
    },
    total: withTargets(view.total),
    units: view.units.map(withTargets),
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** YYYY-MM, not after this month; anything else is the caller's mistake (422 MONTH_INVALID). */
function monthAsked(month: string, today: string): string {
  if (!MONTH.test(month))
    throw new AppError('MONTH_INVALID', {
      detail: 'Tháng phải ghi theo dạng năm-tháng, ví dụ 2025-11',
    });
  if (month > today.slice(0, 7))
    throw new AppError('MONTH_INVALID', {
      detail: `Tháng ${month.slice(5)}/${month.slice(0, 4)} chưa đến`,
    });
  return month;
}

/**
 * The monthly public list: the dossiers of the unit (the province by default) that finished late
 * in the month, or were still open and past due at its end, as indicator 2.1's rule judges them
 * (`judge` with the month as the period; the current month judged as things stand now),
 * grouped by the agency competent to decide them.
 */
export async function lateDossiers(
  db: Kysely<DB>,
  query: z.infer<typeof LateDossiersQuery>,
  now = new Date(),
): Promise<LateDossiersView> {
  const today = localDate(now);
  const month = monthAsked(query.month, today);
  const unit = await unitOf(db, query.agencyId);
  const period = periodOf('month', `${month}-01`);
  // Never null: the month has begun.
  const judged = elapsedPart(period, today) ?? period;
  const [rows, agencies] = await Promise.all([
    dossiersOfPeriod(db, await agencyIdsWithin(db, [unit.path]), judged),
    listAgencies(db, judged.to, { includeClosed: true }),
  ]);
  const nameOf = new Map(agencies.map((a) => [a.id, a.name]));
  // A published list judges the month so far as it stands now: a dossier due at 17:00 today is
  // not listed as late in the morning.
  const asOf = { start: judged.start, end: Math.min(judged.end, now.getTime()) };
  const byAgency = new Map<string, LateDossiersView['agencies'][number]['items']>();
  for (const row of rows) {
    const timeline = row.timeline as DossierTimeline;
    const verdict = judge(timeline, asOf);
    if (!verdict.counted) continue;
    if (verdict.finished ? verdict.timeliness !== 'late' : !verdict.late) continue;
    const ended = verdict.finished ? endOfProcessing(timeline) : null;
    const due = dueInForce(timeline, ended ?? asOf.end - 1);
    const items = byAgency.get(row.competent_agency_id) ?? [];
    items.push({
      code: row.code,
      procedureName: row.procedure_name,
      receivedAt: row.received_at.toISOString(),
      dueAt: due === null ? null : new Date(due).toISOString(),
      finishedAt: verdict.finished && timeline.end ? new Date(timeline.end.at).toISOString() : null,
    });
    byAgency.set(row.competent_agency_id, items);
  }
  const sections = [...byAgency]
    .map(([id, items]) => ({ agency: { id, name: nameOf.get(id) ?? '' }, items }))
    .sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'vi'));
  return {
    month,
    from: period.from,
    to: period.to,
    countedTo: judged.to,
    unit: { id: unit.id, name: nameOf.get(unit.id) ?? '' },
    total: sections.reduce((n, s) => n + s.items.length, 0),
    agencies: sections,
  };
}
