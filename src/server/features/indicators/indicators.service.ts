import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import type { Bucket } from '../../../domain/indicators/buckets.js';
import { contributions } from '../../../domain/indicators/contributions.js';
import { dossierIndicators } from '../../../domain/indicators/dossier-indicators.js';
import { scoreOf } from '../../../domain/indicators/index-scheme.js';
import {
  type DossierTimeline,
  earlyRatio,
  judge,
  NO_PROGRESS,
  onTimeRatio,
  type ProgressCounts,
  type Verdict,
} from '../../../domain/indicators/on-time.js';
import {
  elapsedPart,
  type Period,
  PeriodError,
  periodOf,
} from '../../../domain/indicators/periods.js';
import { NO_FLOWS } from '../../../domain/indicators/service-flows.js';
import { extendTimeline, NOT_RECEIVED, sameTimeline } from '../../../domain/indicators/timeline.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { agencyPath, findAgency } from '../agencies/agencies.queries.js';
import { authorize } from '../auth/authorize.js';
import { agencyIdsWithin, childAgencies } from '../dossiers/dossiers.queries.js';
import { figureTargets, schemeInForce } from '../indicator-settings/indicator-settings.service.js';
import type {
  DossiersBehindQuery,
  DossiersBehindView,
  ProgressQuery,
  ProgressView,
  UnitsQuery,
  UnitsView,
} from './indicators.contract.js';
import {
  clearTotals,
  dossierKeys,
  dossiersOfPeriod,
  dossiersWithoutTimeline,
  holdBackDossierChanges,
  type IndexCounts,
  indexCountsByAgency,
  lastEntryId,
  progressByAgency,
  progressFromRollups,
  replaceRollups,
  setTimelines,
  tidyRollups,
  timelineEntries,
  totalUpTo,
} from './indicators.queries.js';
import { addContributions, type RollupSums, rowsOfSums } from './rollup-change.js';

/**
 * Indicator 2.1 and the period's counts for a unit the actor may read the indicators of, from the
 * rollups; scored with the index scheme in force on the period's last day.
 */
export async function progress(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof ProgressQuery>,
): Promise<ProgressView> {
  const { path, period, judged } = await unitAndPeriod(db, actor, query);
  const [all, agency] = await Promise.all([
    judged
      ? indexCountsByAgency(db, await agencyIdsWithin(db, [path]), judged, false)
      : new Map<string, IndexCounts>(),
    findAgency(db, query.agencyId, period.to),
  ]);
  const counts = all.get('*')?.progress ?? { ...NO_PROGRESS };
  const flows = all.get('*')?.flows ?? { ...NO_FLOWS };
  const scheme = await schemeInForce(db, period.to);
  const defs = new Map(scheme.groups.flatMap((g) => g.indicators).map((i) => [i.id, i]));
  const indicator = defs.get('2.1');
  const onTime = onTimeRatio(counts);
  return {
    agency: { id: query.agencyId, name: agency?.agency.name ?? '' },
    period: periodView(period, judged),
    counts: { ...counts, received: counts.counted - counts.carried },
    flows,
    onTime,
    early: earlyRatio(counts),
    score: {
      indicator: '2.1',
      points: indicator ? scoreOf(onTime, indicator) : null,
      max: indicator?.points ?? 0,
      scheme: scheme.version,
    },
    indicators: dossierIndicators(counts, flows).map((f) => {
      const def = defs.get(f.id);
      return {
        ...f,
        name: def?.name ?? f.id,
        points: def ? scoreOf(f.ratio, def) : null,
        max: def?.points ?? 0,
        target: def?.target ?? null,
      };
    }),
  };
}

/** The progress of an agency and every agency under it (a commune, a department, the province). */
export async function progressOf(
  db: Kysely<DB>,
  agencyId: string,
  period: Pick<Period, 'from' | 'to'>,
): Promise<ProgressCounts> {
  const path = await agencyPath(db, agencyId);
  const ids = path === undefined ? [] : await agencyIdsWithin(db, [path]);
  return progressFromRollups(db, ids, period);
}

/**
 * Rebuilds every dossier's timeline and all rollups from the stored histories, in one
 * transaction that holds back changes to dossiers meanwhile (so that none is lost between the
 * read of its history and the new rollups): one pass over the history entries that can change a
 * timeline, in the order written, then one over the dossiers. For a new installation of the
 * rollups (migration 0015) and for repair. Dossiers whose timeline changes get a new version, so
 * that no server instance acts on a row it kept from before; the others are left as they are.
 */
export async function rebuildRollups(
  db: Kysely<DB>,
  options: { pageSize?: number; onProgress?: (dossiers: number) => void } = {},
): Promise<{ dossiers: number; rows: number }> {
  const pageSize = options.pageSize ?? 10_000;
  const done = await db.transaction().execute(async (trx) => {
    await holdBackDossierChanges(trx);
    const timelines = new Map<string, DossierTimeline>();
    const lastId = await lastEntryId(trx);
    const range = pageSize * 20;
    // Each read is asked for before the one in hand is folded: the database reads while Node
    // folds, on the two cores.
    let entries = timelineEntries(trx, 0, range);
    for (let after = 0; after < lastId; after += range) {
      const page = await entries;
      if (after + range < lastId) entries = timelineEntries(trx, after + range, after + 2 * range);
      for (const e of page)
        timelines.set(
          e.dossierId,
          extendTimeline(timelines.get(e.dossierId) ?? NOT_RECEIVED, e.entry),
        );
    }
    const sums: RollupSums = new Map();
    let dossiers = 0;
    let keys = dossierKeys(trx, null, pageSize);
    for (;;) {
      const page = await keys;
      const last = page.at(-1);
      if (!last) break;
      keys = dossierKeys(trx, last.id, pageSize);
      const changed: { id: string; version: number; timeline: DossierTimeline }[] = [];
      for (const d of page) {
        const timeline = timelines.get(d.id) ?? NOT_RECEIVED;
        const key = {
          agencyId: d.competent_agency_id,
          procedureCode: d.procedure_code,
          channel: d.channel,
        };
        addContributions(sums, key, contributions(timeline));
        // Only those that differ: a repair touches (and sends 409s about) only what was wrong.
        if (!sameTimeline(d.timeline, timeline))
          changed.push({ id: d.id, version: d.version, timeline });
      }
      await setTimelines(trx, changed);
      dossiers += page.length;
      options.onProgress?.(dossiers);
    }
    const rows = rowsOfSums(sums);
    await clearTotals(trx);
    await replaceRollups(trx, rows);
    return { dossiers, rows: rows.length };
  });
  await retotalPastDays(db);
  await tidyRollups(db);
  return done;
}

/**
 * Totals the rollups of the days before yesterday and of the months ended by then (decision
 * 0016), so that figures read a few rows per agency and month. Run every minute by the sweeps
 * (nothing to do most of the time) and after a rebuild. Yesterday stays in the rollups: a change
 * made just before midnight may still be committing after it.
 */
export async function totalPastDays(db: Kysely<DB>, now = new Date()): Promise<number> {
  const before = addDays(localDate(now), -1);
  return db.transaction().execute((trx) => totalUpTo(trx, before));
}

/** The same from scratch, for whatever has rewritten past days (a rebuild, an import, a seed). */
export async function retotalPastDays(db: Kysely<DB>, now = new Date()): Promise<number> {
  const before = addDays(localDate(now), -1);
  return db.transaction().execute(async (trx) => {
    await clearTotals(trx);
    return totalUpTo(trx, before);
  });
}

/**
 * Whether received dossiers exist that the rollups have never seen (written before migration
 * 0015): `motcua migrate` and `motcua serve --migrate` then rebuild the rollups once.
 */
export async function rollupsNeedRebuild(db: Kysely<DB>): Promise<boolean> {
  return dossiersWithoutTimeline(db);
}

/** The unit asked for, if the actor may read its indicators, and the period as asked. */
async function unitAndPeriod(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof ProgressQuery>,
  now = new Date(),
) {
  const path = await agencyPath(db, query.agencyId);
  if (path === undefined) throw new AppError('NOT_FOUND', { detail: 'Không có đơn vị này' });
  authorize(actor, 'indicator.read', { agencyPath: path });
  try {
    const period = periodOf(query.period, query.date, query.to);
    // Open dossiers are judged as they stand tonight, not on a last day still to come.
    return { path, period, judged: elapsedPart(period, localDate(now)) };
  } catch (error) {
    if (error instanceof PeriodError)
      throw new AppError('PERIOD_INVALID', { detail: error.message });
    throw error;
  }
}

function figures(counts: ProgressCounts) {
  return {
    counts: { ...counts, received: counts.counted - counts.carried },
    onTime: onTimeRatio(counts),
    early: earlyRatio(counts),
  };
}

function add(a: ProgressCounts, b: ProgressCounts): ProgressCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof ProgressCounts)[]) out[k] += b[k];
  return out;
}

/**
 * A unit's figures and those of each agency directly under it (each with its own subtree): the
 * dashboard's table, from one pass over the rollups.
 */
export async function unitsProgress(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof UnitsQuery>,
): Promise<UnitsView> {
  const { path, period, judged } = await unitAndPeriod(db, actor, query);
  return unitsFigures(db, { id: query.agencyId, path }, period, judged);
}

/**
 * The same for a unit and period already found, whoever asks: the public disclosure of the index
 * (public-index) shows every unit's figures to anyone.
 */
export async function unitsFigures(
  db: Kysely<DB>,
  { id, path }: { id: string; path: string },
  period: Period,
  judged: Period | null,
): Promise<UnitsView> {
  const ids = await agencyIdsWithin(db, [path]);
  const [byAgency, children, unit, targets] = await Promise.all([
    judged ? progressByAgency(db, ids, judged) : new Map<string, ProgressCounts>(),
    childAgencies(db, id, period.to),
    findAgency(db, id, period.to),
    figureTargets(db, period.to),
  ]);
  const sumWithin = async (p: string) => {
    let sum = { ...NO_PROGRESS };
    for (const id of await agencyIdsWithin(db, [p])) {
      const c = byAgency.get(id);
      if (c) sum = add(sum, c);
    }
    return sum;
  };
  return {
    period: periodView(period, judged),
    targets,
    total: {
      agency: {
        id,
        name: unit?.agency.name ?? '',
        kind: unit?.agency.kind ?? '',
      },
      ...figures(await sumWithin(path)),
    },
    units: await Promise.all(
      children.map(async (c) => ({
        agency: { id: c.id, name: c.name, kind: c.kind },
        ...figures(await sumWithin(c.path)),
      })),
    ),
  };
}

const LIST_LIMIT = 500;

/** The dossiers behind one figure of a unit and period (the drill-down), judged by the rule. */
export async function dossiersBehind(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof DossiersBehindQuery>,
): Promise<DossiersBehindView> {
  const { path, judged } = await unitAndPeriod(db, actor, query);
  if (!judged) return { total: 0, items: [] };
  const rows = await dossiersOfPeriod(db, await agencyIdsWithin(db, [path]), judged);
  const matching = rows.filter((r) =>
    inBucket(judge(r.timeline as DossierTimeline, judged), query.bucket),
  );
  return {
    total: matching.length,
    items: matching.slice(0, LIST_LIMIT).map((r) => ({
      id: r.id,
      code: r.code,
      procedureName: r.procedure_name,
      applicantName: r.applicant_name,
      channel: r.channel,
      state: r.state,
      receivedAt: r.received_at.toISOString(),
      dueAt: r.due_at ? r.due_at.toISOString() : null,
    })),
  };
}

function inBucket(v: Verdict, bucket: Bucket): boolean {
  if (!v.counted) return false;
  switch (bucket) {
    case 'counted':
      return true;
    case 'carried':
      return v.carried;
    case 'received':
      return !v.carried;
    case 'finished_early':
    case 'finished_on_time':
    case 'finished_late':
      return v.finished && `finished_${v.timeliness}` === bucket;
    case 'open_on_time':
      return !v.finished && !v.late;
    case 'open_late':
      return !v.finished && v.late;
    case 'open_waiting':
      return !v.finished && v.waiting;
  }
}

function periodView(period: Period, judged: Period | null) {
  return {
    kind: period.kind,
    from: period.from,
    to: period.to,
    countedTo: judged?.to ?? null,
  };
}
