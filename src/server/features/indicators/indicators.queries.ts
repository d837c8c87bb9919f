import { type Kysely, sql, type Transaction } from 'kysely';
import type { DossierState } from '../../../domain/dossier/states.js';
import { FLOW_MEASURE, MEASURES } from '../../../domain/indicators/contributions.js';
import type { ProgressCounts } from '../../../domain/indicators/on-time.js';
import type { Period } from '../../../domain/indicators/periods.js';
import { rollupSources } from '../../../domain/indicators/rollup-spans.js';
import { FLOWS, NO_FLOWS, type ServiceFlows } from '../../../domain/indicators/service-flows.js';
import {
  type HistoryEntry,
  TIMELINE_ACTIONS,
  TIMELINE_STATES,
  timelineOf,
} from '../../../domain/indicators/timeline.js';
import type { DB } from '../../db/schema.js';
import { pastTotals } from './past-totals.js';
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
 * the rows either way: the totals of whole months and days gone by, then the rollups of the days
 * not yet totalled (rollup-spans.ts, decision 0016).
 */
export async function progressByAgency(
  db: Db,
  agencyIds: readonly string[],
  period: Pick<Period, 'from' | 'to'>,
  byAgency = true,
): Promise<Map<string, ProgressCounts>> {
  const all = await indexCountsByAgency(db, agencyIds, period, byAgency);
  return new Map([...all].map(([id, c]) => [id, c.progress]));
}

/** A period's counts for the index: timeliness (2.1) and the other flows (service-flows.ts). */
export interface IndexCounts {
  progress: ProgressCounts;
  flows: ServiceFlows;
}

/** Both kinds of counts in the same pass, per agency or for all together under '*'. */
export async function indexCountsByAgency(
  db: Db,
  agencyIds: readonly string[],
  period: Pick<Period, 'from' | 'to'>,
  byAgency = true,
): Promise<Map<string, IndexCounts>> {
  if (agencyIds.length === 0) return new Map();
  // The horizon and the sums from one snapshot: a rebuild clearing the totals in between would
  // otherwise make every day before the old horizon read as nothing.
  if (!db.isTransaction)
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => indexCountsByAgency(trx, agencyIds, period, byAgency));
  const { from, to, horizon, dayRanges } = rollupSources(
    period.from,
    period.to,
    await totalsBefore(db),
  );
  const ids = sql.val([...agencyIds]);
  const columns = sql.raw(`agency_id, ${MEASURES.join(', ')}`);
  const days =
    dayRanges.length === 0
      ? sql`false`
      : sql.join(
          dayRanges.map(([a, b]) => sql`first_day BETWEEN ${a}::date AND ${b}::date`),
          sql` OR `,
        );
  const flows = sql.join(
    FLOWS.map((f) => {
      const m = sql.ref(FLOW_MEASURE[f]);
      return sql`coalesce(sum(${m}) FILTER (WHERE day >= ${from}::date), 0) AS ${m}`;
    }),
  );
  const { rows } = await sql<Record<string, number | string>>`
    WITH s AS (
      SELECT ${columns}, first_day AS day FROM dossier_rollup_totals
      WHERE agency_id = ANY(${ids}::uuid[]) AND last_day > first_day AND last_day < ${horizon}::date
        AND ((first_day < ${from}::date AND last_day < ${from}::date)
          OR (first_day BETWEEN ${from}::date AND ${to}::date AND last_day <= ${to}::date))
      UNION ALL
      SELECT ${columns}, first_day FROM dossier_rollup_totals
      WHERE agency_id = ANY(${ids}::uuid[]) AND last_day = first_day AND (${days})
      ${
        horizon > to
          ? sql``
          : sql`UNION ALL
      SELECT ${columns}, day FROM dossier_rollups
      WHERE agency_id = ANY(${ids}::uuid[]) AND day >= ${horizon}::date AND day <= ${to}::date`
      })
    SELECT ${byAgency ? sql`agency_id` : sql`${ALL}::text`} AS agency_id,
      coalesce(sum(received) FILTER (WHERE day >= ${from}::date), 0) AS received,
      coalesce(sum(finished_early) FILTER (WHERE day >= ${from}::date), 0) AS finished_early,
      coalesce(sum(finished_on_time) FILTER (WHERE day >= ${from}::date), 0) AS finished_on_time,
      coalesce(sum(finished_late) FILTER (WHERE day >= ${from}::date), 0) AS finished_late,
      coalesce(sum(open) FILTER (WHERE day < ${from}::date), 0) AS open_at_start,
      coalesce(sum(open), 0) AS open,
      coalesce(sum(open_late), 0) AS open_late,
      coalesce(sum(open_waiting), 0) AS open_waiting,
      ${flows}
    FROM s
    ${byAgency ? sql`GROUP BY agency_id` : sql``}`.execute(db);
  return new Map(
    rows.map((r) => [String(r.agency_id), { progress: countsOf(r), flows: flowsOf(r) }]),
  );
}

/** The first day whose sums are not yet in the totals (null: none are). */
export async function totalsBefore(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('dossier_rollup_horizon')
    .select(sql<string | null>`totals_before::text`.as('day'))
    .executeTakeFirst();
  return row?.day ?? null;
}

/**
 * Totals the days from the horizon up to the day before `before`, and the months that ended
 * before it, then moves the horizon there; one transaction, one at a time (the horizon's row is
 * locked). Nothing to do when the horizon is already there.
 */
export async function totalUpTo(trx: Transaction<DB>, before: string): Promise<number> {
  const { rows } = await sql<{ day: string | null }>`
    SELECT totals_before::text AS day FROM dossier_rollup_horizon FOR UPDATE`.execute(trx);
  const since = rows[0]?.day ?? null;
  if (since !== null && since >= before) return 0;
  const measures = sql.raw(MEASURES.join(', '));
  const sums = sql.raw(MEASURES.map((m) => `sum(${m})`).join(', '));
  const added = await sql`
    INSERT INTO dossier_rollup_totals (agency_id, first_day, last_day, ${measures})
    SELECT agency_id, day, day, ${sums} FROM dossier_rollups
    WHERE day < ${before}::date ${since === null ? sql`` : sql`AND day >= ${since}::date`}
    GROUP BY agency_id, day`.execute(trx);
  // Months that ended before the new horizon and not before the old one.
  await sql`
    INSERT INTO dossier_rollup_totals (agency_id, first_day, last_day, ${measures})
    SELECT agency_id, m, (m + interval '1 month' - interval '1 day')::date, ${sums}
    FROM (SELECT date_trunc('month', first_day)::date AS m, * FROM dossier_rollup_totals
      WHERE first_day = last_day
        ${since === null ? sql`` : sql`AND first_day >= date_trunc('month', ${since}::date)`}) d
    WHERE (m + interval '1 month')::date <= ${before}::date
      ${since === null ? sql`` : sql`AND (m + interval '1 month')::date > ${since}::date`}
    GROUP BY agency_id, m`.execute(trx);
  await sql`UPDATE dossier_rollup_horizon SET totals_before = ${before}::date`.execute(trx);
  return Number(added.numAffectedRows ?? 0);
}

/** After a rebuild has replaced every rollup row and total: the planner's statistics renewed. */
export async function tidyRollups(db: Db) {
  await sql`ANALYZE dossier_rollups, dossier_rollup_totals`.execute(db);
}

/** Forgets every total (past days are being rewritten): the rollups are read for every day. */
export async function clearTotals(trx: Transaction<DB>) {
  await sql`SELECT 1 FROM dossier_rollup_horizon FOR UPDATE`.execute(trx);
  await sql`DELETE FROM dossier_rollup_totals`.execute(trx);
  await sql`UPDATE dossier_rollup_horizon SET totals_before = NULL`.execute(trx);
}

function flowsOf(r: Record<string, number | string> | undefined): ServiceFlows {
  const out = { ...NO_FLOWS };
  for (const f of FLOWS) out[f] = Number(r?.[FLOW_MEASURE[f]] ?? 0);
  return out;
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

/** A page of dossiers (by id) with their rollup key and whole history (tests read it). */
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

/** The id of the last history entry written (0: none). */
export async function lastEntryId(db: Db): Promise<number> {
  const { rows } = await sql<{
    id: string | null;
  }>`SELECT max(id) AS id FROM dossier_events`.execute(db);
  return Number(rows[0]?.id ?? 0);
}

/**
 * The history entries with ids in (afterId, toId] that can change a timeline (timeline.ts), in
 * the order they were written, with only what the timeline reads of their data. By a range of
 * ids rather than a count, so that the primary key's index serves it whatever the statistics.
 */
export async function timelineEntries(db: Db, afterId: number, toId: number) {
  const { rows } = await sql<{
    id: string;
    dossier_id: string;
    at: number;
    action: string;
    to_state: DossierState;
    received_at: string | null;
    due_at: string | null;
    has_due: boolean;
    approved: boolean;
    digitised: boolean;
    file: string | null;
  }>`
    SELECT id, dossier_id, floor(extract(epoch FROM at) * 1000)::float8 AS at, action, to_state,
      data->>'receivedAt' AS received_at,
      data->>'dueAt' AS due_at, data ? 'dueAt' AS has_due,
      coalesce(data->'approved' = 'true'::jsonb, false) AS approved,
      coalesce(data->'digitised' = 'true'::jsonb, false) AS digitised,
      data->'command'->>'fileSha256' AS file
    FROM dossier_events
    WHERE id > ${afterId} AND id <= ${toId}
      AND (to_state = ANY(${sql.val([...TIMELINE_STATES])}::text[])
        OR action = ANY(${sql.val([...TIMELINE_ACTIONS])}::text[]))
    ORDER BY id`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    dossierId: r.dossier_id,
    entry: {
      at: r.at,
      action: r.action,
      to: r.to_state,
      data: {
        receivedAt: r.received_at,
        approved: r.approved,
        digitised: r.digitised,
        ...(r.file === null ? {} : { command: { fileSha256: r.file } }),
        ...(r.has_due ? { dueAt: r.due_at } : {}),
      },
    } satisfies HistoryEntry,
  }));
}

/** A page of dossiers (by id) with their rollup key and stored timeline, for rebuilding. */
export async function dossierKeys(db: Db, afterId: string | null, limit: number) {
  const { rows } = await sql<{
    id: string;
    version: number;
    competent_agency_id: string;
    procedure_code: string;
    channel: string;
    timeline: unknown;
  }>`
    SELECT id, version, competent_agency_id, procedure_code, channel, timeline FROM dossiers
    WHERE ${afterId === null ? sql`true` : sql`id > ${afterId}::uuid`}
    ORDER BY id LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * Sets the timelines of a page of dossiers where they differ from the stored ones, raising those
 * dossiers' versions (a change like any other).
 */
export async function setTimelines(
  trx: Transaction<DB>,
  items: { id: string; version: number; timeline: unknown }[],
) {
  if (items.length === 0) return;
  await sql`
    UPDATE dossiers d SET timeline = x.timeline, version = d.version + 1
    FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS x(id uuid, version int, timeline jsonb)
    WHERE d.id = x.id AND d.version = x.version
      AND d.timeline IS DISTINCT FROM x.timeline`.execute(trx);
}

/**
 * Replaces every rollup row by those given (summed per key beforehand). Truncated rather than
 * deleted, so that no dead rows are left for the figures to wade through: readers of the rollups
 * wait from here to the commit (seconds), as writers of dossiers wait for the whole rebuild.
 */
export async function replaceRollups(trx: Transaction<DB>, rows: RollupRow[]) {
  await sql`TRUNCATE dossier_rollups`.execute(trx);
  await addRollups(trx, rows);
}

/**
 * Adds rows to the rollups (summed per key beforehand) into one shard of each key: writers at the
 * same time pass shards of their own so that they never wait for each other.
 */
export async function addRollups(trx: Transaction<DB>, rows: RollupRow[], shard = 0) {
  const measures = sql.raw(MEASURES.join(', '));
  const record = sql.raw(MEASURES.map((m) => `${m} int`).join(', '));
  const values = sql.raw(MEASURES.map((m) => `coalesce(x.${m}, 0)`).join(', '));
  const add = sql.raw(MEASURES.map((m) => `${m} = r.${m} + EXCLUDED.${m}`).join(', '));
  // Two statements on their way: the next batch is written out while the database takes one.
  let previous: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < rows.length; i += 5_000) {
    const batch = JSON.stringify(rows.slice(i, i + 5_000));
    const statement = previous.then(() =>
      sql`
        INSERT INTO dossier_rollups AS r (agency_id, procedure_code, channel, day, shard, ${measures})
        SELECT x.agency_id, x.procedure_code, x.channel, x.day, ${shard}, ${values}
        FROM jsonb_to_recordset(${batch}::jsonb)
          AS x(agency_id uuid, procedure_code text, channel text, day date, ${record})
        -- In the order of the key, as live changes write theirs: writers never deadlock.
        ORDER BY x.agency_id, x.day, x.procedure_code, x.channel
        ON CONFLICT (agency_id, day, procedure_code, channel, shard) DO UPDATE SET ${add}`.execute(
        trx,
      ),
    );
    // Its failure, if any, is the one awaited just below or at the end.
    statement.catch(() => undefined);
    await previous;
    previous = statement;
  }
  await previous;
}

/**
 * Rollup rows of past days written after their days were totalled (an import of a previous
 * system's dossiers): added to the totals of their days and of their months if closed, under a
 * share lock on the horizon, as a live change to a past day does (dossier-record.ts). Call it in
 * the transaction that adds the rows, before adding them: the horizon cannot move until it ends,
 * so each row is counted once whether or not the daily totalling runs meanwhile.
 */
export async function addPastTotals(trx: Transaction<DB>, rows: RollupRow[]) {
  if (rows.length === 0) return;
  const record = sql.raw(MEASURES.map((m) => `${m} int`).join(', '));
  await sql`WITH ${pastTotals(sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS x(agency_id uuid, day date, ${record})`)}
    SELECT 1`.execute(trx);
}

/**
 * Received dossiers without a timeline, or with one from before the index's other counts
 * (migration 0017): written before the rollups knew them.
 */
export async function dossiersWithoutTimeline(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('dossiers')
    .select('id')
    .where((eb) => eb.or([eb('timeline', 'is', null), sql<boolean>`NOT timeline ? 'grantedAt'`]))
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
