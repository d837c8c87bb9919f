import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { DB } from './schema.js';

/** What each kind of reference data is at now (migration 0007); a change bumps its number. */
export interface Revisions {
  settings: number;
  calendar: number;
  agencies: number;
  catalog: number;
  /** Sessions ended, users or role grants changed (migration 0008). */
  auth: number;
  /** The service index's schemes and the plan's targets (migration 0018). */
  indicators: number;
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

/** Where the notifications stood before a query that brings the revisions along was sent. */
export function revisionMark(db: Db): number | undefined {
  return watches.get(db.getExecutor())?.epoch;
}

/**
 * The revisions as read by another query of this request (the session's), so they cost nothing;
 * kept for later requests too when no notification came in between.
 */
export function primeRevisions(
  db: Db,
  raw: Record<string, number | string> | null | undefined,
  mark?: number,
) {
  if (!raw) return;
  const revisions = toRevisions(
    Object.entries(raw).map(([name, revision]) => ({ name, revision })),
  );
  const scope = scopes.get(db);
  if (scope) scope.revisions = Promise.resolve(revisions);
  const watch = watches.get(db.getExecutor());
  if (trusted(watch) && mark !== undefined && watch.epoch === mark) {
    watch.known = revisions;
    watch.knownAt = Date.now();
  }
}

/** Whether this request's revisions are already known without asking the database. */
export function revisionsAtHand(db: Db): boolean {
  if (scopes.get(db)?.revisions) return true;
  const watch = watches.get(db.getExecutor());
  return trusted(watch) && fresh(watch);
}

/** SQL for the revisions as one JSON object, to be read alongside another query. */
export const REVISIONS_JSON = sql<
  Record<string, number>
>`(SELECT json_object_agg(name, revision) FROM reference_revisions)`;

function toRevisions(rows: { name: string; revision: number | string }[]): Revisions {
  const out: Revisions = {
    settings: 0,
    calendar: 0,
    agencies: 0,
    catalog: 0,
    auth: 0,
    indicators: 0,
  };
  for (const r of rows) if (r.name in out) out[r.name as keyof Revisions] = Number(r.revision);
  return out;
}

/**
 * What a process listening to `motcua_revisions` knows: the revisions as last read, forgotten at
 * each notification. While it listens and knows, requests need not ask the table at all.
 */
interface Watch {
  listening: boolean;
  lastLocalWrite: () => number;
  known: Revisions | undefined;
  /** When `known` was read: it is read again after KNOWN_FOR_MS whatever the notifications say. */
  knownAt: number;
  /** Bumped by each notification: a read that started before one must not be kept. */
  epoch: number;
}
const watches = new WeakMap<object, Watch>();

/** A write through this process is noticed before its notification returns: trust nothing for
 * this long after one, and read instead. */
const AFTER_LOCAL_WRITE_MS = 2_000;

/** A safety net under the notifications: what is known is asked again at least this often. */
const KNOWN_FOR_MS = 10_000;

function fresh(watch: Watch): watch is Watch & { known: Revisions } {
  return watch.known !== undefined && Date.now() - watch.knownAt < KNOWN_FOR_MS;
}

function trusted(watch: Watch | undefined): watch is Watch {
  return (
    Boolean(watch?.listening) && Date.now() - (watch?.lastLocalWrite() ?? 0) > AFTER_LOCAL_WRITE_MS
  );
}

/**
 * Listens for revision notifications for as long as the app runs; a lost connection falls back to
 * reading on each request until listening again (retried every few seconds).
 */
export function watchRevisions(database: Database): () => Promise<void> {
  const watch: Watch = {
    listening: false,
    lastLocalWrite: () => database.lastReferenceWrite(),
    known: undefined,
    knownAt: 0,
    epoch: 0,
  };
  watches.set(database.db.getExecutor(), watch);
  let stop: (() => Promise<void>) | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const forget = () => {
    watch.known = undefined;
    watch.epoch += 1;
  };
  const again = () => {
    if (!closed) retry = setTimeout(() => void connect(), 5_000).unref();
  };
  const connect = async () => {
    try {
      stop = await database.listen('motcua_revisions', forget, () => {
        watch.listening = false;
        forget();
        again();
      });
      // Anything may have changed while nobody listened.
      forget();
      watch.listening = true;
    } catch {
      again();
    }
  };
  void connect();
  return async () => {
    closed = true;
    watch.listening = false;
    if (retry) clearTimeout(retry);
    await stop?.();
  };
}

export function referenceRevisions(db: Db): Promise<Revisions> {
  const scope = scopes.get(db);
  if (scope?.revisions) return scope.revisions;
  const watch = db.isTransaction ? undefined : watches.get(db.getExecutor());
  if (trusted(watch) && fresh(watch)) return Promise.resolve(watch.known);
  const epoch = watch?.epoch;
  const read = db
    .selectFrom('reference_revisions')
    .select(['name', 'revision'])
    .execute()
    .then(toRevisions);
  if (trusted(watch))
    read.then(
      (revisions) => {
        if (watch.epoch === epoch) {
          watch.known = revisions;
          watch.knownAt = Date.now();
        }
      },
      () => {},
    );
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
