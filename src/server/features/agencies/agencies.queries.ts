import { type Kysely, sql, type Transaction } from 'kysely';
import { containsPattern } from '../../db/like.js';
import type { AgencyRow, DB } from '../../db/schema.js';
import type { Agency, AgencyKind } from './agencies.contract.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The name of the agency row `alias` in force on `day`: the latest renaming that took effect by
 * then, else its name. For any query that shows agencies, so that all show the same name.
 */
export function nameInForce(alias: string, day: string) {
  return sql<string>`coalesce((
    SELECT n.name FROM agency_names n
    WHERE n.agency_id = ${sql.ref(`${alias}.id`)} AND n.valid_from <= ${day}::date
    ORDER BY n.valid_from DESC LIMIT 1), ${sql.ref(`${alias}.name`)})`;
}

/** Columns of an agency as of `today`: the name is the latest one in force on that date. */
function selectAgencies(db: Db, today: string) {
  return db
    .selectFrom('agencies as a')
    .selectAll('a')
    .select(nameInForce('a', today).as('current_name'));
}

type Selected = AgencyRow & { current_name: string };

export function toAgency(row: Selected, today: string): Agency {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as AgencyKind,
    name: row.current_name,
    shortName: row.short_name,
    code: row.code,
    codeIsPlaceholder: row.code_is_placeholder,
    adminUnitCode: row.admin_unit_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mergedIntoId: row.merged_into_id,
    status: row.valid_to !== null && row.valid_to < today ? 'closed' : 'active',
    version: row.version,
  };
}

export async function listAgencies(
  db: Db,
  today: string,
  filter: { kind?: AgencyKind; parentId?: string; q?: string; includeClosed: boolean },
): Promise<Agency[]> {
  let query = selectAgencies(db, today).orderBy('a.path');
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.parentId) query = query.where('a.parent_id', '=', filter.parentId);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('a.name', 'ilike', like),
        eb('a.code', 'ilike', like),
        eb('a.short_name', 'ilike', like),
      ]),
    );
  }
  if (!filter.includeClosed) {
    query = query.where((eb) =>
      eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>=', today)]),
    );
  }
  const rows = await query.execute();
  return rows.map((r) => toAgency(r, today));
}

export async function findAgency(db: Db, id: string, today: string) {
  const row = await selectAgencies(db, today).where('a.id', '=', id).executeTakeFirst();
  return row ? { agency: toAgency(row, today), path: row.path } : undefined;
}

export function agencyNames(db: Db, id: string) {
  return db
    .selectFrom('agency_names')
    .select(['name', 'valid_from'])
    .where('agency_id', '=', id)
    .orderBy('valid_from')
    .execute();
}

export async function agencyPath(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.path;
}

/** The path of the province, the root of the tree: what province-wide rights are checked on. */
export async function provincePath(db: Db): Promise<string> {
  const root = await db
    .selectFrom('agencies')
    .select('path')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return root?.path ?? '/';
}
