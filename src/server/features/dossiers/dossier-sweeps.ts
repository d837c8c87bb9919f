import { type Kysely, sql } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { act } from './dossier-processing.service.js';

/**
 * The system's own actions on dossiers whose time ran out (issue "Dossier processing" §9). Each
 * sweep is idempotent and safe with several instances: it goes through the same guarded action as
 * an officer, with the version it read, so a dossier another instance (or an officer) changed in
 * the meantime is skipped with a 409, and a dossier already closed is no longer selected.
 */
const SWEEPER_ID = 'sweeper';

async function sweeper(db: Kysely<DB>): Promise<Actor> {
  const root = await db
    .selectFrom('agencies')
    .select('path')
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  return { kind: 'system', id: SWEEPER_ID, scopes: ['dossier.receive'], agencyPath: root.path };
}

/** Dossiers whose applicant did not supplement within the 15 days: closed (Form 05). */
export async function closeUnsupplemented(db: Kysely<DB>, now = new Date(), batch = 200) {
  const due = await sql<{ id: string; version: number }>`
    SELECT id, version FROM dossiers
    WHERE state = 'awaiting_supplement'
      AND (processing->'supplement'->>'closesAt')::bigint <= ${now.getTime()}
    ORDER BY id LIMIT ${batch}`.execute(db);
  if (due.rows.length === 0) return 0;
  const actor = await sweeper(db);
  let closed = 0;
  for (const d of due.rows) {
    try {
      await act(db, actor, d.id, { action: 'close_unsupplemented', version: d.version }, now);
      closed += 1;
    } catch (error) {
      // Someone else got there first, or the applicant answered meanwhile.
      if (error instanceof AppError && error.status === 409) continue;
      throw error;
    }
  }
  return closed;
}

/** Runs the sweeps every minute for as long as the app runs. */
export function startDossierSweeps(
  db: Kysely<DB>,
  onError: (error: unknown) => void,
  everyMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = closeUnsupplemented(db).catch(onError);
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
