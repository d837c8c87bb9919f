import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { providedChecklist } from '../features/dossiers/dossier-batch.queries.js';

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
    components: providedChecklist(r.content.components),
    time_limit: (r.content.ways.find((w) => w.channel === 'counter') ?? r.content.ways[0])
      ?.timeLimit,
  }));
}
export type ProcedureInForce = Awaited<ReturnType<typeof syntheticProcedures>>[number];

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
