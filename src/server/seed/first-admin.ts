import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/policy.js';
import type { DB } from '../db/schema.js';
import { appendAudit } from '../features/audit/audit.service.js';
import { hashPassword, newToken } from '../features/auth/secrets.js';
import { AppError } from '../http/problem.js';

/**
 * A production install has no demo accounts: this makes the first administrator over the whole
 * tree, from the command line of someone who already has access to the server.
 */
export async function createFirstAdmin(
  db: Kysely<DB>,
  input: { username: string; fullName: string; password?: string },
): Promise<{ password: string }> {
  const root = await db
    .selectFrom('agencies')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  if (!root)
    throw new AppError('UNKNOWN_AGENCY', {
      detail: 'Chưa có cơ cấu tổ chức: chạy "motcua seed" trước.',
    });
  const password = input.password ?? newToken().slice(0, 20);
  const id = randomUUID();
  const actor: Actor = { kind: 'system', id: 'cli', scopes: [], agencyPath: '/' };
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw new AppError('USERNAME_TAKEN');
    await trx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        full_name: input.fullName,
        email: null,
        agency_id: root.id,
        password_hash: hash,
      })
      .execute();
    await trx
      .insertInto('role_grants')
      .values({ user_id: id, role: 'admin', agency_id: root.id })
      .execute();
    await appendAudit(trx, actor, {
      action: 'user.created',
      subjectType: 'user',
      subjectId: id,
      agencyId: root.id,
      data: { username: input.username, roles: ['admin'] },
    });
  });
  return { password };
}
