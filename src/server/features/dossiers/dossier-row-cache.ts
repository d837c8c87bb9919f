import type { Kysely, Transaction } from 'kysely';
import { cacheKeyOf } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import type { columnsOf } from './dossier-facts.js';
import type { TransitionRecord } from './dossier-record.js';
import type { DossierRow } from './dossiers.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Dossier rows as of a version, kept per process. An officer acts on the version the page showed,
 * and that page was read, or the previous action written, by this instance a moment before: the
 * row is then at hand and the action needs no read before its write (decision 0014).
 *
 * Safe because a version names one content: every change to a dossier raises its version (the
 * trigger of migration 0014 refuses any that does not), and the write that follows is made only
 * at the version read. A row another instance changed since is not used: the officer sends the
 * newer version (not here, read) or the older one (here, but the write finds the dossier moved on
 * and the action gets its 409).
 */
const MAX_ROWS = 10_000;

const caches = new WeakMap<object, Map<string, DossierRow>>();

function cacheOf(db: Db): Map<string, DossierRow> {
  const key = cacheKeyOf(db);
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  return cache;
}

/** The row of dossier `id` at `version`, when this process has it. Shared: never to be changed. */
export function rowAt(db: Db, id: string, version: number): DossierRow | undefined {
  const row = cacheOf(db).get(id);
  return row?.version === version ? row : undefined;
}

/** Keeps a row just read or written; the oldest kept go first when the cache is full. */
export function keepRow(db: Db, row: DossierRow): void {
  const cache = cacheOf(db);
  cache.delete(row.id);
  cache.set(row.id, row);
  if (cache.size > MAX_ROWS) cache.delete(cache.keys().next().value as string);
}

export function forgetRow(db: Db, id: string): void {
  cacheOf(db).delete(id);
}

/**
 * The row as a processing write leaves it: the new columns and the index's timeline at the next
 * version, updated at the action's time (the write sets `updated_at` to the same instant),
 * everything else as it was.
 */
export function rowAfter(
  row: DossierRow,
  columns: ReturnType<typeof columnsOf>,
  transition: Pick<TransitionRecord, 'at' | 'timeline'>,
): DossierRow {
  return {
    ...row,
    ...columns,
    timeline: transition.timeline,
    version: row.version + 1,
    updated_at: new Date(transition.at),
  };
}
