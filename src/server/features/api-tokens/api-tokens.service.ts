import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { agencyPath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize, requireScopes } from '../auth/authorize.js';
import { newToken, sha256 } from '../auth/secrets.js';
import type { CreateApiTokenBody } from './api-tokens.contract.js';

type TokenRow = {
  id: string;
  name: string;
  agency_id: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

function view(r: TokenRow) {
  return {
    id: r.id,
    name: r.name,
    agencyId: r.agency_id,
    scopes: r.scopes as never[],
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

const columns = [
  't.id',
  't.name',
  't.agency_id',
  't.scopes',
  't.created_at',
  't.last_used_at',
  't.revoked_at',
] as const;

export async function list(db: Kysely<DB>, actor: Actor) {
  const scopes = requireScopes(actor, 'api_token.manage');
  const rows = await db
    .selectFrom('api_tokens as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .select(columns)
    .where((eb) => eb.or(scopes.map((s) => eb('a.path', 'like', `${s}%`))))
    .orderBy('t.created_at', 'desc')
    .execute();
  return { items: rows.map(view) };
}

/** A token can carry only actions its creator holds over the same subtree. */
export async function create(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof CreateApiTokenBody>,
) {
  const token = newToken('mct_');
  const id = randomUUID();
  const row = await db.transaction().execute(async (trx) => {
    const path = await agencyPath(trx, body.agencyId);
    if (!path) throw new AppError('UNKNOWN_AGENCY');
    authorize(actor, 'api_token.manage', { agencyPath: path });
    const inserted = await trx
      .insertInto('api_tokens')
      .values({
        id,
        name: body.name,
        token_hash: sha256(token),
        agency_id: body.agencyId,
        scopes: body.scopes,
        created_by: actor.kind === 'user' ? actor.id : null,
      })
      .returning(['id', 'name', 'agency_id', 'scopes', 'created_at', 'last_used_at', 'revoked_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, {
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: id,
      agencyId: body.agencyId,
      data: body,
    });
    return inserted;
  });
  return { ...view(row), token };
}

export async function revoke(db: Kysely<DB>, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('api_tokens as t')
      .innerJoin('agencies as a', 'a.id', 't.agency_id')
      .select(['t.id', 'a.path', 't.agency_id'])
      .where('t.id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    authorize(actor, 'api_token.manage', { agencyPath: row.path });
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    await appendAudit(trx, actor, {
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: id,
      agencyId: row.agency_id,
    });
  });
}
