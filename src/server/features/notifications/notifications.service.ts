import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { type Action, ROLE_PERMISSIONS } from '../../../domain/access/permissions.js';
import type { Actor } from '../../../domain/access/policy.js';
import { ROLES } from '../../../domain/access/roles.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';

function userOf(actor: Actor): string {
  if (actor.kind !== 'user') throw new AppError('AUTH_REQUIRED');
  return actor.id;
}

export async function unread(db: Kysely<DB>, actor: Actor) {
  const rows = await db
    .selectFrom('notifications as n')
    .leftJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select([
      'n.id',
      'n.kind',
      'n.title',
      'n.dossier_id',
      'n.created_at',
      'd.code',
      'd.external_code',
      'd.state',
      'd.acceptance_due_at',
    ])
    .where('n.user_id', '=', userOf(actor))
    .where('n.read_at', 'is', null)
    .orderBy('n.id', 'desc')
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      dossierId: r.dossier_id,
      dossierCode: r.code ?? r.external_code,
      acceptanceDueAt:
        r.state === 'awaiting_acceptance' && r.acceptance_due_at
          ? r.acceptance_due_at.toISOString()
          : null,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

export async function markRead(db: Kysely<DB>, actor: Actor, id: number) {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userOf(actor))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND');
}

/**
 * In-app notices to the counter officers whose scope covers the receiving agency (an online
 * dossier has arrived), plus an outbox message so that e-mail or SMS can follow.
 */
export function notifyCounterOfficers(
  trx: Transaction<DB>,
  agencyPath: string,
  notice: { kind: string; dossierId: string; title: string },
): Promise<number> {
  return notifyOfficersWith(trx, 'dossier.receive', agencyPath, notice);
}

/**
 * The same, to the officers whose roles give `permission` over the agency (the supervisors who
 * decide extensions, say): by the permission rather than by a role's name.
 */
export async function notifyOfficersWith(
  trx: Transaction<DB>,
  permission: Action,
  agencyPath: string,
  notice: { kind: string; dossierId: string; title: string },
): Promise<number> {
  const roles = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(permission));
  return deliver(
    trx,
    notice,
    sql`SELECT DISTINCT u.id FROM users u
      JOIN role_grants g ON g.user_id = u.id AND g.role IN (${sql.join(roles)})
      JOIN agencies a ON a.id = g.agency_id
      WHERE u.active AND starts_with(${agencyPath}, a.path)`,
  );
}

/**
 * In-app notices to the officers who assign dossiers at these agencies (their leaders): a dossier
 * was handed to the agency. With its outbox message naming them.
 */
export async function notifyLeadersOf(
  trx: Transaction<DB>,
  agencyIds: readonly string[],
  notice: { kind: string; dossierId: string; title: string },
): Promise<number> {
  const roles = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('dossier.assign'));
  return deliver(
    trx,
    notice,
    sql`SELECT DISTINCT u.id FROM users u
      JOIN role_grants g ON g.user_id = u.id AND g.role IN (${sql.join(roles)})
      WHERE u.active AND g.agency_id IN (${sql.join(agencyIds.map((a) => sql`${a}::uuid`))})`,
  );
}

/** The notice in-app to each officer `recipients` selects, and one outbox message naming them. */
async function deliver(
  trx: Transaction<DB>,
  notice: { kind: string; dossierId: string; title: string },
  recipients: RawBuilder<unknown>,
): Promise<number> {
  const result = await sql<{ user_id: string }>`
    INSERT INTO notifications (user_id, kind, dossier_id, title)
    SELECT r.id, ${notice.kind}, ${notice.dossierId}::uuid, ${notice.title}
    FROM (${recipients}) AS r
    RETURNING user_id`.execute(trx);
  const told = result.rows.map((r) => r.user_id);
  await trx
    .insertInto('outbox')
    .values({
      topic: 'notify.officers',
      key: notice.dossierId,
      payload: JSON.stringify({ ...notice, recipients: told }),
    })
    .execute();
  return told.length;
}

/** An in-app notice to one officer (a dossier given to them), with its outbox message. */
export async function notifyUser(
  trx: Transaction<DB>,
  userId: string,
  notice: { kind: string; dossierId: string; title: string },
): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({
      user_id: userId,
      kind: notice.kind,
      dossier_id: notice.dossierId,
      title: notice.title,
    })
    .execute();
  await trx
    .insertInto('outbox')
    .values({
      topic: 'notify.officers',
      key: notice.dossierId,
      payload: JSON.stringify({ ...notice, recipients: [userId] }),
    })
    .execute();
}

/** A message for the applicant (SMS, e-mail, the portal), sent by the outbox's consumer. */
export async function notifyApplicant(
  trx: Transaction<DB>,
  notice: { kind: string; dossierId: string; code: string | null; text: string },
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ topic: 'notify.applicant', key: notice.dossierId, payload: JSON.stringify(notice) })
    .execute();
}
