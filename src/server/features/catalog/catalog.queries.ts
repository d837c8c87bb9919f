import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export function findProcedure(db: Db, nationalCode: string) {
  return db
    .selectFrom('procedures')
    .selectAll()
    .where('national_code', '=', nationalCode)
    .executeTakeFirst();
}

export function versionsOf(db: Db, procedureId: string) {
  return db
    .selectFrom('procedure_versions')
    .select([
      'id',
      'version_no',
      'state',
      'valid_from',
      'valid_to',
      'row_version',
      'content',
      'competent_agency_id',
    ])
    .where('procedure_id', '=', procedureId)
    .orderBy('version_no')
    .execute();
}

export function processesOf(db: Db, versionId: string) {
  return db
    .selectFrom('procedure_processes')
    .select(['agency_id', 'steps'])
    .where('procedure_version_id', '=', versionId)
    .orderBy('agency_key')
    .execute();
}

export async function agencyName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}

export interface SearchFilter {
  key?: string;
  level?: string;
  field?: string;
  agencyId?: string;
  onlineLevel?: string;
  limit: number;
  offset: number;
}

/**
 * Published versions matching the filter. A query matches by substring of the normalised key or,
 * for typos ("dang ki"), by trigram word similarity; substring matches rank first. The GIN
 * trigram index serves both.
 */
export function searchPublished(db: Db, f: SearchFilter) {
  let query = db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .leftJoin('agencies as a', 'a.id', 'v.competent_agency_id')
    .select([
      'p.national_code',
      'v.name',
      'v.field',
      'v.level',
      'v.online_level',
      'v.version_no',
      'a.name as agency_name',
      sql<{ amount: number; unit: string }>`v.content -> 'timeLimit'`.as('time_limit'),
    ])
    .where('v.state', '=', 'published');
  if (f.level) query = query.where('v.level', '=', f.level);
  if (f.field) query = query.where('v.field', '=', f.field);
  if (f.onlineLevel) query = query.where('v.online_level', '=', f.onlineLevel);
  if (f.agencyId) query = query.where('v.competent_agency_id', '=', f.agencyId);
  if (f.key) {
    const key = f.key;
    const like = `%${key}%`;
    query = query
      .where(sql<boolean>`(v.search_key LIKE ${like} OR ${key} <% v.search_key)`)
      .orderBy(sql`v.search_key LIKE ${like}`, 'desc')
      .orderBy(sql`word_similarity(${key}, v.search_key)`, 'desc');
  }
  return query
    .orderBy('v.name')
    .orderBy('p.national_code')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}
