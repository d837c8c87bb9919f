import { type Kysely, sql, type Transaction } from 'kysely';
import type { InterAgencyPlan } from '../../../domain/dossier/inter-agency.js';
import type { DB } from '../../db/schema.js';
import { INTERRUPTED_RUN, STALE_RUN_MS } from './dossier-import.contract.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Today's agencies by their own code, and the old identifiers the agency map turns into them. */
export async function agencyCodes(db: Db): Promise<Map<string, string>> {
  const { rows } = await sql<{ code: string; id: string }>`
    SELECT code, id, 0 AS mapped FROM agencies WHERE valid_to IS NULL
    UNION ALL
    SELECT old_code, agency_id, 1 FROM agency_import_map
    ORDER BY mapped`.execute(db);
  // An old identifier mapped explicitly wins over an agency that happens to have that code.
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Replaces or adds entries of the agency map; returns the old codes whose agency is unknown. */
export async function saveAgencyMap(
  db: Db,
  entries: { oldCode: string; agencyCode: string; note: string | null }[],
  by: string,
): Promise<string[]> {
  if (entries.length === 0) return [];
  const json = JSON.stringify(entries);
  const { rows } = await sql<{ old_code: string }>`
    WITH x AS (SELECT * FROM jsonb_to_recordset(${json}::jsonb)
        AS x("oldCode" text, "agencyCode" text, note text)),
      saved AS (INSERT INTO agency_import_map AS m (old_code, agency_id, note, updated_by)
        SELECT x."oldCode", a.id, x.note, ${by} FROM x
        JOIN agencies a ON a.code = x."agencyCode" AND a.valid_to IS NULL
        ON CONFLICT (old_code) DO UPDATE SET agency_id = EXCLUDED.agency_id,
          note = EXCLUDED.note, updated_at = now(), updated_by = EXCLUDED.updated_by
        RETURNING old_code)
    SELECT x."oldCode" AS old_code FROM x
    WHERE NOT EXISTS (SELECT 1 FROM agencies a WHERE a.code = x."agencyCode" AND a.valid_to IS NULL)`.execute(
    db,
  );
  return rows.map((r) => r.old_code);
}

export async function agencyMap(db: Db) {
  return db
    .selectFrom('agency_import_map as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select([
      'm.old_code',
      'a.code as agency_code',
      'a.name as agency_name',
      'm.note',
      'm.updated_at',
    ])
    .orderBy('m.old_code')
    .execute();
}

/** Every published (or past) version of every procedure, with its processes. */
export async function procedureVersions(db: Db) {
  const { rows } = await sql<{
    id: string;
    national_code: string;
    version_no: number;
    valid_from: string | null;
    valid_to: string | null;
    name: string;
    content: {
      components: { name: string; mandatory: boolean; originals: number; copies: number }[];
      ways: { channel: string; timeLimit: unknown }[];
      interAgency?: InterAgencyPlan | null;
    };
    processes: { agencyId: string | null; steps: unknown[] }[];
  }>`
    SELECT v.id, p.national_code, v.version_no, v.valid_from::text, v.valid_to::text, v.name,
      v.content,
      coalesce((SELECT json_agg(json_build_object('agencyId', pp.agency_id, 'steps', pp.steps))
        FROM procedure_processes pp WHERE pp.procedure_version_id = v.id), '[]') AS processes
    FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id
    WHERE v.state <> 'draft'
    ORDER BY p.national_code, v.version_no`.execute(db);
  return rows;
}
export type ProcedureVersionRow = Awaited<ReturnType<typeof procedureVersions>>[number];

/** Dossiers already holding any of these codes: an earlier import of the same line, or another. */
export async function dossiersWithCodes(db: Db, codes: string[]) {
  const { rows } = await sql<{
    code: string;
    external_system: string | null;
    external_id: string | null;
    content_hash: string | null;
  }>`
    SELECT code, external_system, external_id, content_hash FROM dossiers
    WHERE code = ANY(${sql.val(codes)}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.code, r]));
}

export interface RunCounts {
  bytesRead: number;
  lines: number;
  imported: number;
  unchanged: number;
  rejected: number;
}

export async function startRun(
  db: Db,
  run: { fileName: string; startedBy: string | null; bytesTotal: number | null },
) {
  return db
    .insertInto('dossier_import_runs')
    .values({ file_name: run.fileName, started_by: run.startedBy, bytes_total: run.bytesTotal })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The size of a run's file, once its upload is stored. */
export async function setRunSize(db: Db, runId: string, bytes: number) {
  await db
    .updateTable('dossier_import_runs')
    .set({ bytes_total: bytes, updated_at: new Date() })
    .where('id', '=', runId)
    .execute();
}

/** Adds a batch's counts to its run, in the batch's transaction. */
export async function countIntoRun(trx: Db, runId: string, add: RunCounts) {
  await sql`
    UPDATE dossier_import_runs SET bytes_read = greatest(bytes_read, ${add.bytesRead}),
      lines = greatest(lines, ${add.lines}), imported = imported + ${add.imported},
      unchanged = unchanged + ${add.unchanged}, rejected = rejected + ${add.rejected},
      updated_at = now()
    WHERE id = ${runId}`.execute(trx);
}

export async function finishRun(
  db: Db,
  runId: string,
  end: { state: 'done' | 'failed' | 'interrupted'; error?: string | null; truncated?: boolean },
) {
  await db
    .updateTable('dossier_import_runs')
    .set({
      state: end.state,
      error: end.error ?? null,
      truncated: end.truncated ?? false,
      finished_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', runId)
    .execute();
}

/**
 * Runs left running by a process that stopped (a server, a command line, this one or another):
 * they end as interrupted. A live run moves its row with every batch and, while its upload
 * arrives, every minute (touchRun); only one that has not moved for `staleMs` is taken, so an
 * import running in another process is left alone. At start and with the minute's sweeps.
 * Returns how many were marked.
 */
export async function interruptRunningRuns(db: Db, staleMs = STALE_RUN_MS): Promise<number> {
  const result = await db
    .updateTable('dossier_import_runs')
    .set({
      state: 'interrupted',
      finished_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
      error: INTERRUPTED_RUN,
    })
    .where('state', '=', 'running')
    // The database's clock, as the batches' own (countIntoRun) and the other instances' see it.
    .where('updated_at', '<', sql<Date>`now() - make_interval(secs => ${staleMs / 1000}::float8)`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertRejects(
  trx: Db,
  runId: string,
  rejects: { line: number; problems: unknown; text: string }[],
) {
  if (rejects.length === 0) return;
  await sql`
    INSERT INTO dossier_import_rejects (run_id, line, problems, text)
    SELECT ${runId}::uuid, x.line, x.problems, x.text
    FROM jsonb_to_recordset(${JSON.stringify(rejects)}::jsonb) AS x(line int, problems jsonb, text text)
    ON CONFLICT DO NOTHING`.execute(trx);
}

export async function runById(db: Db, id: string) {
  return db.selectFrom('dossier_import_runs').selectAll().where('id', '=', id).executeTakeFirst();
}
export type RunRow = NonNullable<Awaited<ReturnType<typeof runById>>>;

export async function recentRuns(db: Db, limit: number) {
  return db
    .selectFrom('dossier_import_runs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
}

export async function rejectsOf(db: Db, runId: string, afterLine: number, limit: number) {
  return db
    .selectFrom('dossier_import_rejects')
    .select(['line', 'problems', 'text'])
    .where('run_id', '=', runId)
    .where('line', '>', afterLine)
    .orderBy('line')
    .limit(limit)
    .execute();
}

/** The run's heartbeat while no batch is written (its upload arriving): it is still alive. */
export async function touchRun(db: Db, runId: string) {
  await db
    .updateTable('dossier_import_runs')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', runId)
    .where('state', '=', 'running')
    .execute();
}
