import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { requireScopes } from '../auth/authorize.js';
import { localRange } from './dossier-forms.service.js';
import type { DossierList, ListQuery } from './dossiers.contract.js';
import { listDossiers } from './dossiers.queries.js';

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { submittedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const submittedAt = new Date(at ?? '');
  if (!id || Number.isNaN(submittedAt.getTime()))
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'querystring.cursor',
          code: 'invalid_cursor',
          message: 'Con trỏ trang không hợp lệ',
        },
      ],
    });
  return { submittedAt, id };
}

/** The counter's list: dossiers that came in at the counters the officer serves, newest first. */
export async function listForCounter(
  db: Kysely<DB>,
  actor: Actor,
  q: z.infer<typeof ListQuery>,
  now = new Date(),
): Promise<z.infer<typeof DossierList>> {
  const scopes = requireScopes(actor, 'dossier.receive');
  const from = q.from ?? localDate(now);
  const to = q.to ?? from;
  const rows = await listDossiers(db, {
    scopes,
    receivingAgencyId: q.receivingAgencyId,
    ...localRange(from, to),
    state: q.state,
    channel: q.channel,
    q: q.q,
    limit: q.limit + 1,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      code: r.code,
      state: r.state as never,
      nationalStatus: r.national_status,
      channel: r.channel as never,
      procedureCode: r.procedure_code,
      procedureName: r.procedure_name,
      applicantName: r.applicant_name,
      receivingAgencyName: r.receiving_name,
      competentAgencyName: r.competent_name,
      submittedAt: r.submitted_at.toISOString(),
      receivedAt: r.received_at?.toISOString() ?? null,
      dueAt: r.due_at?.toISOString() ?? null,
      acceptanceDueAt: r.acceptance_due_at?.toISOString() ?? null,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.submitted_at, last.id) : null,
  };
}
