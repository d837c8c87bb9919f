import { type Kysely, sql } from 'kysely';
import type { ProgressCounts } from '../../src/domain/indicators/on-time.js';
import type { ServiceFlows } from '../../src/domain/indicators/service-flows.js';
import type { DB } from '../../src/server/db/schema.js';

/**
 * The progress counts of a period (indicator 2.1 and the report's columns) recomputed from the raw
 * history alone, in one SQL statement that knows nothing of timelines, contributions, rollups or
 * totals: the national on-time rule (domain.md §6) written again, the slow way, so that tests can
 * hold the fast path to it. Times are instants; the period is [start, end).
 *
 * Per dossier of the agencies: the receipt (its first event into `received`) with its due time;
 * later due times (a completed supplement restarts the clock, an extension granted moves it);
 * supplementation requests and their answers; the end (decided, else returned, else closed for
 * want of the supplement — then ended at the request — or withdrawn), the first event of the best
 * kind reached.
 */
export async function bruteForceProgress(
  db: Kysely<DB>,
  agencyIds: readonly string[],
  period: { start: number; end: number },
): Promise<ProgressCounts> {
  const start = new Date(period.start);
  const end = new Date(period.end);
  const { rows } = await sql<Record<keyof ProgressCounts, string>>`
    WITH ev AS (
      SELECT e.dossier_id, e.id, e.at, e.action, e.to_state, e.data
      FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.competent_agency_id = ANY(${sql.val([...agencyIds])}::uuid[])),
    rcv AS (
      SELECT DISTINCT ON (dossier_id) dossier_id, id AS receipt_id,
        coalesce((data->>'receivedAt')::timestamptz, at) AS received_at,
        (data->>'dueAt')::timestamptz AS due_at
      FROM ev WHERE to_state = 'received' ORDER BY dossier_id, id),
    later AS (SELECT ev.* FROM ev JOIN rcv USING (dossier_id) WHERE ev.id > rcv.receipt_id),
    dues AS (
      SELECT dossier_id, received_at AS since, due_at, 0::bigint AS seq FROM rcv
      UNION ALL
      SELECT dossier_id, at, (data->>'dueAt')::timestamptz, id FROM later
      WHERE (action = 'supplement'
          OR (action = 'decide_extension' AND data->>'approved' = 'true'))
        AND data ? 'dueAt'),
    asks AS (
      SELECT a.dossier_id, a.id, a.at,
        (SELECT min(s.at) FROM later s WHERE s.dossier_id = a.dossier_id
          AND s.action = 'supplement' AND s.id > a.id) AS answered_at
      FROM later a WHERE a.action = 'request_supplement'),
    ends AS (
      SELECT DISTINCT ON (dossier_id) dossier_id, at AS end_at, to_state
      FROM later WHERE to_state IN ('decided', 'returned', 'closed_unsupplemented', 'withdrawn')
      ORDER BY dossier_id,
        CASE to_state WHEN 'decided' THEN 0 WHEN 'returned' THEN 1 ELSE 2 END, id),
    counted AS (
      SELECT r.dossier_id, r.received_at < ${start} AS carried, e.end_at,
        CASE WHEN e.to_state = 'closed_unsupplemented'
          THEN coalesce((SELECT max(a.at) FROM asks a
            WHERE a.dossier_id = r.dossier_id AND a.at <= e.end_at), e.end_at)
          ELSE e.end_at END AS ended,
        (SELECT count(*) FROM asks a WHERE a.dossier_id = r.dossier_id AND a.at < ${end}) AS asked,
        (SELECT count(*) FROM asks a
          WHERE a.dossier_id = r.dossier_id AND a.at <= e.end_at) AS asked_before_end,
        (SELECT a.at FROM asks a WHERE a.dossier_id = r.dossier_id AND a.at < ${end}
          ORDER BY a.id DESC LIMIT 1) AS last_ask,
        (SELECT a.answered_at FROM asks a WHERE a.dossier_id = r.dossier_id AND a.at < ${end}
          ORDER BY a.id DESC LIMIT 1) AS last_answer
      FROM rcv r LEFT JOIN ends e USING (dossier_id)
      WHERE r.received_at < ${end} AND (e.end_at IS NULL OR e.end_at >= ${start})),
    judged AS (
      SELECT c.*, c.end_at IS NOT NULL AND c.end_at < ${end} AS finished,
        c.last_ask IS NOT NULL AND (c.last_answer IS NULL OR c.last_answer >= ${end}) AS waiting,
        (SELECT due_at FROM dues x WHERE x.dossier_id = c.dossier_id AND x.since <= c.ended
          ORDER BY x.seq DESC LIMIT 1) AS due_at_end,
        (SELECT due_at FROM dues x WHERE x.dossier_id = c.dossier_id AND x.since <= c.last_ask
          ORDER BY x.seq DESC LIMIT 1) AS due_at_ask,
        (SELECT due_at FROM dues x WHERE x.dossier_id = c.dossier_id AND x.since < ${end}
          ORDER BY x.seq DESC LIMIT 1) AS due_at_period_end
      FROM counted c),
    verdicts AS (
      SELECT carried, finished, waiting AND NOT finished AS waiting,
        CASE
          WHEN NOT finished THEN NULL
          WHEN asked_before_end > 1 THEN 'late'
          WHEN due_at_end IS NULL THEN 'on_time'
          WHEN ended > due_at_end THEN 'late'
          WHEN (ended AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
            < ((due_at_end - interval '1 millisecond') AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
            THEN 'early'
          ELSE 'on_time' END AS timeliness,
        NOT finished AND (asked > 1 OR CASE WHEN waiting
          THEN due_at_ask IS NOT NULL AND last_ask > due_at_ask
          ELSE due_at_period_end IS NOT NULL AND ${end}::timestamptz > due_at_period_end END)
          AS open_late
      FROM judged)
    SELECT count(*) AS counted,
      count(*) FILTER (WHERE carried) AS carried,
      count(*) FILTER (WHERE timeliness = 'early') AS "finishedEarly",
      count(*) FILTER (WHERE timeliness = 'on_time') AS "finishedOnTime",
      count(*) FILTER (WHERE timeliness = 'late') AS "finishedLate",
      count(*) FILTER (WHERE NOT finished AND NOT open_late) AS "openOnTime",
      count(*) FILTER (WHERE open_late) AS "openLate",
      count(*) FILTER (WHERE waiting) AS "openWaiting"
    FROM verdicts`.execute(db);
  const r = rows[0];
  const n = (k: keyof ProgressCounts) => Number(r?.[k] ?? 0);
  return {
    counted: n('counted'),
    carried: n('carried'),
    finishedEarly: n('finishedEarly'),
    finishedOnTime: n('finishedOnTime'),
    finishedLate: n('finishedLate'),
    openOnTime: n('openOnTime'),
    openLate: n('openLate'),
    openWaiting: n('openWaiting'),
  };
}

/**
 * The index's other counts of a period (service-flows.ts) from the raw history alone: dossiers
 * first asked to supplement, received digitised, granted a result, and given its electronic file
 * (of those received online too), each in the period holding the moment it happened.
 */
export async function bruteForceFlows(
  db: Kysely<DB>,
  agencyIds: readonly string[],
  period: { start: number; end: number },
): Promise<ServiceFlows> {
  const start = new Date(period.start);
  const end = new Date(period.end);
  const { rows } = await sql<Record<keyof ServiceFlows, string>>`
    WITH ev AS (
      SELECT e.dossier_id, e.id, e.at, e.action, e.to_state, e.data
      FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.competent_agency_id = ANY(${sql.val([...agencyIds])}::uuid[])),
    rcv AS (
      SELECT DISTINCT ON (dossier_id) dossier_id, id AS receipt_id, action = 'accept' AS online,
        coalesce((data->>'receivedAt')::timestamptz, at) AS received_at,
        coalesce(data->'digitised' = 'true'::jsonb, false) AS digitised
      FROM ev WHERE to_state = 'received' ORDER BY dossier_id, id),
    later AS (SELECT ev.* FROM ev JOIN rcv USING (dossier_id) WHERE ev.id > rcv.receipt_id),
    facts AS (
      SELECT r.dossier_id, r.online, r.received_at, r.digitised,
        min(l.at) FILTER (WHERE l.action = 'request_supplement') AS asked_at,
        min(l.id) FILTER (WHERE l.action = 'approve') AS granted_id
      FROM rcv r LEFT JOIN later l USING (dossier_id)
      GROUP BY r.dossier_id, r.online, r.received_at, r.digitised),
    dated AS (
      SELECT f.dossier_id, f.online, f.received_at, f.digitised, f.asked_at,
        min(l.at) FILTER (WHERE l.id = f.granted_id) AS granted_at,
        min(l.at) FILTER (WHERE l.id >= f.granted_id
          AND l.action IN ('approve', 'correct_result')
          AND jsonb_typeof(l.data->'command'->'fileSha256') = 'string') AS e_result_at
      FROM facts f LEFT JOIN later l USING (dossier_id)
      GROUP BY f.dossier_id, f.online, f.received_at, f.digitised, f.asked_at)
    SELECT
      count(*) FILTER (WHERE asked_at >= ${start} AND asked_at < ${end}) AS supplemented,
      count(*) FILTER (WHERE digitised AND received_at >= ${start} AND received_at < ${end})
        AS digitised,
      count(*) FILTER (WHERE granted_at >= ${start} AND granted_at < ${end}) AS granted,
      count(*) FILTER (WHERE e_result_at >= ${start} AND e_result_at < ${end}) AS "eResults",
      count(*) FILTER (WHERE online AND e_result_at >= ${start} AND e_result_at < ${end})
        AS "onlineEResults"
    FROM dated`.execute(db);
  const r = rows[0];
  const n = (k: keyof ServiceFlows) => Number(r?.[k] ?? 0);
  return {
    supplemented: n('supplemented'),
    digitised: n('digitised'),
    granted: n('granted'),
    eResults: n('eResults'),
    onlineEResults: n('onlineEResults'),
  };
}
