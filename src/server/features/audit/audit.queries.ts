import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Entries about agencies inside `scopes`, newest first, paged by id. */
export function listAuditEntries(
  db: Kysely<DB>,
  scopes: string[],
  filter: { subjectType?: string; subjectId?: string; beforeId?: number; limit: number },
) {
  let query = db
    .selectFrom('audit_log as l')
    .leftJoin('agencies as a', 'a.id', 'l.agency_id')
    .selectAll('l')
    .where((eb) => eb.or(scopes.map((s) => eb('a.path', 'like', `${s}%`))))
    .orderBy('l.id', 'desc')
    .limit(filter.limit);
  if (filter.subjectType) query = query.where('l.subject_type', '=', filter.subjectType);
  if (filter.subjectId) query = query.where('l.subject_id', '=', filter.subjectId);
  if (filter.beforeId) query = query.where('l.id', '<', filter.beforeId);
  return query.execute();
}
