import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import type { DossierAction, From } from '../../../domain/dossier/transitions.js';
import { MEASURES } from '../../../domain/indicators/contributions.js';
import type { DossierTimeline } from '../../../domain/indicators/on-time.js';
import { PREPARED } from '../../db/prepared-statements.js';
import type { DB } from '../../db/schema.js';
import { scheduleSeal } from '../audit/audit.service.js';
import { pastTotals } from '../indicators/past-totals.js';
import { type IndexedDossier, indexChange } from '../indicators/rollup-change.js';

export interface RecordedChange {
  dossierId: string;
  code: string | null;
  agencyId: string;
  action: DossierAction;
  from: From;
  to: DossierState;
  at: Date;
  data?: Record<string, unknown>;
  /** The dossier as the service index last saw it: the change moves its rollup rows. */
  index: IndexedDossier;
}

/** Jobs that the DVCQG status sync consumes: one per transition, in commit order per dossier. */
export const STATUS_SYNC_TOPIC = 'dvcqg.status';

/**
 * What a transition writes besides the dossier row, as a JSON object that SQL reads with
 * `jsonb_to_record(...) AS t(TRANSITION_COLUMNS)`: the dossier's id and code come from the
 * statement (a parameter, or the row just inserted).
 */
export function transitionRecord(actor: Actor, change: Omit<RecordedChange, 'dossierId' | 'code'>) {
  const nationalStatus = NATIONAL_STATUS_OF[change.to];
  const ms = Math.floor(change.at.getTime());
  const at = new Date(ms).toISOString();
  const data = change.data ?? {};
  const { timeline, rollup } = indexChange(change.index, {
    at: ms,
    action: change.action,
    to: change.to,
    data,
  });
  return {
    at,
    action: change.action,
    from_state: change.from,
    to_state: change.to,
    national_status: nationalStatus,
    actor_type: actor.kind,
    actor_id: actor.kind === 'anonymous' ? null : actor.id,
    data,
    sync: { action: change.action, nationalStatus, at },
    audit: { from: change.from, to: change.to },
    agency_id: change.agencyId,
    // Set on the dossier by the statement that changes it; the rows go to dossier_rollups.
    timeline,
    rollup,
  };
}

export type TransitionRecord = ReturnType<typeof transitionRecord>;

export const TRANSITION_COLUMNS = sql.raw(`at timestamptz, action text, from_state text,
  to_state text, national_status smallint, actor_type text, actor_id text, data jsonb, sync jsonb,
  audit jsonb, agency_id uuid, timeline jsonb, rollup jsonb`);

/**
 * Which of a key's rollup rows a statement writes: by connection, so that the statements on their
 * way at the same moment (each on its own connection) rarely share one. Readers sum the shards.
 */
const ROLLUP_SHARD = sql.raw('(pg_backend_pid() % 8)::smallint');
const MEASURE_LIST = MEASURES.join(', ');
const MEASURE_RECORD = MEASURES.map((m) => `${m} int`).join(', ');
const MEASURE_SUMS = MEASURES.map((m) => `coalesce(sum(x.${m}), 0)`).join(', ');
const MEASURE_ADD = MEASURES.map((m) => `${m} = r.${m} + EXCLUDED.${m}`).join(', ');

/**
 * The three writes that go with every transition, as common table expressions `e` (history),
 * `o` (outbox message for the national portal) and `a` (audit entry, chained after commit), for
 * each row of a relation `t` (dossier_id, code, then TRANSITION_COLUMNS) defined before them:
 * one change, or a whole group of intakes. Either all of it commits with the change, or none.
 */
export const TRANSITION_WRITES = sql`e AS (INSERT INTO dossier_events
    (dossier_id, at, action, from_state, to_state, national_status, actor_type, actor_id, data)
    SELECT dossier_id, at, action, from_state, to_state, national_status, actor_type, actor_id, data
    FROM t
    RETURNING id, dossier_id),
  o AS (INSERT INTO outbox (topic, key, payload)
    SELECT ${sql.lit(STATUS_SYNC_TOPIC)}, t.dossier_id::text, t.sync
      || jsonb_build_object('dossierId', t.dossier_id, 'code', t.code, 'eventId', e.id)
    FROM t JOIN e ON e.dossier_id = t.dossier_id),
  a AS (INSERT INTO audit_log
    (at, actor_type, actor_id, action, subject_type, subject_id, agency_id, data)
    SELECT t.at, t.actor_type, t.actor_id, 'dossier.' || t.action, 'dossier', t.dossier_id::text,
      t.agency_id, t.audit || jsonb_build_object('code', t.code, 'eventId', e.id)
    FROM t JOIN e ON e.dossier_id = t.dossier_id),
  ru AS (INSERT INTO dossier_rollups AS r
      (agency_id, procedure_code, channel, day, shard, ${sql.raw(MEASURE_LIST)})
    SELECT x.agency_id, x.procedure_code, x.channel, x.day, ${ROLLUP_SHARD},
      ${sql.raw(MEASURE_SUMS)}
    FROM t, jsonb_to_recordset(t.rollup) AS x(agency_id uuid, procedure_code text, channel text,
      day date, ${sql.raw(MEASURE_RECORD)})
    GROUP BY x.agency_id, x.day, x.procedure_code, x.channel
    -- Rows locked in key order, after the dossiers: two writers on one shard wait for each other,
    -- never deadlock.
    ORDER BY x.agency_id, x.day, x.procedure_code, x.channel
    ON CONFLICT (agency_id, day, procedure_code, channel, shard)
      DO UPDATE SET ${sql.raw(MEASURE_ADD)}),
  -- A postal dossier is received at the time of its hand-over, up to 30 days back: such a change
  -- also adds to the totals of those days (past-totals.ts). Other changes take no lock.
  ${pastTotals(sql`t, jsonb_to_recordset(t.rollup) AS x(agency_id uuid, procedure_code text,
    channel text, day date, ${sql.raw(MEASURE_RECORD)})`)}`;

/**
 * History, outbox, audit and rollups of one change, inside the transaction that makes the change
 * (which sets the record's `timeline` on the dossier).
 */
export async function recordTransition(
  trx: Transaction<DB>,
  change: Pick<RecordedChange, 'dossierId' | 'code'>,
  transition: TransitionRecord,
): Promise<void> {
  const record = JSON.stringify(transition);
  await sql`WITH t AS (SELECT ${change.dossierId}::uuid AS dossier_id, ${change.code}::text AS code, r.*
      FROM jsonb_to_record(${record}::jsonb) AS r(${TRANSITION_COLUMNS})),
    ${TRANSITION_WRITES}
    SELECT id FROM e ${PREPARED}`.execute(trx);
  scheduleSeal();
}

/** A stored dossier as the service index sees it (its timeline null before its first change). */
export function indexedOf(row: {
  competent_agency_id: string;
  procedure_code: string;
  channel: string;
  timeline?: unknown;
}): IndexedDossier {
  return {
    agencyId: row.competent_agency_id,
    procedureCode: row.procedure_code,
    channel: row.channel,
    timeline: (row.timeline ?? null) as DossierTimeline | null,
  };
}
