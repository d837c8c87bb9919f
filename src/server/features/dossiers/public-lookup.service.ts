import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { CURRENT_STEP_OF, percentUsed, STAGE_OF } from '../../../domain/dossier/progress.js';
import { type DossierState, NATIONAL_STATUS } from '../../../domain/dossier/states.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import type { PublicDossier } from './dossiers.contract.js';
import { lookupRow } from './dossiers.queries.js';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const digits = (s: string) => s.replace(/\D/g, '').replace(/^84/, '0');

/**
 * Wrong proofs per code, per instance: after a few, no proof is checked for that code for a
 * while, so nobody can try phone numbers against a dossier to learn whose it is.
 */
const WRONG_PROOFS_ALLOWED = 5;
const WRONG_PROOFS_WINDOW_MS = 3_600_000;
const wrongProofs = new Map<string, { count: number; since: number }>();

function proofsBlocked(code: string, now: number): boolean {
  const entry = wrongProofs.get(code);
  if (!entry) return false;
  if (now - entry.since > WRONG_PROOFS_WINDOW_MS) {
    wrongProofs.delete(code);
    return false;
  }
  return entry.count >= WRONG_PROOFS_ALLOWED;
}

function countWrongProof(code: string, now: number) {
  if (wrongProofs.size > 100_000) wrongProofs.clear();
  const entry = wrongProofs.get(code);
  if (entry && now - entry.since <= WRONG_PROOFS_WINDOW_MS) entry.count += 1;
  else wrongProofs.set(code, { count: 1, since: now });
}

/**
 * What anyone with the code may see: the procedure, the status and how far along. Who applied,
 * the steps and the dates only for whoever also gives the applicant's ID number or phone. An
 * unknown code and a wrong number are answered like any other miss, so walking through codes
 * tells nothing more than the status of a dossier.
 */
export async function lookup(
  db: Kysely<DB>,
  code: string,
  proof: { idNumber?: string | undefined; phone?: string | undefined },
  now = new Date(),
): Promise<z.infer<typeof PublicDossier>> {
  const row = await lookupRow(db, code);
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy hồ sơ có mã này' });
  const state = row.state as DossierState;
  const offered = proof.idNumber !== undefined || proof.phone !== undefined;
  const blocked = offered && proofsBlocked(code, now.getTime());
  const verified =
    !blocked &&
    ((proof.idNumber !== undefined &&
      row.applicant_id_number !== null &&
      same(proof.idNumber.trim(), row.applicant_id_number)) ||
      (proof.phone !== undefined &&
        row.applicant_phone !== null &&
        digits(proof.phone).length >= 9 &&
        same(digits(proof.phone), digits(row.applicant_phone))));
  if (offered && !verified && !blocked) countWrongProof(code, now.getTime());
  return {
    code: row.code ?? row.external_code ?? code,
    procedureName: row.procedure_name,
    nationalStatus: row.national_status,
    status: NATIONAL_STATUS[row.national_status as keyof typeof NATIONAL_STATUS],
    progress: {
      stage: STAGE_OF[state],
      percent: percentUsed(
        await currentCalendar(db),
        {
          start: (row.clock_started_at ?? row.received_at)?.getTime() ?? null,
          due: row.due_at?.getTime() ?? null,
          pausedAt: row.paused_at === null ? null : Number(row.paused_at),
        },
        now.getTime(),
      ),
    },
    verified,
    currentStep: verified ? CURRENT_STEP_OF[state] : null,
    dueAt: verified && row.due_at ? row.due_at.toISOString() : null,
    receivedAt: verified && row.received_at ? row.received_at.toISOString() : null,
  };
}
