import { type Kysely, sql } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { allowedActions } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import {
  cacheKeyOf,
  primeRevisions,
  referenceRevisions,
  revisionMark,
  revisionsAtHand,
} from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { appendAudit } from '../audit/audit.service.js';
import { getSetting } from '../settings/settings.service.js';
import type { ChangePasswordBody, LoginBody, SessionUser } from './auth.contract.js';
import { findApiToken, findSession, findUserForLogin } from './auth.queries.js';
import { burnPasswordCheck, hashPassword, newToken, sha256, verifyPassword } from './secrets.js';

export interface SessionContext {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  session: SessionContext;
  actor: Actor;
}

const ANONYMOUS: Actor = { kind: 'anonymous' };

export async function login(
  db: Kysely<DB>,
  input: LoginBody & { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<LoginResult> {
  const user = await findUserForLogin(db, input.username);
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.locked_until && user.locked_until > now) {
    throw lockedError(user.locked_until, now);
  }
  const userActor: Actor = { kind: 'user', id: user.id, grants: [] };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const lockout = await getSetting(db, 'auth.lockout');
    const lockedUntil = await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('users')
        .set({ failed_logins: sql`failed_logins + 1` })
        .where('id', '=', user.id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      let until: Date | null = null;
      if (row.failed_logins >= lockout.maxFailures) {
        until = new Date(now.getTime() + lockout.lockMinutes * 60_000);
        await trx
          .updateTable('users')
          .set({ failed_logins: 0, locked_until: until })
          .where('id', '=', user.id)
          .execute();
      }
      await appendAudit(trx, userActor, {
        action: until ? 'auth.locked' : 'auth.login_failed',
        subjectType: 'user',
        subjectId: user.id,
        agencyId: user.agency_id,
        data: { ip: input.ip, failures: row.failed_logins },
      });
      return until;
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('AUTH_ACCOUNT_DISABLED');

  const ttlHours = await getSetting(db, 'auth.sessionTtlHours');
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        token_hash: sha256(token),
        user_id: user.id,
        csrf_token: csrfToken,
        expires_at: expiresAt,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
        created_at: now,
        last_seen_at: now,
      })
      .execute();
    await appendAudit(trx, userActor, {
      action: 'auth.login',
      subjectType: 'user',
      subjectId: user.id,
      agencyId: user.agency_id,
      data: { ip: input.ip },
    });
  });
  const resolved = await resolveSession(db, token, now);
  if (!resolved.session) throw new AppError('INTERNAL_ERROR');
  return { token, expiresAt, session: resolved.session, actor: resolved.actor };
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('AUTH_ACCOUNT_LOCKED', {
    detail: `Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên để mở khoá.`,
    extra: { lockedUntil: until.toISOString() },
  });
}

type Resolved = { actor: Actor; session: SessionContext | null };

/**
 * Sessions resolved by this process, kept while nothing that could end or change them happened
 * (the `auth` and `agencies` revisions, which a sign-out, a user or grant change, or an agency
 * change bump) and until the session is due to slide again. Known revisions cost no query while
 * the process listens to their notifications (decision 0009), so a busy counter's requests
 * then reach the database only for their own work.
 */
const resolvedSessions = new WeakMap<
  object,
  Map<
    string,
    { auth: number; agencies: number; until: number; expiresAt: number; resolved: Resolved }
  >
>();
const SLIDE_EVERY_MS = 60_000;

function sessionCacheOf(db: Kysely<DB>) {
  let cache = resolvedSessions.get(cacheKeyOf(db));
  if (!cache) {
    cache = new Map();
    resolvedSessions.set(cacheKeyOf(db), cache);
  }
  if (cache.size > 20_000) cache.clear();
  return cache;
}

/** Sessions slide: a session seen within its lifetime is extended, at most once a minute. */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  now = new Date(),
): Promise<Resolved> {
  const tokenHash = sha256(token);
  const cache = sessionCacheOf(db);
  if (revisionsAtHand(db)) {
    const revisions = await referenceRevisions(db);
    const hit = cache.get(tokenHash);
    if (
      hit &&
      hit.auth === revisions.auth &&
      hit.agencies === revisions.agencies &&
      now.getTime() < hit.until &&
      now.getTime() < hit.expiresAt
    )
      return hit.resolved;
  }
  cache.delete(tokenHash);
  const mark = revisionMark(db);
  const row = await findSession(db, tokenHash, now);
  if (!row?.active) return { actor: ANONYMOUS, session: null };
  primeRevisions(db, row.revisions, mark);
  const grants = row.grants.map((g) => ({ ...g, role: g.role as Role }));
  const actor: Actor = {
    kind: 'user',
    id: row.user_id,
    grants: grants.map(({ role, agencyId, agencyPath }) => ({ role, agencyId, agencyPath })),
  };
  let lastSeen = row.last_seen_at.getTime();
  let expiresAt = row.expires_at.getTime();
  if (now.getTime() - lastSeen > SLIDE_EVERY_MS) {
    const ttlHours = await getSetting(db, 'auth.sessionTtlHours');
    lastSeen = now.getTime();
    expiresAt = now.getTime() + ttlHours * 3_600_000;
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: new Date(expiresAt) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const resolved = resolvedFrom(row, actor, grants, tokenHash);
  const revisions = row.revisions ?? {};
  cache.set(tokenHash, {
    auth: Number(revisions.auth ?? -1),
    agencies: Number(revisions.agencies ?? -1),
    until: lastSeen + SLIDE_EVERY_MS,
    expiresAt,
    resolved,
  });
  return resolved;
}

function resolvedFrom(
  row: NonNullable<Awaited<ReturnType<typeof findSession>>>,
  actor: Actor,
  grants: { role: Role; agencyId: string; agencyName: string }[],
  tokenHash: string,
): Resolved {
  return {
    actor,
    session: {
      tokenHash,
      csrfToken: row.csrf_token,
      user: {
        id: row.user_id,
        username: row.username,
        fullName: row.full_name,
        email: row.email,
        agency: { id: row.agency_id, name: row.agency_name },
        roles: grants.map(({ role, agencyId, agencyName }) => ({ role, agencyId, agencyName })),
        permissions: allowedActions(actor),
      },
    },
  };
}

export async function resolveApiToken(
  db: Kysely<DB>,
  token: string,
  now = new Date(),
): Promise<Actor> {
  const row = await findApiToken(db, sha256(token));
  if (!row || row.revoked_at) throw new AppError('AUTH_INVALID_TOKEN');
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', row.id)
      .execute();
  }
  return {
    kind: 'system',
    id: row.id,
    scopes: row.scopes as Extract<Actor, { kind: 'system' }>['scopes'],
    agencyPath: row.path,
  };
}

export async function logout(db: Kysely<DB>, actor: Actor, session: SessionContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('token_hash', '=', session.tokenHash).execute();
    await appendAudit(trx, actor, {
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: session.user.id,
      agencyId: session.user.agency.id,
    });
  });
}

/** Changing one's password ends every other session of that user. */
export async function changeOwnPassword(
  db: Kysely<DB>,
  actor: Actor,
  session: SessionContext,
  body: ChangePasswordBody,
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', session.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, body.currentPassword))) {
    throw new AppError('AUTH_WRONG_PASSWORD', {
      errors: [
        {
          field: 'body.currentPassword',
          code: 'wrong_password',
          message: 'Mật khẩu hiện tại không đúng',
        },
      ],
    });
  }
  const hash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: new Date(), version: sql`version + 1` })
      .where('id', '=', session.user.id)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', session.user.id)
      .where('token_hash', '<>', session.tokenHash)
      .execute();
    await appendAudit(trx, actor, {
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: session.user.id,
      agencyId: session.user.agency.id,
    });
  });
}
