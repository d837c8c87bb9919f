import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import type { DossierAction, From } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { scheduleSeal } from '../audit/audit.service.js';

export interface RecordedChange {
  dossierId: string;
  code: string | null;
  agencyId: string;
  action: DossierAction;
  from: From;
  to: DossierState;
  at: Date;
  data?: Record<string, unknown>;
}

/** Jobs that the DVCQG status sync consumes: one per transition, in commit order per dossier. */
export const STATUS_SYNC_TOPIC = 'dvcqg.status';

/**
 * The three writes that go with every transition, as common table expressions `e` (history),
 * `o` (outbox message for the national portal) and `a` (audit entry, chained after commit).
 * `dossierId` and `code` are SQL: a parameter, or a column of an earlier expression of the same
 * statement (the dossier just inserted).
 */
export function transitionWrites(
  actor: Actor,
  change: Omit<RecordedChange, 'dossierId' | 'code'> & {
    dossierId: RawBuilder<string>;
    code: RawBuilder<string | null>;
  },
) {
  const nationalStatus = NATIONAL_STATUS_OF[change.to];
  const actorId = actor.kind === 'anonymous' ? null : actor.id;
  const at = new Date(Math.floor(change.at.getTime()));
  const sync = { action: change.action, nationalStatus, at: at.toISOString() };
  const audit = { from: change.from, to: change.to };
  return {
    e: sql<Record<string, unknown>>`(INSERT INTO dossier_events
        (dossier_id, at, action, from_state, to_state, national_status, actor_type, actor_id, data)
      SELECT ${change.dossierId}, ${at}, ${change.action}, ${change.from}, ${change.to},
        ${nationalStatus}, ${actor.kind}, ${actorId}, ${JSON.stringify(change.data ?? {})}::jsonb
      RETURNING id)`,
    o: sql<Record<string, unknown>>`(INSERT INTO outbox (topic, key, payload)
      SELECT ${STATUS_SYNC_TOPIC}, ${change.dossierId}, ${JSON.stringify(sync)}::jsonb
        || jsonb_build_object('dossierId', ${change.dossierId}, 'code', ${change.code}, 'eventId', e.id)
      FROM e)`,
    a: sql<
      Record<string, unknown>
    >`(INSERT INTO audit_log (at, actor_type, actor_id, action, subject_type, subject_id, agency_id, data)
      SELECT ${at}, ${actor.kind}, ${actorId}, ${`dossier.${change.action}`}, 'dossier', ${change.dossierId},
        ${change.agencyId}::uuid, ${JSON.stringify(audit)}::jsonb
        || jsonb_build_object('code', ${change.code}, 'eventId', e.id)
      FROM e)`,
  };
}

/**
 * What every transition writes besides the dossier row, inside the same transaction and in one
 * statement: the history entry, the outbox message, and the audit entry. Either all of it
 * commits with the change, or none of it.
 */
export async function recordTransition(
  trx: Transaction<DB>,
  actor: Actor,
  change: RecordedChange,
): Promise<void> {
  const { e, o, a } = transitionWrites(actor, {
    ...change,
    dossierId: sql<string>`${change.dossierId}::uuid`,
    code: sql<string | null>`${change.code}::text`,
  });
  await sql`WITH e AS ${e}, o AS ${o}, a AS ${a} SELECT id FROM e`.execute(trx);
  scheduleSeal();
}
