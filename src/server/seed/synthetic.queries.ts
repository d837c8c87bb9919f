import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Agencies that decide dossiers (communes and departments) with the counter that receives them. */
export async function syntheticPlaces(db: Db) {
  const { rows } = await sql<{
    id: string;
    kind: string;
    admin_unit_code: string | null;
    centre_id: string;
    centre_code: string;
  }>`
    SELECT a.id, a.kind, a.admin_unit_code,
      coalesce(c.id, p.id) AS centre_id, coalesce(c.code, p.code) AS centre_code
    FROM agencies a
    LEFT JOIN agencies c ON c.parent_id = a.id AND c.kind = 'service_centre'
    -- The province's centre receives for the departments.
    CROSS JOIN (SELECT id, code FROM agencies WHERE kind = 'service_centre'
      AND parent_id IN (SELECT id FROM agencies WHERE kind = 'department')
      ORDER BY code LIMIT 1) p
    WHERE a.kind IN ('commune', 'department') AND a.valid_to IS NULL
    ORDER BY a.code`.execute(db);
  return rows;
}

/**
 * One officer per agency to hold its synthetic dossiers: a specialist of the agency if it has
 * one (the demo accounts), else a new account that cannot sign in (no usable password) for an
 * administrator to deactivate or replace.
 */
export async function syntheticHandlers(db: Db, agencyIds: string[]): Promise<Map<string, string>> {
  await sql`
    WITH missing AS (
      SELECT a.id, a.code, a.short_name FROM agencies a
      WHERE a.id = ANY(${sql.val(agencyIds)}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM role_grants g JOIN users u ON u.id = g.user_id
          WHERE g.agency_id = a.id AND g.role = 'specialist' AND u.active)),
    u AS (INSERT INTO users (username, full_name, agency_id, password_hash)
      SELECT 'dulieumau.' || m.code, 'Cán bộ xử lý (dữ liệu mẫu) ' || m.short_name, m.id, '!'
      FROM missing m RETURNING id, agency_id)
    INSERT INTO role_grants (user_id, role, agency_id) SELECT id, 'specialist', agency_id FROM u`.execute(
    db,
  );
  const { rows } = await sql<{ agency_id: string; user_id: string }>`
    SELECT DISTINCT ON (g.agency_id) g.agency_id, g.user_id FROM role_grants g
    JOIN users u ON u.id = g.user_id
    WHERE g.agency_id = ANY(${sql.val(agencyIds)}::uuid[]) AND g.role = 'specialist' AND u.active
      OR g.agency_id = ANY(${sql.val(agencyIds)}::uuid[]) AND g.role = 'specialist'
        AND u.username LIKE 'dulieumau.%'
    ORDER BY g.agency_id, u.active DESC, u.username`.execute(db);
  return new Map(rows.map((r) => [r.agency_id, r.user_id]));
}

/** The procedures in force on a day, with what a dossier copies of them at intake. */
export async function syntheticProcedures(db: Db, day: string) {
  const { rows } = await sql<{
    id: string;
    national_code: string;
    name: string;
    level: string;
    competent_agency_id: string | null;
    content: {
      components: { name: string; mandatory: boolean; originals: number; copies: number }[];
      ways: { channel: string; timeLimit: unknown }[];
    };
    processes: { agencyId: string | null; steps: unknown[] }[];
  }>`
    SELECT DISTINCT ON (p.id) v.id, p.national_code, v.name, v.level, v.competent_agency_id,
      v.content,
      coalesce((SELECT json_agg(json_build_object('agencyId', pp.agency_id, 'steps', pp.steps))
        FROM procedure_processes pp WHERE pp.procedure_version_id = v.id), '[]') AS processes
    FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id
    WHERE v.state <> 'draft' AND v.valid_from <= ${day}::date
      AND (v.valid_to IS NULL OR v.valid_to >= ${day}::date)
    ORDER BY p.id, v.version_no DESC`.execute(db);
  return rows.map((r) => ({
    ...r,
    components: r.content.components.map((c, index) => ({
      index,
      name: c.name,
      mandatory: c.mandatory,
      provided: true,
      originals: c.originals,
      copies: c.copies,
      files: [],
      note: null,
    })),
    time_limit: (r.content.ways.find((w) => w.channel === 'counter') ?? r.content.ways[0])
      ?.timeLimit,
  }));
}
export type ProcedureInForce = Awaited<ReturnType<typeof syntheticProcedures>>[number];

const DOSSIER_RECORD = sql.raw(`id uuid, code text, procedure int, state text,
  national_status smallint, version int, channel text, return_channel text,
  receiving_agency_id uuid, competent_agency_id uuid, applicant jsonb, applicant_name text,
  applicant_id_number text, applicant_phone text, process jsonb, submitted_at timestamptz,
  received_at timestamptz, due_at timestamptz, handler_id uuid, step_index smallint,
  step_started_at timestamptz, step_due_at timestamptz, clock_started_at timestamptz,
  processing jsonb, decided_at timestamptz, returned_at timestamptz, updated_at timestamptz,
  timeline jsonb`);

/**
 * A batch of synthetic dossiers and their histories; each dossier names its procedure by its
 * index into `templates` (what every dossier of a procedure copies: version, name, checklist,
 * time limit), so the batch's JSON carries only what differs.
 */
export async function insertSyntheticBatch(
  trx: Transaction<DB>,
  dossiers: object[],
  history: object[],
  templates: object[],
) {
  await sql`
    INSERT INTO dossiers (id, code, state, national_status, version, channel, return_channel,
      procedure_version_id, procedure_code, procedure_name, receiving_agency_id,
      competent_agency_id, applicant, applicant_name, applicant_id_number, applicant_phone,
      components, process, time_limit, submitted_at, received_at, due_at, created_by, created_at,
      updated_at, handler_id, step_index, step_started_at, step_due_at, clock_started_at,
      processing, decided_at, returned_at, timeline)
    SELECT x.id, x.code, x.state, x.national_status, x.version, x.channel, x.return_channel,
      (t->>'versionId')::uuid, t->>'code', t->>'name', x.receiving_agency_id,
      x.competent_agency_id, x.applicant, x.applicant_name, x.applicant_id_number,
      x.applicant_phone, t->'components', x.process, t->'timeLimit', x.submitted_at,
      x.received_at, x.due_at, 'seed-synthetic', x.submitted_at, x.updated_at, x.handler_id,
      x.step_index, x.step_started_at, x.step_due_at, x.clock_started_at, x.processing,
      x.decided_at, x.returned_at, x.timeline
    FROM jsonb_to_recordset(${JSON.stringify(dossiers)}::jsonb) AS x(${DOSSIER_RECORD}),
      LATERAL (SELECT (${JSON.stringify(templates)}::jsonb) -> x.procedure AS t) tpl`.execute(trx);
  await sql`
    INSERT INTO dossier_events (dossier_id, at, action, from_state, to_state, national_status,
      actor_type, actor_id, data)
    SELECT x.dossier_id, x.at, x.action, x.from_state, x.to_state, x.national_status, 'system',
      'seed-synthetic', x.data
    FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS x(dossier_id uuid,
      at timestamptz, action text, from_state text, to_state text, national_status smallint,
      data jsonb)
    ORDER BY x.dossier_id, x.at`.execute(trx);
}

/** The counters' daily sequences from a day on (dossier codes), keyed `${agencyId} ${day}`. */
export async function codeSequencesSince(db: Db, day: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('dossier_code_sequences')
    .select(['agency_id', sql<string>`day::text`.as('day'), 'last_value'])
    .where('day', '>=', day)
    .execute();
  return new Map(rows.map((r) => [`${r.agency_id} ${r.day}`, Number(r.last_value)]));
}

/** Moves the daily sequences past the numbers the synthetic dossiers took. */
export async function advanceCodeSequences(db: Db, sequences: Map<string, number>) {
  const rows = [...sequences].map(([key, last]) => {
    const [agency_id, day] = key.split(' ');
    return { agency_id, day, last_value: last };
  });
  for (let i = 0; i < rows.length; i += 5_000)
    await sql`
      INSERT INTO dossier_code_sequences AS s (agency_id, day, last_value)
      SELECT x.agency_id, x.day, x.last_value
      FROM jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5_000))}::jsonb)
        AS x(agency_id uuid, day date, last_value int)
      ON CONFLICT (agency_id, day) DO UPDATE
        SET last_value = greatest(s.last_value, EXCLUDED.last_value)`.execute(db);
}
