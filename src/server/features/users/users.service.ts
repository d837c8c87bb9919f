import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import { isUniqueViolation } from '../../db/connection-errors.js';
import { cacheKeyOf, referenceRevisions, revisionsAtHand } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { agencyPath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize, requireScopes } from '../auth/authorize.js';
import { hashPassword } from '../auth/secrets.js';
import type {
  CreateUserBody,
  ListUsersQuery,
  ResetPasswordBody,
  RoleGrantInput,
  SetRolesBody,
  UpdateUserBody,
  UserView,
} from './users.contract.js';
import { activeUserActor, findUser, searchUsers } from './users.queries.js';

function strip({ agencyPath: _, ...user }: UserView & { agencyPath: string }): UserView {
  return user;
}

export async function list(db: Kysely<DB>, actor: Actor, query: z.infer<typeof ListUsersQuery>) {
  const scopes = requireScopes(actor, 'user.read');
  const { items, total } = await searchUsers(db, scopes, query);
  return { items: items.map(strip), page: query.page, pageSize: query.pageSize, total };
}

export async function get(db: Kysely<DB>, actor: Actor, id: string): Promise<UserView> {
  const user = await findUser(db, id);
  if (!user) {
    authorize(actor, 'user.read', { agencyPath: '\u0000' }); // anonymous → 401, others → 404
    throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy người dùng' });
  }
  authorize(actor, 'user.read', { agencyPath: user.agencyPath });
  return strip(user);
}

async function pathOrFail(trx: Kysely<DB>, agencyId: string, field: string): Promise<string> {
  const path = await agencyPath(trx, agencyId);
  if (!path) {
    throw new AppError('UNKNOWN_AGENCY', {
      errors: [{ field, code: 'unknown_agency', message: 'Cơ quan không tồn tại' }],
    });
  }
  return path;
}

/** A manager can hand out roles only inside the subtrees they manage: no escalation. */
async function checkGrants(trx: Kysely<DB>, actor: Actor, roles: z.infer<typeof RoleGrantInput>[]) {
  for (const [i, grant] of roles.entries()) {
    const path = await pathOrFail(trx, grant.agencyId, `body.roles.${i}.agencyId`);
    authorize(actor, 'user.manage', { agencyPath: path });
  }
}

async function writeGrants(
  trx: Transaction<DB>,
  userId: string,
  roles: z.infer<typeof RoleGrantInput>[],
) {
  await trx.deleteFrom('role_grants').where('user_id', '=', userId).execute();
  const unique = [...new Map(roles.map((r) => [`${r.role}:${r.agencyId}`, r])).values()];
  if (unique.length > 0) {
    await trx
      .insertInto('role_grants')
      .values(unique.map((r) => ({ user_id: userId, role: r.role, agency_id: r.agencyId })))
      .execute();
  }
}

export async function create(db: Kysely<DB>, actor: Actor, body: z.infer<typeof CreateUserBody>) {
  const id = randomUUID();
  const passwordHash = await hashPassword(body.password);
  try {
    await db.transaction().execute(async (trx) => {
      const path = await pathOrFail(trx, body.agencyId, 'body.agencyId');
      authorize(actor, 'user.manage', { agencyPath: path });
      await checkGrants(trx, actor, body.roles);
      await trx
        .insertInto('users')
        .values({
          id,
          username: body.username,
          full_name: body.fullName,
          email: body.email ?? null,
          agency_id: body.agencyId,
          password_hash: passwordHash,
        })
        .execute();
      await writeGrants(trx, id, body.roles);
      const { password: _, ...logged } = body;
      await appendAudit(trx, actor, {
        action: 'user.created',
        subjectType: 'user',
        subjectId: id,
        agencyId: body.agencyId,
        data: logged,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('USERNAME_TAKEN', {
        errors: [
          { field: 'body.username', code: 'taken', message: 'Tên đăng nhập đã được sử dụng' },
        ],
      });
    }
    throw error;
  }
  return get(db, actor, id);
}

/** Loads, authorises and checks the version in one go: the guard of every change to a user. */
async function guard(trx: Transaction<DB>, actor: Actor, id: string, version?: number) {
  const user = await findUser(trx, id);
  if (!user) throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy người dùng' });
  authorize(actor, 'user.manage', { agencyPath: user.agencyPath });
  if (version !== undefined && version !== user.version) {
    throw new AppError('VERSION_CONFLICT', { extra: { current: strip(user) } });
  }
  return user;
}

async function bump(
  trx: Transaction<DB>,
  id: string,
  version: number,
  set: Record<string, unknown> = {},
) {
  const r = await trx
    .updateTable('users')
    .set({ ...set, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw new AppError('VERSION_CONFLICT');
}

export async function update(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateUserBody>,
) {
  await db.transaction().execute(async (trx) => {
    const user = await guard(trx, actor, id, body.version);
    await bump(trx, id, body.version, {
      ...(body.fullName === undefined ? {} : { full_name: body.fullName }),
      ...(body.email === undefined ? {} : { email: body.email }),
      ...(body.active === undefined ? {} : { active: body.active }),
    });
    if (body.active === false) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAudit(trx, actor, {
      action: 'user.updated',
      subjectType: 'user',
      subjectId: id,
      agencyId: user.agency.id,
      data: body,
    });
  });
  return get(db, actor, id);
}

export async function setRoles(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof SetRolesBody>,
) {
  await db.transaction().execute(async (trx) => {
    const user = await guard(trx, actor, id, body.version);
    // Removing a grant is as sensitive as adding one: the actor must manage the old ones too.
    await checkGrants(trx, actor, [...user.roles, ...body.roles]);
    await writeGrants(trx, id, body.roles);
    await bump(trx, id, body.version);
    await appendAudit(trx, actor, {
      action: 'user.roles_set',
      subjectType: 'user',
      subjectId: id,
      agencyId: user.agency.id,
      data: {
        before: user.roles.map(({ role, agencyId }) => ({ role, agencyId })),
        after: body.roles,
      },
    });
  });
  return get(db, actor, id);
}

/** An administrator's reset also unlocks the account and ends its sessions. */
export async function resetPassword(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof ResetPasswordBody>,
) {
  const hash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (trx) => {
    const user = await guard(trx, actor, id);
    await bump(trx, id, user.version, {
      password_hash: hash,
      password_changed_at: new Date(),
      failed_logins: 0,
      locked_until: null,
    });
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await appendAudit(trx, actor, {
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: id,
      agencyId: user.agency.id,
    });
  });
}

export async function unlock(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const user = await guard(trx, actor, id);
    await bump(trx, id, user.version, { failed_logins: 0, locked_until: null });
    await appendAudit(trx, actor, {
      action: 'user.unlocked',
      subjectType: 'user',
      subjectId: id,
      agencyId: user.agency.id,
    });
  });
  return get(db, actor, id);
}

type Officer = Awaited<ReturnType<typeof activeUserActor>>;
const officers = new WeakMap<
  object,
  Map<string, { auth: number; agencies: number; officer: Officer }>
>();

/**
 * An active user with its grants (none if inactive), as of the revisions of users, grants and
 * agencies: kept per process until one of them changes, as sessions are (auth.service.ts), since
 * handing a dossier on asks it for the officer named on every hand-over.
 */
export async function activeOfficer(db: Kysely<DB>, id: string): Promise<Officer> {
  if (!revisionsAtHand(db)) return activeUserActor(db, id);
  const { auth, agencies } = await referenceRevisions(db);
  let cache = officers.get(cacheKeyOf(db));
  if (!cache || cache.size > 10_000) {
    cache = new Map();
    officers.set(cacheKeyOf(db), cache);
  }
  const hit = cache.get(id);
  if (hit && hit.auth === auth && hit.agencies === agencies) return hit.officer;
  const officer = await activeUserActor(db, id);
  cache.set(id, { auth, agencies, officer });
  return officer;
}
