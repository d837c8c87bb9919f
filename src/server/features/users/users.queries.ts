import { type Kysely, sql } from 'kysely';
import type { RoleGrant } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { containsPattern } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import type { UserView } from './users.contract.js';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select([
      'u.id',
      'u.username',
      'u.full_name',
      'u.email',
      'u.active',
      'u.locked_until',
      'u.created_at',
      'u.version',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.path as agency_path',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function withRoles(
  db: Kysely<DB>,
  rows: Row[],
): Promise<(UserView & { agencyPath: string })[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .selectFrom('role_grants as g')
    .innerJoin('agencies as a', 'a.id', 'g.agency_id')
    .select(['g.user_id', 'g.role', 'g.agency_id', 'a.name'])
    .where(
      'g.user_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('g.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    email: r.email,
    agency: { id: r.agency_id, name: r.agency_name },
    agencyPath: r.agency_path,
    active: r.active,
    lockedUntil: r.locked_until ? r.locked_until.toISOString() : null,
    roles: grants
      .filter((g) => g.user_id === r.id)
      .map((g) => ({ role: g.role as Role, agencyId: g.agency_id, agencyName: g.name })),
    createdAt: r.created_at.toISOString(),
    version: r.version,
  }));
}

export async function findUser(db: Kysely<DB>, id: string) {
  const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

/** Users whose home agency lies inside one of `scopes` (agency path prefixes). */
export async function searchUsers(
  db: Kysely<DB>,
  scopes: string[],
  filter: { q?: string; agencyId?: string; page: number; pageSize: number },
) {
  let query = baseQuery(db).where((eb) =>
    eb.or(scopes.map((scope) => eb('a.path', 'like', `${scope}%`))),
  );
  if (filter.agencyId) query = query.where('a.id', '=', filter.agencyId);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('u.full_name', 'ilike', like),
        eb('u.email', 'ilike', like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .orderBy('u.username')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withRoles(db, rows), total: Number(total.n) };
}

/** An active user as an actor (its grants with their agencies' paths); none if inactive. */
export async function activeUserActor(
  db: Kysely<DB>,
  id: string,
): Promise<{ kind: 'user'; id: string; grants: RoleGrant[] } | undefined> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('role_grants as g', 'g.user_id', 'u.id')
    .innerJoin('agencies as a', 'a.id', 'g.agency_id')
    .select(['g.role', 'g.agency_id', 'a.path'])
    .where('u.id', '=', id)
    .where('u.active', '=', true)
    .execute();
  if (rows.length === 0) return undefined;
  return {
    kind: 'user',
    id,
    grants: rows.map((r) => ({ role: r.role as Role, agencyId: r.agency_id, agencyPath: r.path })),
  };
}
