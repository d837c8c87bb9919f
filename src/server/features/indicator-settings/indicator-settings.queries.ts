import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The two kinds of versions, each in its own table with its content in one jsonb column. */
export const KINDS = {
  scheme: { table: 'index_schemes', content: 'groups' },
  targets: { table: 'plan_targets', content: 'targets' },
} as const;
export type Kind = keyof typeof KINDS;

export interface VersionRow {
  id: string;
  version_name: string;
  valid_from: string;
  source: string;
  content: unknown;
  version: number;
  created_at: Date;
  created_by: string | null;
  created_by_name: string | null;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
}

function selectVersions(db: Db, kind: Kind) {
  const { table, content } = KINDS[kind];
  return db
    .selectFrom(`${table} as v` as 'index_schemes as v')
    .leftJoin('users as c', 'c.id', 'v.created_by')
    .leftJoin('users as u', 'u.id', 'v.updated_by')
    .select([
      'v.id',
      'v.version_name',
      'v.valid_from',
      'v.source',
      `v.${content} as content` as 'v.groups as content',
      'v.version',
      'v.created_at',
      'v.created_by',
      'c.full_name as created_by_name',
      'v.updated_at',
      'v.updated_by',
      'u.full_name as updated_by_name',
    ]);
}

/** Every version of a kind, the latest in force first. A handful of rows: read whole. */
export function allVersions(db: Db, kind: Kind): Promise<VersionRow[]> {
  return selectVersions(db, kind).orderBy('v.valid_from', 'desc').execute();
}

export function findVersion(db: Db, kind: Kind, id: string): Promise<VersionRow | undefined> {
  return selectVersions(db, kind).where('v.id', '=', id).executeTakeFirst();
}

/** The row, locked until the transaction ends, for a change checked against its version. */
export function lockVersion(trx: Transaction<DB>, kind: Kind, id: string) {
  return trx
    .selectFrom(`${KINDS[kind].table}` as 'index_schemes')
    .select(['id', 'valid_from', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Another version of the kind with this start date or this name, if any. */
export function clashing(
  db: Db,
  kind: Kind,
  { validFrom, name, except }: { validFrom: string; name: string; except?: string },
) {
  let q = db
    .selectFrom(`${KINDS[kind].table}` as 'index_schemes')
    .select(['id', 'valid_from', 'version_name'])
    .where((eb) => eb.or([eb('valid_from', '=', validFrom), eb('version_name', '=', name)]));
  if (except) q = q.where('id', '<>', except);
  return q.execute();
}

export interface VersionValues {
  name: string;
  validFrom: string;
  source: string;
  content: unknown;
}

export async function insertVersion(
  trx: Transaction<DB>,
  kind: Kind,
  values: VersionValues,
  by: string | null,
): Promise<string> {
  const row = await trx
    .insertInto(`${KINDS[kind].table}` as 'index_schemes')
    .values({
      version_name: values.name,
      valid_from: values.validFrom,
      source: values.source,
      [KINDS[kind].content]: JSON.stringify(values.content),
      created_by: by,
      updated_by: by,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the row if it still has `rowVersion`; false when someone changed it meanwhile. */
export async function updateVersion(
  trx: Transaction<DB>,
  kind: Kind,
  id: string,
  rowVersion: number,
  values: VersionValues,
  by: string | null,
): Promise<boolean> {
  const result = await trx
    .updateTable(`${KINDS[kind].table}` as 'index_schemes')
    .set((eb) => ({
      version_name: values.name,
      valid_from: values.validFrom,
      source: values.source,
      [KINDS[kind].content]: JSON.stringify(values.content),
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by: by,
    }))
    .where('id', '=', id)
    .where('version', '=', rowVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteVersion(
  trx: Transaction<DB>,
  kind: Kind,
  id: string,
  rowVersion: number,
): Promise<boolean> {
  const result = await trx
    .deleteFrom(`${KINDS[kind].table}` as 'index_schemes')
    .where('id', '=', id)
    .where('version', '=', rowVersion)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
