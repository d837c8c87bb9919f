import { AsyncLocalStorage } from 'node:async_hooks';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';

/** What each kind of reference data is at now (migration 0007); a change bumps its number. */
export interface Revisions {
  settings: number;
  calendar: number;
  agencies: number;
  catalog: number;
}

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Within one HTTP request the revisions are read once, so that a request that needs settings,
 * the calendar, agencies and the catalog pays one round trip, and sees them as of one moment.
 */
const perRequest = new AsyncLocalStorage<Map<Db, Promise<Revisions>>>();

export function runWithRevisionScope(next: () => void): void {
  perRequest.run(new Map(), next);
}

/** The revisions as read by another query of this request (the session's), so they cost nothing. */
export function primeRevisions(db: Db, raw: Record<string, number | string> | null | undefined) {
  const scope = perRequest.getStore();
  if (!scope || !raw) return;
  scope.set(
    db,
    Promise.resolve(
      toRevisions(Object.entries(raw).map(([name, revision]) => ({ name, revision }))),
    ),
  );
}

/** SQL for the revisions as one JSON object, to be read alongside another query. */
export const REVISIONS_JSON = sql<
  Record<string, number>
>`(SELECT json_object_agg(name, revision) FROM reference_revisions)`;

function toRevisions(rows: { name: string; revision: number | string }[]): Revisions {
  const out: Revisions = { settings: 0, calendar: 0, agencies: 0, catalog: 0 };
  for (const r of rows) if (r.name in out) out[r.name as keyof Revisions] = Number(r.revision);
  return out;
}

export function referenceRevisions(db: Db): Promise<Revisions> {
  const scope = perRequest.getStore();
  const known = scope?.get(db);
  if (known) return known;
  const read = db
    .selectFrom('reference_revisions')
    .select(['name', 'revision'])
    .execute()
    .then(toRevisions);
  if (scope) {
    scope.set(db, read);
    read.catch(() => scope.delete(db));
  }
  return read;
}

/**
 * A value computed from reference data, kept until its revision changes. Transactions read
 * through to the database: what they see must be what they lock and write.
 */
export function revisionCache<T>(kind: keyof Revisions, load: (db: Db) => Promise<T>) {
  const cached = new WeakMap<object, { revision: number; value: Promise<T> }>();
  return async (db: Db): Promise<T> => {
    if (db.isTransaction) return load(db);
    const revision = (await referenceRevisions(db))[kind];
    const hit = cached.get(db);
    if (hit && hit.revision === revision) return hit.value;
    const value = load(db);
    cached.set(db, { revision, value });
    value.catch(() => cached.delete(db));
    return value;
  };
}
