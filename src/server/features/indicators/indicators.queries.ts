import { type Kysely, sql, type Transaction } from 'kysely';
import type { DossierState } from '../../../domain/dossier/states.js';
import { MEASURES } from '../../../domain/indicators/contributions.js';
import type { ProgressCounts } from '../../../domain/indicators/on-time.js';
import type { Period } from '../../../domain/indicators/periods.js';
import { type HistoryEntry, timelineOf } from '../../../domain/indicators/timeline.js';
import type { DB } from '../../db/schema.js';
import type { RollupRow } from './rollup-change.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The progress counts of a period for a set of agencies, from the rollups alone: flows summed over
 * the period's days, stocks over every day before its start or up to its end (contributions.ts).
 */
export async function progressFromRollups(
  db: Db,
  agencyIds: readonly string[],
  period: Pick<Period, 'from' | 'to'>,
): Promise<ProgressCounts> {
  const byAgency = await progressByAgency(db, agencyIds, period, false);
  return byAgency.get(ALL) ?? countsOf(undefined);
}

const ALL = '*';

/**
 * The same, per agency (`byAgency`), or for all of them together under the key '*'. One pass over
 * the rows either way.
 */
export async function progressByAgency(
  db: Db,
  agencyIds: readonly string[],
  period: Pick<Period, 'from' | 'to'>,
  byAgency = true,
): Promise<Map<string, ProgressCounts>> {
  if (agencyIds.length === 0) return new Map();
  const { from, to } = period;
  const { rows } = await sql<Record<string, number | string>>`
    SELECT ${byAgency ? sql`agency_id` : sql`${ALL}::text`} AS agency_id,
      coalesce(sum(received) FILTER (WHERE day >= ${from}::date), 0) AS received,
      coalesce(sum(finished_early) FILTER (WHERE day >= ${from}::date), 0) AS finished_early,
      coalesce(sum(finished_on_time) FILTER (WHERE day >= ${from}::date), 0) AS finished_on_time,
      coalesce(sum(finished_late) FILTER (WHERE day >= ${from}::date), 0) AS finished_late,
      coalesce(sum(open) FILTER (WHERE day < ${from}::date), 0) AS open_at_start,
      coalesce(sum(open), 0) AS open,
      coalesce(sum(open_late), 0) AS open_late,
      coalesce(sum(open_waiting), 0) AS open_waiting
    FROM dossier_rollups
    WHERE agency_id = ANY(${sql.val([...agencyIds])}::uuid[]) AND day <= ${to}::date
    ${byAgency ? sql`GROUP BY agency_id` : sql``}`.execute(db);
  return new Map(rows.map((r) => [String(r.agency_id), countsOf(r)]));
}

function countsOf(r: Record<string, number | string> | undefined): ProgressCounts {
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    counted: n('open_at_start') + n('received'),
    carried: n('open_at_start'),
    finishedEarly: n('finished_early'),
    finishedOnTime: n('finished_on_time'),
    finishedLate: n('finished_late'),
    openOnTime: n('open') - n('open_late'),
    openLate: n('open_late'),
    openWaiting: n('open_waiting'),
  };
}

/** A page of dossiers (by id) with their rollup key and whole history, for rebuilding. */
export async function dossierHistories(db: Db, afterId: string | null, limit: number) {
  const { rows } = await sql<{
    id: string;
    version: number;
    competent_agency_id: string;
    procedure_code: string;
    channel: string;
    history: { at: string; action: string; to: DossierState; data: Record<string, unknown> }[];
  }>`
    SELECT d.id, d.version, d.competent_agency_id, d.procedure_code, d.channel,
      coalesce((SELECT json_agg(json_build_object('at', e.at, 'action', e.action,
          'to', e.to_state, 'data', e.data) ORDER BY e.id)
        FROM dossier_events e WHERE e.dossier_id = d.id), '[]') AS history
    FROM dossiers d
    WHERE ${afterId === null ? sql`true` : sql`d.id > ${afterId}::uuid`}
    ORDER BY d.id LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    ...r,
    timeline: timelineOf(r.history.map((h): HistoryEntry => ({ ...h, at: Date.parse(h.at) }))),
  }));
}

/** Sets the timelines of a page of dossiers, raising their versions (a change like any other). */
export async function setTimelines(
  trx: Transaction<DB>,
  items: { id: string; version: number; timeline: unknown }[],
) {
  if (items.length === 0) return;
  await sql`
    UPDATE dossiers d SET timeline = x.timeline, version = d.version + 1
    FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS x(id uuid, version int, timeline jsonb)
    WHERE d.id = x.id AND d.version = x.version`.execute(trx);
}

/** Replaces every rollup row by those given (summed per key beforehand). */
export async function replaceRollups(trx: Transaction<DB>, rows: RollupRow[]) {
  await sql`DELETE FROM dossier_rollups`.execute(trx);
  const measures = sql.raw(MEASURES.join(', '));
  const record = sql.raw(MEASURES.map((m) => `${m} int`).join(', '));
  const values = sql.raw(MEASURES.map((m) => `coalesce(x.${m}, 0)`).join(', '));
  for (let i = 0; i < rows.length; i += 5_000)
    await sql`
      INSERT INTO dossier_rollups (agency_id, procedure_code, channel, day, ${measures})
      SELECT x.agency_id, x.procedure_code, x.channel, x.day, ${values}
      FROM jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5_000))}::jsonb)
        AS x(agency_id uuid, procedure_code text, channel text, day date, ${record})`.execute(trx);
}

/** Received dossiers without a timeline: written before the rollups existed. */
export async function dossiersWithoutTimeline(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('dossiers')
    .select('id')
    .where('timeline', 'is', null)
    .where('received_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The dossiers of some agencies that a period may count (received before its end, not ended
 * before its start), with their timelines, for the drill-down from a figure to its dossiers.
 */
export async function dossiersOfPeriod(
  db: Db,
  agencyIds: readonly string[],
  period: Pick<Period, 'start' | 'end'>,
) {
  if (agencyIds.length === 0) return [];
  const { rows } = await sql<{
    id: string;
    code: string | null;
    procedure_name: string;
    applicant_name: string;
    channel: string;
    state: string;
    received_at: Date;
    due_at: Date | null;
    competent_agency_id: string;
    timeline: unknown;
  }>`
    SELECT id, code, procedure_name, applicant_name, channel, state, received_at, due_at,
      competent_agency_id, timeline
    FROM dossiers
    WHERE competent_agency_id = ANY(${sql.val([...agencyIds])}::uuid[])
      AND received_at < ${new Date(period.end)} AND timeline IS NOT NULL
      AND (jsonb_typeof(timeline->'end') IS DISTINCT FROM 'object'
        OR (timeline->'end'->>'at')::bigint >= ${period.start})
    ORDER BY received_at, id`.execute(db);
  return rows;
}

/** Until the transaction ends, no dossier is written (in-flight writes finish first). */
export async function holdBackDossierChanges(trx: Transaction<DB>) {
  await sql`LOCK TABLE dossiers IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
}
