import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { provincePath } from '../agencies/agencies.queries.js';
import { interruptRunningRuns } from '../dossier-import/dossier-import.queries.js';
import { totalPastDays } from '../indicators/indicators.service.js';
import { warnOfDeadlines } from './dossier-alerts.js';
import { act } from './dossier-processing.service.js';
import { dossiersPastSupplementTime } from './dossiers.queries.js';

/**
 * The system's own actions on dossiers whose time ran out (issue "Dossier processing" §9). Each
 * sweep is idempotent and safe with several instances: it goes through the same guarded action as
 * an officer, with the version it read, so a dossier another instance (or an officer) changed in
 * the meantime is skipped with a 409, and a dossier already closed is no longer selected.
 */
const SWEEPER_ID = 'sweeper';

async function sweeper(db: Kysely<DB>): Promise<Actor> {
  return {
    kind: 'system',
    id: SWEEPER_ID,
    scopes: ['dossier.receive'],
    agencyPath: await provincePath(db),
  };
}

/**
 * Dossiers whose applicant did not supplement within the 15 days: closed (Form 05). One dossier
 * that cannot be closed is reported and skipped, so it never holds the others back.
 */
export async function closeUnsupplemented(
  db: Kysely<DB>,
  now = new Date(),
  onError: (error: unknown, dossierId: string) => void = () => {},
  batch = 200,
) {
  const due = await dossiersPastSupplementTime(db, now, batch);
  if (due.length === 0) return 0;
  const actor = await sweeper(db);
  let closed = 0;
  for (const d of due) {
    try {
      await act(db, actor, d.id, { action: 'close_unsupplemented', version: d.version }, now);
      closed += 1;
    } catch (error) {
      // Someone else got there first, or the applicant answered meanwhile: nothing to report.
      if (!(error instanceof AppError && error.status === 409)) onError(error, d.id);
    }
  }
  return closed;
}

/**
 * Every sweep once: closes what ran out, warns of what is running out, totals the past days, ends
 * the imports left running by a process that stopped.
 */
export async function sweepOnce(
  db: Kysely<DB>,
  now: Date,
  onError: (error: unknown, dossierId?: string) => void,
) {
  const closed = await closeUnsupplemented(db, now, onError);
  const warned = await warnOfDeadlines(db, now);
  // The service index's totals of the days gone by (a no-op but once a day).
  const totalled = await totalPastDays(db, now);
  // Imports whose process died (no batch, no heartbeat for 5 minutes), whoever ran them.
  const interrupted = await interruptRunningRuns(db);
  return { closed, warned, totalled, interrupted };
}

/** Runs the sweeps every minute for as long as the app runs. */
export function startDossierSweeps(
  db: Kysely<DB>,
  onError: (error: unknown) => void,
  everyMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    // A slow run is not overtaken by the next tick.
    if (running) return;
    running = sweepOnce(db, new Date(), onError)
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
