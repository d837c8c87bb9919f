import { type Kysely, sql, type Transaction } from 'kysely';
import { groupCommit } from '../../db/group-commit.js';
import { PREPARED } from '../../db/prepared-statements.js';
import { cacheKeyOf } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { TRANSITION_COLUMNS, TRANSITION_WRITES, type TransitionRecord } from './dossier-record.js';
import type { NewDossier } from './dossiers.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

/** One intake to write: the dossier (its id chosen here), its number, scans and first change. */
export interface IntakeWrite {
  id: string;
  row: Omit<NewDossier, 'code'>;
  /** The day's number at the receiving counter, for a received dossier; none otherwise. */
  sequence: { agencyId: string; day: string; pattern: string; width: number } | null;
  files: { componentIndex: number; position: number; sha256: string; name: string }[];
  transition: TransitionRecord;
}

/** Every column an intake writes, with its type as SQL reads it from the group's JSON. */
export const DOSSIER_COLUMNS = {
  state: 'text',
  national_status: 'smallint',
  channel: 'text',
  return_channel: 'text',
  procedure_version_id: 'uuid',
  procedure_code: 'text',
  procedure_name: 'text',
  receiving_agency_id: 'uuid',
  competent_agency_id: 'uuid',
  applicant: 'jsonb',
  applicant_name: 'text',
  applicant_id_number: 'text',
  applicant_phone: 'text',
  components: 'jsonb',
  process: 'jsonb',
  time_limit: 'jsonb',
  submitted_at: 'timestamptz',
  received_at: 'timestamptz',
  due_at: 'timestamptz',
  transfer_due_at: 'timestamptz',
  acceptance_due_at: 'timestamptz',
  postal: 'jsonb',
  outcome: 'jsonb',
  external_system: 'text',
  external_id: 'text',
  external_code: 'text',
  content_hash: 'text',
  created_by: 'text',
} as const satisfies Record<keyof IntakeWrite['row'], string>;

const COLUMNS = Object.keys(DOSSIER_COLUMNS) as (keyof typeof DOSSIER_COLUMNS)[];
const RECORD_COLUMNS = sql.raw(
  COLUMNS.map((c) => `${c} ${DOSSIER_COLUMNS[c]}`).join(', ') +
    ', i int, id uuid, seq_agency uuid, seq_day date, pattern text, width int, files jsonb, transition jsonb',
);
const COLUMN_LIST = sql.raw(COLUMNS.join(', '));
const X_COLUMN_LIST = sql.raw(COLUMNS.map((c) => `x.${c}`).join(', '));

/**
 * The group as one JSON array. jsonb columns arrive already serialised (NewDossier holds their
 * text), so they are spliced in as they are instead of being parsed and serialised again.
 */
function groupJson(items: IntakeWrite[]): string {
  return `[${items
    .map((item, i) => {
      const fields = COLUMNS.map((c) => {
        const value = item.row[c] as unknown;
        const text =
          value === null || value === undefined
            ? 'null'
            : DOSSIER_COLUMNS[c] === 'jsonb'
              ? (value as string)
              : JSON.stringify(value);
        return `"${c}":${text}`;
      });
      const files = item.files.map((f) => ({
        c: f.componentIndex,
        p: f.position,
        h: f.sha256,
        n: f.name,
      }));
      return `{${fields.join(',')},"i":${i},"id":${JSON.stringify(item.id)},"seq_agency":${JSON.stringify(
        item.sequence?.agencyId ?? null,
      )},"seq_day":${JSON.stringify(item.sequence?.day ?? null)},"pattern":${JSON.stringify(
        item.sequence?.pattern ?? null,
      )},"width":${item.sequence?.width ?? 'null'},"files":${JSON.stringify(files)},"transition":${JSON.stringify(item.transition)}}`;
    })
    .join(',')}]`;
}

/**
 * Intakes in one statement, atomic on its own: each counter's numbers for the day (taken for the
 * whole group at once, counters locked in one order so that groups never deadlock), the
 * dossiers, their scans, and the writes of their first transition. A received dossier whose
 * number no longer fits the template gets no code, and the check on dossiers refuses the whole
 * statement: numbers are only ever taken together with the dossiers that carry them.
 */
export async function writeIntakes(
  db: Db,
  items: IntakeWrite[],
): Promise<{ id: string; code: string | null }[]> {
  const { rows } = await sql<{ id: string; code: string | null }>`
    WITH x AS (SELECT * FROM jsonb_to_recordset(${groupJson(items)}::jsonb) AS x(${RECORD_COLUMNS})),
    s AS (INSERT INTO dossier_code_sequences (agency_id, day, last_value)
      SELECT seq_agency, seq_day, count(*) FROM x WHERE seq_agency IS NOT NULL
      GROUP BY seq_agency, seq_day ORDER BY seq_agency, seq_day
      ON CONFLICT (agency_id, day)
        DO UPDATE SET last_value = dossier_code_sequences.last_value + EXCLUDED.last_value
      RETURNING agency_id, day, last_value),
    n AS (SELECT x.id, s.last_value - count(*) OVER w + row_number() OVER (w ORDER BY x.i) AS seq
      FROM x LEFT JOIN s ON s.agency_id = x.seq_agency AND s.day = x.seq_day
      WINDOW w AS (PARTITION BY x.seq_agency, x.seq_day)),
    d AS (INSERT INTO dossiers (id, code, timeline, ${COLUMN_LIST})
      SELECT x.id, CASE WHEN length(n.seq::text) <= x.width
          THEN replace(x.pattern, '{seq}', lpad(n.seq::text, x.width, '0')) END,
        x.transition->'timeline', ${X_COLUMN_LIST}
      FROM x JOIN n ON n.id = x.id ORDER BY x.i
      RETURNING id, code),
    f AS (INSERT INTO dossier_files (dossier_id, component_index, position, sha256, name)
      SELECT x.id, f.c, f.p, f.h, f.n
      FROM x JOIN d ON d.id = x.id, jsonb_to_recordset(x.files) AS f(c int, p int, h text, n text)),
    t AS (SELECT d.id AS dossier_id, d.code, r.*
      FROM x JOIN d ON d.id = x.id, jsonb_to_record(x.transition) AS r(${TRANSITION_COLUMNS})),
    ${TRANSITION_WRITES}
    SELECT d.id, d.code FROM d ${PREPARED}`.execute(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map((item) => {
    const written = byId.get(item.id);
    if (!written) throw new Error(`intake ${item.id} was not written`);
    return written;
  });
}

/**
 * Busy counters of the whole province share a few groups instead of a statement each. Two groups
 * on their way at once keep the database busy while the next group gathers.
 */
const writers = new WeakMap<
  object,
  (item: IntakeWrite) => Promise<{ id: string; code: string | null }>
>();

/** Writes one intake: grouped with others arriving meanwhile, or alone inside a transaction. */
export function writeIntake(db: Db, item: IntakeWrite) {
  if (db.isTransaction) return writeIntakes(db, [item]).then(([w]) => w as NonNullable<typeof w>);
  const key = cacheKeyOf(db);
  let writer = writers.get(key);
  if (!writer) {
    writer = groupCommit((items: IntakeWrite[]) => writeIntakes(db, items), {
      maxInFlight: 2,
      maxGroup: 100,
    });
    writers.set(key, writer);
  }
  return writer(item);
}
