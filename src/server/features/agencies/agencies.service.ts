import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { isUniqueViolation } from '../../db/connection-errors.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import type {
  AgencyDetail,
  CloseAgencyBody,
  CreateAgencyBody,
  ListAgenciesQuery,
  MergeAgencyBody,
  RenameAgencyBody,
  UpdateAgencyBody,
} from './agencies.contract.js';
import { agencyNames, findAgency, listAgencies } from './agencies.queries.js';

export function list(db: Kysely<DB>, query: z.infer<typeof ListAgenciesQuery>, now = new Date()) {
  return listAgencies(db, localDate(now), query);
}

export async function get(db: Kysely<DB>, id: string, now = new Date()): Promise<AgencyDetail> {
  const today = localDate(now);
  const found = await findAgency(db, id, today);
  if (!found) throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy cơ quan' });
  const names = await agencyNames(db, id);
  return { ...found.agency, names: names.map((n) => ({ name: n.name, validFrom: n.valid_from })) };
}

async function loadForChange(
  trx: Transaction<DB>,
  actor: Actor,
  id: string,
  version: number,
  today: string,
) {
  const found = await findAgency(trx, id, today);
  if (!found) throw new AppError('NOT_FOUND', { detail: 'Không tìm thấy cơ quan' });
  authorize(actor, 'agency.manage', { agencyPath: found.path });
  if (found.agency.version !== version) {
    throw new AppError('VERSION_CONFLICT', { extra: { current: found.agency } });
  }
  return found;
}

/** Bumps the version only if nobody else did in between: the optimistic check of every change. */
async function bumpVersion(
  trx: Transaction<DB>,
  id: string,
  version: number,
  set: Record<string, unknown> = {},
) {
  const updated = await trx
    .updateTable('agencies')
    .set({ ...set, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new AppError('VERSION_CONFLICT');
}

export async function create(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof CreateAgencyBody>,
  now = new Date(),
): Promise<AgencyDetail> {
  const id = randomUUID();
  try {
    await db.transaction().execute(async (trx) => {
      const parent = await findAgency(trx, body.parentId, localDate(now));
      if (!parent)
        throw new AppError('UNKNOWN_AGENCY', { detail: 'Không tìm thấy cơ quan cấp trên' });
      authorize(actor, 'agency.manage', { agencyPath: parent.path });
      if (parent.agency.status === 'closed') throw new AppError('AGENCY_CLOSED');
      await trx
        .insertInto('agencies')
        .values({
          id,
          parent_id: body.parentId,
          path: `${parent.path}${id}/`,
          kind: body.kind,
          name: body.name,
          short_name: body.shortName ?? null,
          code: body.code,
          code_is_placeholder: body.codeIsPlaceholder,
          admin_unit_code: body.adminUnitCode ?? null,
          valid_from: body.validFrom,
        })
        .execute();
      await trx
        .insertInto('agency_names')
        .values({ agency_id: id, valid_from: body.validFrom, name: body.name })
        .execute();
      await appendAudit(trx, actor, {
        action: 'agency.created',
        subjectType: 'agency',
        subjectId: id,
        agencyId: id,
        data: body,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('AGENCY_CODE_TAKEN');
    throw error;
  }
  return get(db, id, now);
}

export async function update(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateAgencyBody>,
  now = new Date(),
): Promise<AgencyDetail> {
  try {
    await db.transaction().execute(async (trx) => {
      await loadForChange(trx, actor, id, body.version, localDate(now));
      await bumpVersion(trx, id, body.version, {
        ...(body.code === undefined ? {} : { code: body.code }),
        ...(body.codeIsPlaceholder === undefined
          ? {}
          : { code_is_placeholder: body.codeIsPlaceholder }),
        ...(body.shortName === undefined ? {} : { short_name: body.shortName }),
      });
      await appendAudit(trx, actor, {
        action: 'agency.updated',
        subjectType: 'agency',
        subjectId: id,
        agencyId: id,
        data: body,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('AGENCY_CODE_TAKEN');
    throw error;
  }
  return get(db, id, now);
}

export async function rename(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof RenameAgencyBody>,
  now = new Date(),
): Promise<AgencyDetail> {
  await db.transaction().execute(async (trx) => {
    await loadForChange(trx, actor, id, body.version, localDate(now));
    const latest = await trx
      .selectFrom('agency_names')
      .select('valid_from')
      .where('agency_id', '=', id)
      .orderBy('valid_from', 'desc')
      .executeTakeFirst();
    if (latest && body.effectiveFrom <= latest.valid_from) {
      throw new AppError('AGENCY_EFFECTIVE_DATE_INVALID', {
        errors: [
          {
            field: 'body.effectiveFrom',
            code: 'too_early',
            message: `Phải sau ngày ${latest.valid_from}`,
          },
        ],
      });
    }
    await trx
      .insertInto('agency_names')
      .values({ agency_id: id, valid_from: body.effectiveFrom, name: body.name })
      .execute();
    await bumpVersion(trx, id, body.version);
    await appendAudit(trx, actor, {
      action: 'agency.renamed',
      subjectType: 'agency',
      subjectId: id,
      agencyId: id,
      data: body,
    });
  });
  return get(db, id, now);
}

/**
 * An agency that closes or merges stays in the tree with its last valid day, so that dossiers
 * and reports from before the change still name it; a merge also says where its work went.
 */
async function end(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: { version: number; effectiveFrom: string; intoId?: string },
  now: Date,
): Promise<AgencyDetail> {
  const today = localDate(now);
  await db.transaction().execute(async (trx) => {
    const found = await loadForChange(trx, actor, id, body.version, today);
    if (body.effectiveFrom <= found.agency.validFrom) {
      throw new AppError('AGENCY_EFFECTIVE_DATE_INVALID', {
        errors: [
          {
            field: 'body.effectiveFrom',
            code: 'too_early',
            message: `Phải sau ngày ${found.agency.validFrom}`,
          },
        ],
      });
    }
    if (found.agency.validTo !== null) throw new AppError('AGENCY_CLOSED');
    if (body.intoId) {
      const target = await findAgency(trx, body.intoId, today);
      if (!target) throw new AppError('UNKNOWN_AGENCY');
      if (target.path.startsWith(found.path)) throw new AppError('AGENCY_INVALID_MERGE');
      if (target.agency.status === 'closed') throw new AppError('AGENCY_CLOSED');
      authorize(actor, 'agency.manage', { agencyPath: target.path });
    }
    await bumpVersion(trx, id, body.version, {
      valid_to: addDays(body.effectiveFrom, -1),
      merged_into_id: body.intoId ?? null,
    });
    await appendAudit(trx, actor, {
      action: body.intoId ? 'agency.merged' : 'agency.closed',
      subjectType: 'agency',
      subjectId: id,
      agencyId: id,
      data: body,
    });
  });
  return get(db, id, now);
}

export function merge(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof MergeAgencyBody>,
  now = new Date(),
) {
  return end(db, actor, id, body, now);
}

export function close(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof CloseAgencyBody>,
  now = new Date(),
) {
  return end(db, actor, id, body, now);
}
