import { type Kysely, sql } from 'kysely';
import { REVISIONS_JSON } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';

export function findUserForLogin(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export function findSession(db: Kysely<DB>, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.username',
      'u.full_name',
      'u.email',
      'u.active',
      'a.id as agency_id',
      'a.name as agency_name',
      // The grants come with the session: one round trip on every signed-in request.
      sql<{ role: string; agencyId: string; agencyPath: string; agencyName: string }[]>`coalesce((
        SELECT json_agg(json_build_object('role', g.role, 'agencyId', g.agency_id,
          'agencyPath', ga.path, 'agencyName', ga.name) ORDER BY g.created_at)
        FROM role_grants g JOIN agencies ga ON ga.id = g.agency_id
        WHERE g.user_id = u.id), '[]'::json)`.as('grants'),
      REVISIONS_JSON.as('revisions'),
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

export function findApiToken(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(['t.id', 't.scopes', 't.revoked_at', 't.last_used_at', 'a.path'])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
