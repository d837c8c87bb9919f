import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { contentHash } from '../../text/content-hash.js';

/** Who sent the key, and the key: keys of different callers never collide. */
export interface IdempotencyScope {
  actor: string;
  key: string;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Runs a creating change at most once per Idempotency-Key. The key is claimed at the start of the
 * transaction: a concurrent request with the same key waits on it, then finds the first one's
 * result and returns it; the same key with another body is refused. Without a key the change
 * simply runs.
 */
export async function withIdempotency(
  db: Kysely<DB>,
  scope: IdempotencyScope | undefined,
  body: unknown,
  create: (trx: Transaction<DB>) => Promise<string>,
): Promise<{ dossierId: string; replayed: boolean }> {
  const requestHash = scope ? contentHash(body) : '';
  const replay = async (): Promise<{ dossierId: string; replayed: boolean } | undefined> => {
    if (!scope) return undefined;
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('actor', '=', scope.actor)
      .where('key', '=', scope.key)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { dossierId: (row.response as { dossierId: string }).dossierId, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const created = await db.transaction().execute(async (trx) => {
    if (scope) {
      const claimed = await trx
        .insertInto('idempotency_keys')
        .values({
          actor: scope.actor,
          key: scope.key,
          request_hash: requestHash,
          status: 201,
          response: JSON.stringify({}),
        })
        .onConflict((oc) => oc.columns(['actor', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) return undefined;
    }
    const dossierId = await create(trx);
    if (scope)
      await trx
        .updateTable('idempotency_keys')
        .set({ response: JSON.stringify({ dossierId }) })
        .where('actor', '=', scope.actor)
        .where('key', '=', scope.key)
        .execute();
    return dossierId;
  });
  if (created) return { dossierId: created, replayed: false };
  const first = await replay();
  if (!first) throw new Error('idempotency key claimed but not found');
  return first;
}
