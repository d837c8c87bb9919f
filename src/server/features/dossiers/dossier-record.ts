import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import type { DossierAction, From } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { appendAudit } from '../audit/audit.service.js';

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
 * What every transition writes besides the dossier row, inside the same transaction: the history
 * entry, the audit entry, and the outbox message for the national portal. Either all of it
 * commits with the change, or none of it.
 */
export async function recordTransition(
  trx: Transaction<DB>,
  actor: Actor,
  change: RecordedChange,
): Promise<void> {
  const nationalStatus = NATIONAL_STATUS_OF[change.to];
  const actorId = actor.kind === 'anonymous' ? null : actor.id;
  const event = await trx
    .insertInto('dossier_events')
    .values({
      dossier_id: change.dossierId,
      at: change.at,
      action: change.action,
      from_state: change.from,
      to_state: change.to,
      national_status: nationalStatus,
      actor_type: actor.kind,
      actor_id: actorId,
      data: JSON.stringify(change.data ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('outbox')
    .values({
      topic: STATUS_SYNC_TOPIC,
      key: change.dossierId,
      payload: JSON.stringify({
        dossierId: change.dossierId,
        code: change.code,
        eventId: event.id,
        action: change.action,
        nationalStatus,
        at: change.at.toISOString(),
      }),
    })
    .execute();
  // Last: the audit chain serialises on one lock, held from here to the commit.
  await appendAudit(
    trx,
    actor,
    {
      action: `dossier.${change.action}`,
      subjectType: 'dossier',
      subjectId: change.dossierId,
      agencyId: change.agencyId,
      data: { code: change.code, from: change.from, to: change.to, eventId: event.id },
    },
    change.at,
  );
}

/**
 * In-app notices to the counter officers whose scope covers the receiving agency (an online
 * dossier has arrived), plus an outbox message so that e-mail or SMS can follow.
 */
export async function notifyCounterOfficers(
  trx: Transaction<DB>,
  agencyPath: string,
  notice: { kind: string; dossierId: string; title: string },
): Promise<number> {
  const result = await sql<{ id: number }>`
    INSERT INTO notifications (user_id, kind, dossier_id, title)
    SELECT DISTINCT u.id, ${notice.kind}, ${notice.dossierId}::uuid, ${notice.title}
    FROM users u
    JOIN role_grants g ON g.user_id = u.id AND g.role = 'counter_officer'
    JOIN agencies a ON a.id = g.agency_id
    WHERE u.active AND starts_with(${agencyPath}, a.path)
    RETURNING id`.execute(trx);
  await trx
    .insertInto('outbox')
    .values({
      topic: 'notify.officers',
      key: notice.dossierId,
      payload: JSON.stringify({ ...notice, recipients: result.rows.length }),
    })
    .execute();
  return result.rows.length;
}
