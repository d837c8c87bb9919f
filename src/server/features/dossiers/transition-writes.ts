import { type Kysely, sql, type Transaction } from 'kysely';
import { groupCommit } from '../../db/group-commit.js';
import { PREPARED } from '../../db/prepared-statements.js';
import { cacheKeyOf } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { scheduleSeal } from '../audit/audit.service.js';
import type { columnsOf } from './dossier-facts.js';
import { TRANSITION_COLUMNS, TRANSITION_WRITES, type TransitionRecord } from './dossier-record.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A notice in-app to one officer, written with the change. */
export interface OfficerNotice {
  userId: string;
  kind: string;
  title: string;
}

/** A message for the outbox's consumers (e-mail, SMS, the portal), written with the change. */
export interface OutboxMessage {
  topic: string;
  payload: Record<string, unknown>;
}

/** One processing action to write: the dossier's new columns at the version read, and the rest. */
export interface TransitionWrite {
  id: string;
  version: number;
  columns: ReturnType<typeof columnsOf>;
  transition: TransitionRecord;
  notices: OfficerNotice[];
  messages: OutboxMessage[];
}

/** The columns the statement sets, with the type SQL reads each from the group's JSON. */
const SET = {
  state: 'text',
  national_status: 'smallint',
  due_at: 'timestamptz',
  clock_started_at: 'timestamptz',
  handler_id: 'uuid',
  step_index: 'smallint',
  step_started_at: 'timestamptz',
  step_due_at: 'timestamptz',
  processing: 'jsonb',
  decided_at: 'timestamptz',
  returned_at: 'timestamptz',
  holding_agency_ids: 'uuid[]',
} as const satisfies Record<keyof ReturnType<typeof columnsOf>, string>;
const NAMES = Object.keys(SET) as (keyof typeof SET)[];
const RECORD = sql.raw(
  `${NAMES.map((c) => `${c} ${SET[c]}`).join(', ')}, i int, id uuid, version int, transition jsonb, notices jsonb, messages jsonb`,
);
const ASSIGN = sql.raw(NAMES.map((c) => `${c} = x.${c}`).join(', '));

function groupJson(items: TransitionWrite[]): string {
  return JSON.stringify(
    items.map((item, i) => ({
      ...item.columns,
      i,
      id: item.id,
      version: item.version,
      transition: item.transition,
      notices: item.notices.map((n) => ({ user_id: n.userId, kind: n.kind, title: n.title })),
      messages: item.messages,
    })),
  );
}

/**
 * Processing actions in one statement, atomic on its own: each dossier updated at the version
 * its officer read (else that action is not written: the caller answers 409), and for each one
 * updated its history, outbox and audit (`TRANSITION_WRITES`), notices and messages. Rows are
 * locked in one order, so two groups never deadlock; two actions on one dossier in one group
 * are one write and one conflict, as they would be one after the other.
 */
export async function writeTransitions(db: Db, items: TransitionWrite[]): Promise<boolean[]> {
  const { rows } = await sql<{ i: number }>`
    WITH x0 AS (SELECT * FROM jsonb_to_recordset(${groupJson(items)}::jsonb) AS x(${RECORD})),
    x AS (SELECT DISTINCT ON (id) * FROM x0 ORDER BY id, i),
    l AS (SELECT d.id FROM dossiers d JOIN x ON x.id = d.id AND x.version = d.version
      ORDER BY d.id FOR UPDATE OF d),
    u AS (UPDATE dossiers d SET ${ASSIGN}, timeline = x.transition->'timeline', version = d.version + 1,
        updated_at = (x.transition->>'at')::timestamptz
      FROM x WHERE d.id = x.id AND d.version = x.version AND d.id IN (SELECT id FROM l)
      RETURNING d.id, d.code),
    t AS (SELECT u.id AS dossier_id, u.code, r.*
      FROM x JOIN u ON u.id = x.id, jsonb_to_record(x.transition) AS r(${TRANSITION_COLUMNS})),
    ${TRANSITION_WRITES},
    nt AS (INSERT INTO notifications (user_id, kind, dossier_id, title)
      SELECT n.user_id, n.kind, x.id, n.title
      FROM x JOIN u ON u.id = x.id, jsonb_to_recordset(x.notices) AS n(user_id uuid, kind text, title text)),
    ms AS (INSERT INTO outbox (topic, key, payload)
      SELECT m.topic, x.id::text, m.payload
      FROM x JOIN u ON u.id = x.id, jsonb_to_recordset(x.messages) AS m(topic text, payload jsonb))
    SELECT x.i FROM x JOIN u ON u.id = x.id ${PREPARED}`.execute(db);
  scheduleSeal();
  const written = new Set(rows.map((r) => r.i));
  return items.map((_, i) => written.has(i));
}

const writers = new WeakMap<object, (item: TransitionWrite) => Promise<boolean>>();

/**
 * Writes one action: grouped with the others arriving meanwhile (decision 0011's group commit),
 * or alone inside a transaction. True when the dossier was still at the version read.
 */
export function writeTransition(db: Db, item: TransitionWrite): Promise<boolean> {
  if (db.isTransaction) return writeTransitions(db, [item]).then(([w]) => w === true);
  const key = cacheKeyOf(db);
  let writer = writers.get(key);
  if (!writer) {
    writer = groupCommit((items: TransitionWrite[]) => writeTransitions(db, items), {
      maxInFlight: 2,
      maxGroup: 100,
    });
    writers.set(key, writer);
  }
  return writer(item);
}
