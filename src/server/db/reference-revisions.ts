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
 * A request gets its own handle on the database (same pool), under which the revisions are read
 * once: a request that needs settings, the calendar, agencies and the catalog pays one round
 * trip (none when the session query brought them), and sees them as of one moment. Code outside
 * a request (commands, jobs) reads them on each use.
 */
const scopes = new WeakMap<object, { revisions?: Promise<Revisions> }>();

export function requestScoped(db: Kysely<DB>): Kysely<DB> {
  // withTables() makes a new Kysely on the same executor and pool: cheap, and a key of its own.
  const scoped = db.withTables<Record<never, never>>();
  scopes.set(scoped, {});
  return scoped;
}

/** The revisions as read by another query of this request (the session's), so they cost nothing. */
export function primeRevisions(db: Db, raw: Record<string, number | string> | null | undefined) {
  const scope = scopes.get(db);
  if (!scope || !raw) return;
  scope.revisions = Promise.resolve(
    toRevisions(Object.entries(raw).map(([name, revision]) => ({ name, revision }))),
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
  const scope = scopes.get(db);
  if (scope?.revisions) return scope.revisions;
  const read = db
    .selectFrom('reference_revisions')
    .select(['name', 'revision'])
    .execute()
    .then(toRevisions);
  if (scope) {
    scope.revisions = read;
    read.catch(() => {
      scope.revisions = undefined;
    });
  }
  return read;
}

/**
 * A value computed from reference data, kept (per database, whichever handle reads it) until its
 * revision changes. Transactions read through: what they see must be what they lock and write.
 */
export function revisionCache<T>(kind: keyof Revisions, load: (db: Db) => Promise<T>) {
  const cached = new WeakMap<object, { revision: number; value: Promise<T> }>();
  return async (db: Db): Promise<T> => {
    if (db.isTransaction) return load(db);
    const revision = (await referenceRevisions(db))[kind];
    const key = db.getExecutor();
    const hit = cached.get(key);
    if (hit && hit.revision === revision) return hit.value;
    const value = load(db);
    cached.set(key, { revision, value });
    value.catch(() => cached.delete(key));
    return value;
  };
}

/** The key under which per-database caches keep their values: shared by a request's handle. */
export function cacheKeyOf(db: Db): object {
  return db.getExecutor();
}
