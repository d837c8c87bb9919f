import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import type { AuditLogTable, DB } from '../../db/schema.js';
import { requireScopes } from '../auth/authorize.js';
import { chainHash, GENESIS_HASH } from './audit.chain.js';
import type { AuditEntry, ListAuditQuery } from './audit.contract.js';
import { listAuditEntries } from './audit.queries.js';

export interface AuditEvent {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  agencyId?: string | null;
  data?: Record<string, unknown>;
}

/** One key for the advisory lock that serialises appends, so ids stay gapless and chained. */
const AUDIT_LOCK_KEY = 7_243_001;

/**
 * Appends to the audit log inside the caller's transaction: the audit row commits or rolls back
 * with the change it describes. The lock is held until that transaction ends.
 */
export async function appendAudit(
  trx: Transaction<DB>,
  actor: Actor,
  event: AuditEvent,
  at: Date = new Date(),
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Millisecond precision: what JavaScript's Date holds, so the hash can be recomputed exactly.
  const when = new Date(Math.floor(at.getTime()));
  const row = {
    id: (last?.id ?? 0) + 1,
    at: when,
    actorType: actor.kind,
    actorId: actor.kind === 'anonymous' ? null : actor.id,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId ?? null,
    agencyId: event.agencyId ?? null,
    data: event.data ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_log')
    .values({
      id: row.id,
      at: row.at,
      actor_type: row.actorType,
      actor_id: row.actorId,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      agency_id: row.agencyId,
      data: JSON.stringify(row.data),
      prev_hash: row.prevHash,
      hash: chainHash(row),
    })
    .execute();
}

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/** Walks the chain in id order, in pages, and names the first row that does not fit. */
export async function verifyAuditChain(db: Kysely<DB>, pageSize = 5_000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>=', expectedId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.id !== expectedId) {
        return {
          ok: false,
          checked,
          brokenAt: expectedId,
          reason: `thiếu bản ghi số ${expectedId}`,
        };
      }
      if (r.prev_hash !== prevHash) {
        return { ok: false, checked, brokenAt: r.id, reason: 'liên kết với bản ghi trước bị sai' };
      }
      if (chainHash(chainedFields(r)) !== r.hash) {
        return { ok: false, checked, brokenAt: r.id, reason: 'nội dung bản ghi đã bị sửa' };
      }
      prevHash = r.hash;
      expectedId++;
      checked++;
    }
  }
}

type AuditRow = Selectable<AuditLogTable>;

function chainedFields(r: AuditRow) {
  return {
    id: r.id,
    at: r.at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    agencyId: r.agency_id,
    data: r.data,
    prevHash: r.prev_hash,
  };
}

export async function listAudit(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof ListAuditQuery>,
): Promise<z.infer<typeof AuditEntry>[]> {
  const rows = await listAuditEntries(db, requireScopes(actor, 'audit.read'), query);
  return rows.map((r) => ({
    ...chainedFields(r),
    at: r.at.toISOString(),
    actorType: r.actor_type as 'user' | 'system' | 'anonymous',
    hash: r.hash,
  }));
}
