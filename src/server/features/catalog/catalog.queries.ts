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
  /** The day (YYYY-MM-DD, Asia/Ho_Chi_Minh) the versions must be in force on. */
  today: string;
  key?: string;
  level?: string;
  field?: string;
  agencyId?: string;
  onlineLevel?: string;
  limit: number;
  offset: number;
}

function publishedQuery(db: Db, f: SearchFilter) {
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
    // In force on the day: a version published for a later date is not yet, and one superseded
    // or abolished from a later date still is.
    .where('v.state', '<>', 'draft')
    .where('v.valid_from', '<=', f.today)
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', f.today)]));
  if (f.level) query = query.where('v.level', '=', f.level);
  if (f.field) query = query.where('v.field', '=', f.field);
  if (f.onlineLevel) query = query.where('v.online_level', '=', f.onlineLevel);
  if (f.agencyId) query = query.where('v.competent_agency_id', '=', f.agencyId);
  return query;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** Adds the words of a published name to the vocabulary that search corrects typos against. */
export async function rememberWords(db: Db, searchKey: string) {
  const words = [...new Set(searchKey.split(' ').filter((w) => w.length > 0 && !/^\d/.test(w)))];
  if (words.length === 0) return;
  await db
    .insertInto('catalog_words')
    .values(words.map((word) => ({ word, uses: 1 })))
    .onConflict((oc) => oc.column('word').doUpdateSet({ uses: sql`catalog_words.uses + 1` }))
    .execute();
}

/** Rebuilds the vocabulary from every published version (after a bulk load). */
export async function rebuildWords(db: Db) {
  await sql`DELETE FROM catalog_words`.execute(db);
  await sql`
    INSERT INTO catalog_words (word, uses)
    SELECT w, count(*) FROM (
      SELECT unnest(string_to_array(search_key, ' ')) AS w FROM procedure_versions WHERE state = 'published'
    ) t
    WHERE w <> '' AND w !~ '^[0-9]'
    GROUP BY w`.execute(db);
}

export async function vocabulary(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('catalog_words').select(['word', 'uses']).execute();
  return new Map(rows.map((r) => [r.word, r.uses]));
}

/**
 * Published versions whose normalised name holds the query's words in the order typed ("khai
 * sinh", "dang ky khai sinh"), names that start with the query first. One LIKE pattern, which the
 * trigram index serves.
 */
export function searchPublished(db: Db, f: SearchFilter) {
  let query = publishedQuery(db, f);
  if (f.key) {
    const pattern = `%${f.key.split(' ').map(escapeLike).join('%')}%`;
    query = query
      .where('v.search_key', 'like', pattern)
      .orderBy(sql`v.search_key LIKE ${`${escapeLike(f.key)}%`}`, 'desc')
      .orderBy(sql`v.search_key LIKE ${`%${escapeLike(f.key)}%`}`, 'desc');
  }
  return query
    .orderBy('v.name')
    .orderBy('p.national_code')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export function draftVersions(db: Db) {
  return db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(['p.national_code', 'v.name', 'v.version_no', 'v.created_at'])
    .where('v.state', '=', 'draft')
    .orderBy('v.created_at', 'desc')
    .limit(500)
    .execute();
}
