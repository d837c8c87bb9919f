import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import { localDate } from '../../../domain/calendar/local-date.js';
import { PREPARED } from '../../db/prepared-statements.js';
import { revisionCache } from '../../db/reference-revisions.js';
import type { DB, DossiersTable } from '../../db/schema.js';
import { nameInForce } from '../agencies/agencies.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface IntakeAgency {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
  parentKind: string | null;
  parentName: string | null;
  validTo: string | null;
}

/**
 * The organisation as intake and the forms need it, kept in memory until an agency changes
 * (reference revisions): a province has a few hundred agencies.
 */
const organisation = revisionCache('agencies', async (db) => {
  const [agencies, names] = await Promise.all([
    db
      .selectFrom('agencies')
      .select(['id', 'code', 'kind', 'path', 'parent_id', 'valid_to', 'name', 'admin_unit_code'])
      .execute(),
    db
      .selectFrom('agency_names')
      .select(['agency_id', 'valid_from', 'name'])
      .orderBy('valid_from')
      .execute(),
  ]);
  const namesOf = new Map<string, { validFrom: string; name: string }[]>();
  for (const n of names) {
    const list = namesOf.get(n.agency_id) ?? [];
    list.push({ validFrom: n.valid_from, name: n.name });
    namesOf.set(n.agency_id, list);
  }
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return {
    byId,
    byCode: new Map(agencies.map((a) => [a.code, a])),
    communeByUnit: new Map(
      agencies
        .filter((a) => a.kind === 'commune' && a.admin_unit_code && a.valid_to === null)
        .map((a) => [a.admin_unit_code as string, a]),
    ),
    namesOf,
  };
});

type Organisation = Awaited<ReturnType<typeof organisation>>;

/** The agencies inside any of these subtrees (from memory), for filters an index can serve. */
export async function agencyIdsWithin(db: Db, paths: readonly string[]): Promise<string[]> {
  const org = await organisation(db);
  return [...org.byId.values()]
    .filter((a) => paths.some((p) => a.path.startsWith(p)))
    .map((a) => a.id);
}
type AgencyRecord = Organisation['byId'] extends Map<string, infer A> ? A : never;

/** The agencies directly under one, in force on `day`, with their names then (from memory). */
export async function childAgencies(db: Db, parentId: string, day: string) {
  const org = await organisation(db);
  return [...org.byId.values()]
    .filter((a) => a.parent_id === parentId && (a.valid_to === null || a.valid_to > day))
    .map((a) => ({ id: a.id, kind: a.kind, path: a.path, name: nameOn(org, a, day) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The name in force on `day`: the latest renaming that took effect by then. */
function nameOn(org: Organisation, agency: AgencyRecord, day: string): string {
  const renamed = (org.namesOf.get(agency.id) ?? []).filter((n) => n.validFrom <= day).at(-1);
  return renamed?.name ?? agency.name;
}

function toIntakeAgency(
  org: Organisation,
  agency: AgencyRecord | undefined,
): IntakeAgency | undefined {
  if (!agency) return undefined;
  const day = localDate(new Date());
  const parent = agency.parent_id ? org.byId.get(agency.parent_id) : undefined;
  return {
    id: agency.id,
    code: agency.code,
    kind: agency.kind,
    path: agency.path,
    parentId: agency.parent_id,
    parentKind: parent?.kind ?? null,
    name: nameOn(org, agency, day),
    parentName: parent ? nameOn(org, parent, day) : null,
    validTo: agency.valid_to,
  };
}

export async function agencyById(db: Db, id: string): Promise<IntakeAgency | undefined> {
  const org = await organisation(db);
  return toIntakeAgency(org, org.byId.get(id));
}

export async function agencyByCode(db: Db, code: string): Promise<IntakeAgency | undefined> {
  const org = await organisation(db);
  return toIntakeAgency(org, org.byCode.get(code));
}

/** The People's Committee of the commune a unit code names, if it is in this province. */
export async function communeOfUnit(db: Db, unitCode: string): Promise<IntakeAgency | undefined> {
  const org = await organisation(db);
  return toIntakeAgency(org, org.communeByUnit.get(unitCode));
}

/** The applicant's columns of a dossier row: the whole record, and what lists and lookup read. */
export function applicantColumns(
  applicant:
    | { kind: 'citizen'; name: string; idNumber: string; phone?: string | undefined }
    | { kind: 'organisation'; name: string; taxCode: string; phone?: string | undefined },
  proxy: unknown,
) {
  return {
    applicant: JSON.stringify({ ...applicant, proxy: proxy ?? null }),
    applicant_name: applicant.name,
    applicant_id_number: applicant.kind === 'citizen' ? applicant.idNumber : applicant.taxCode,
    applicant_phone: applicant.phone ?? null,
  };
}

/** Columns that processing sets later; a new dossier leaves them to their defaults. */
export type ProcessingColumn =
  | 'handler_id'
  | 'step_index'
  | 'step_started_at'
  | 'step_due_at'
  | 'clock_started_at'
  | 'processing'
  | 'decided_at'
  | 'returned_at'
  | 'holding_agency_ids';

export type NewDossier = Omit<
  Insertable<DossiersTable>,
  // The timeline comes with the first change's record (dossier-record.ts).
  'id' | 'version' | 'created_at' | 'updated_at' | 'timeline' | ProcessingColumn
>;

export async function insertDossierFiles(
  trx: Transaction<DB>,
  dossierId: string,
  files: { componentIndex: number; position: number; sha256: string; name: string }[],
) {
  if (files.length === 0) return;
  await trx
    .insertInto('dossier_files')
    .values(
      files.map((f) => ({
        dossier_id: dossierId,
        component_index: f.componentIndex,
        position: f.position,
        sha256: f.sha256,
        name: f.name,
      })),
    )
    .execute();
}

export async function storedFiles(
  db: Db,
  hashes: string[],
): Promise<Map<string, { size: number; mediaType: string }>> {
  const rows = await db
    .selectFrom('stored_files')
    .select(['sha256', 'size', 'media_type'])
    .where('sha256', 'in', [...new Set(hashes)])
    .execute();
  return new Map(rows.map((r) => [r.sha256, { size: Number(r.size), mediaType: r.media_type }]));
}

/**
 * Every column of a dossier, named: the row read before each action is a prepared statement
 * (decision 0011), and a prepared `SELECT *` would break on the next migration that adds a column.
 * The test of the dossiers' columns checks this list against the table.
 */
export const DOSSIER_ROW = [
  'id',
  'code',
  'state',
  'national_status',
  'version',
  'channel',
  'return_channel',
  'procedure_version_id',
  'procedure_code',
  'procedure_name',
  'receiving_agency_id',
  'competent_agency_id',
  'applicant',
  'applicant_name',
  'applicant_id_number',
  'applicant_phone',
  'components',
  'process',
  'time_limit',
  'submitted_at',
  'received_at',
  'due_at',
  'transfer_due_at',
  'acceptance_due_at',
  'postal',
  'outcome',
  'external_system',
  'external_id',
  'external_code',
  'content_hash',
  'created_by',
  'created_at',
  'updated_at',
  'handler_id',
  'step_index',
  'step_started_at',
  'step_due_at',
  'clock_started_at',
  'processing',
  'decided_at',
  'returned_at',
  'holding_agency_ids',
  'timeline',
] as const satisfies readonly (keyof DossiersTable)[];

export function findDossier(db: Db, id: string) {
  return db
    .selectFrom('dossiers')
    .select(DOSSIER_ROW)
    .where('id', '=', id)
    .modifyEnd(PREPARED)
    .executeTakeFirst();
}

export function findDossierByExternal(db: Db, system: string, externalId: string) {
  return db
    .selectFrom('dossiers')
    .selectAll()
    .where('external_system', '=', system)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossier>>>;

export function eventsOf(db: Db, dossierId: string) {
  return db
    .selectFrom('dossier_events as e')
    .leftJoin('users as u', (join) =>
      join.on('e.actor_type', '=', 'user').on(sql`u.id::text`, '=', sql.ref('e.actor_id')),
    )
    .select([
      'e.at',
      'e.action',
      'e.from_state',
      'e.to_state',
      'e.national_status',
      'e.actor_type',
      'e.actor_id',
      'e.data',
      'u.full_name',
    ])
    .where('e.dossier_id', '=', dossierId)
    .orderBy('e.id')
    .execute();
}

/** Whether a correction with this content was already taken for the dossier. */
export async function resubmittedBefore(db: Db, dossierId: string, contentHash: string) {
  const row = await db
    .selectFrom('dossier_events')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('action', '=', 'resubmit')
    .where(sql`data->>'contentHash'`, '=', contentHash)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The position after the dossier's last scan: where scans sent later go. */
export async function nextFilePosition(db: Db, dossierId: string): Promise<number> {
  const row = await db
    .selectFrom('dossier_files')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('dossier_id', '=', dossierId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export function filesOf(db: Db, dossierId: string) {
  return db
    .selectFrom('dossier_files as f')
    .innerJoin('stored_files as s', 's.sha256', 'f.sha256')
    .select(['f.component_index', 'f.position', 'f.sha256', 'f.name', 's.size', 's.media_type'])
    .where('f.dossier_id', '=', dossierId)
    .orderBy('f.component_index')
    .orderBy('f.position')
    .execute();
}

type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];
type FileRow = Awaited<ReturnType<typeof filesOf>>[number];

/**
 * A dossier with what its page shows besides the row: the history (as `eventsOf`), the scans (as
 * `filesOf`) and the handler's name, in one round trip instead of four. The page is read again
 * after every action, so this is on the path of every transition.
 */
export async function findDossierWithHistory(db: Db, id: string) {
  const found = await db
    .selectFrom('dossiers as d')
    .selectAll('d')
    .select([
      sql<(Omit<EventRow, 'at'> & { at: string })[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'action', e.action, 'from_state', e.from_state, 'to_state', e.to_state,
          'national_status', e.national_status, 'actor_type', e.actor_type,
          'actor_id', e.actor_id, 'data', e.data, 'full_name', u.full_name) ORDER BY e.id), '[]')
        FROM dossier_events e
        -- A user's actor id is a uuid (a system's is a name): compared as one, users' key serves.
        LEFT JOIN users u
          ON u.id = CASE WHEN e.actor_type = 'user' THEN e.actor_id::uuid END
        WHERE e.dossier_id = d.id)`.as('history_json'),
      sql<FileRow[]>`(
        SELECT coalesce(json_agg(json_build_object(
          'component_index', f.component_index, 'position', f.position, 'sha256', f.sha256,
          'name', f.name, 'size', s.size, 'media_type', s.media_type)
          ORDER BY f.component_index, f.position), '[]')
        FROM dossier_files f JOIN stored_files s ON s.sha256 = f.sha256
        WHERE f.dossier_id = d.id)`.as('files_json'),
      sql<string | null>`(SELECT u.full_name FROM users u WHERE u.id = d.handler_id)`.as(
        'handler_name_json',
      ),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!found) return undefined;
  const { history_json, files_json, handler_name_json, ...row } = found;
  return {
    row: row as DossierRow,
    events: history_json.map((e): EventRow => ({ ...e, at: new Date(e.at) })),
    files: files_json,
    handlerName: handler_name_json,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user's name; actor ids of systems (not users) have none. */
export function userName(db: Db, id: string | null) {
  if (!id || !UUID.test(id)) return Promise.resolve(undefined);
  return db.selectFrom('users').select('full_name').where('id', '=', id).executeTakeFirst();
}

export interface ListFilter {
  scopes: string[];
  receivingAgencyId?: string | undefined;
  fromInstant: Date;
  toInstant: Date;
  state?: string | undefined;
  channel?: string | undefined;
  q?: string | undefined;
  limit: number;
  after?: { submittedAt: Date; id: string } | undefined;
}

/** Newest first, keyset-paged on (submitted_at, id); only dossiers received within the scopes. */
export function listDossiers(db: Db, f: ListFilter) {
  let query = db
    .selectFrom('dossiers as d')
    .innerJoin('agencies as r', 'r.id', 'd.receiving_agency_id')
    .innerJoin('agencies as c', 'c.id', 'd.competent_agency_id')
    .select([
      'd.id',
      'd.code',
      'd.state',
      'd.national_status',
      'd.channel',
      'd.return_channel',
      'd.procedure_code',
      'd.procedure_name',
      'd.applicant_name',
      'd.applicant',
      'd.applicant_phone',
      'd.submitted_at',
      'd.received_at',
      'd.due_at',
      'd.acceptance_due_at',
      'd.returned_at',
      'd.outcome',
      nameInForce('r', localDate(new Date())).as('receiving_name'),
      nameInForce('c', localDate(new Date())).as('competent_name'),
    ])
    .where('d.submitted_at', '>=', f.fromInstant)
    .where('d.submitted_at', '<', f.toInstant)
    .where((eb) => eb.or(f.scopes.map((s) => eb(sql`starts_with(r.path, ${s})`, '=', true))));
  if (f.receivingAgencyId) query = query.where('d.receiving_agency_id', '=', f.receivingAgencyId);
  if (f.state) query = query.where('d.state', '=', f.state);
  if (f.channel) query = query.where('d.channel', '=', f.channel);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        eb('d.code', '=', q),
        eb('d.external_code', '=', q),
        eb('d.applicant_id_number', '=', q),
        eb('d.applicant_name', 'ilike', `%${q.replace(/[\\%_]/g, '\\$&')}%`),
      ]),
    );
  }
  if (f.after) {
    const after = f.after;
    query = query.where((eb) =>
      eb.or([
        eb('d.submitted_at', '<', after.submittedAt),
        eb.and([eb('d.submitted_at', '=', after.submittedAt), eb('d.id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('d.submitted_at', 'desc').orderBy('d.id', 'desc').limit(f.limit).execute();
}

export interface LookupRow {
  code: string | null;
  external_code: string | null;
  state: string;
  national_status: number;
  procedure_name: string;
  applicant_id_number: string | null;
  applicant_phone: string | null;
  received_at: Date | null;
  clock_started_at: Date | null;
  /** While the applicant is awaited: when the clock stopped (epoch ms). */
  paused_at: number | null;
  due_at: Date | null;
}

/**
 * The one query of the public lookup: by the dossier code, else by the code DVCQG gave it. The
 * second branch runs only when the first finds nothing (LIMIT 1 over UNION ALL), so the usual
 * lookup is a single index probe. Written as SQL: it is the busiest public query.
 */
const LOOKUP_COLUMNS = sql.raw(`code, external_code, state, national_status, procedure_name,
  applicant_id_number, applicant_phone, received_at, clock_started_at, due_at,
  CASE WHEN state = 'awaiting_supplement'
    THEN (processing->'supplement'->>'requestedAt')::bigint END AS paused_at`);

export async function lookupRow(db: Db, code: string): Promise<LookupRow | undefined> {
  const result = await sql<LookupRow>`
    (SELECT ${LOOKUP_COLUMNS} FROM dossiers WHERE code = ${code})
    UNION ALL
    (SELECT ${LOOKUP_COLUMNS} FROM dossiers WHERE external_code = ${code})
    LIMIT 1 ${PREPARED}`.execute(db);
  return result.rows[0];
}

/**
 * The optimistic write of a transition: only if nobody changed the dossier since `version` was
 * read. Returns false when somebody did.
 */
export async function updateDossierState(
  trx: Transaction<DB>,
  id: string,
  version: number,
  changes: Partial<Record<keyof DossiersTable, unknown>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('dossiers')
    .set({ ...(changes as object), version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    // On the path of every transition; its text varies only with the columns a change sets.
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Dossiers waiting for a supplement whose 15 days are over (index dossiers_supplement_closes). */
export async function dossiersPastSupplementTime(db: Db, now: Date, limit: number) {
  const { rows } = await sql<{ id: string; version: number }>`
    SELECT id, version FROM dossiers
    WHERE state = 'awaiting_supplement'
      AND ((processing->'supplement'->>'closesAt')::bigint) <= ${now.getTime()}
    ORDER BY ((processing->'supplement'->>'closesAt')::bigint), id
    LIMIT ${limit}`.execute(db);
  return rows;
}
