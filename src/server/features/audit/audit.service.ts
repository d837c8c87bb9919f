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

/** The sealer's lock: one sealer at a time across all server instances. */
const SEALER_LOCK_KEY = 7_243_001;

/**
 * Appends to the audit log inside the caller's transaction: the row commits or rolls back with
 * the change it describes. It takes no lock, so audited changes commit in parallel; its place
 * in the hash chain and its hash are given after commit by sealAudit() (decision 0007).
 */
export async function appendAudit(
  trx: Transaction<DB>,
  actor: Actor,
  event: AuditEvent,
  at: Date = new Date(),
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      // Millisecond precision: what JavaScript's Date holds, so the hash can be recomputed exactly.
      at: new Date(Math.floor(at.getTime())),
      actor_type: actor.kind,
      actor_id: actor.kind === 'anonymous' ? null : actor.id,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId ?? null,
      agency_id: event.agencyId ?? null,
      data: JSON.stringify(event.data ?? {}),
    })
    .execute();
  scheduleSeal();
}

/**
 * Links the committed rows not yet in the chain, oldest id first, each to the one before.
 * Rows of transactions still running are not visible and get a later place when they commit:
 * the chain follows the order of sealing, which never goes back. Returns how many were sealed.
 */
export async function sealAudit(db: Kysely<DB>, batch = 2_000): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const lock = await sql<{
        ok: boolean;
      }>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) AS ok`.execute(trx);
      if (!lock.rows[0]?.ok) return 0;
      const rows = await trx
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', 'is', null)
        .orderBy('id')
        .limit(batch)
        .execute();
      if (rows.length === 0) return 0;
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const values = rows.map((r) => {
        seq += 1;
        const hash = chainHash({ ...chainedFields(r), id: seq, prevHash });
        const value = sql`(${r.id}::bigint, ${seq}::bigint, ${prevHash}, ${hash})`;
        prevHash = hash;
        return value;
      });
      await sql`
        UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        FROM (VALUES ${sql.join(values)}) AS v(id, seq, prev_hash, hash)
        WHERE a.id = v.id`.execute(trx);
      return rows.length;
    });
    sealed += n;
    if (n < batch) return sealed;
  }
}

/** Appends of a busy moment are sealed together, a quarter of a second later. */
const SEAL_DELAY_MS = 250;

/** Databases whose audit rows are sealed shortly after each append, in this process. */
const sealers = new Map<
  Kysely<DB>,
  { timer: NodeJS.Timeout; pending: boolean; seal: () => Promise<void> }
>();

/** Asks the background sealer to run soon; for writers that insert audit rows themselves. */
export function scheduleSeal(): void {
  for (const sealer of sealers.values()) {
    if (sealer.pending) continue;
    sealer.pending = true;
    setTimeout(() => {
      sealer.pending = false;
      void sealer.seal();
    }, SEAL_DELAY_MS).unref();
  }
}

/**
 * Seals in the background for as long as the app runs: soon after each append, and every few
 * seconds for rows appended by other instances or committed after a seal looked.
 */
export function startAuditSealer(
  db: Kysely<DB>,
  onError: (error: unknown) => void,
  everyMs = 2_000,
): () => Promise<void> {
  // A sealer that keeps failing leaves rows out of the chain: say so, every time.
  let stopped = false;
  const seal = () => (stopped ? Promise.resolve() : sealAudit(db).then(() => {}, onError));
  const timer = setInterval(() => void seal(), everyMs);
  timer.unref();
  sealers.set(db, { timer, pending: false, seal });
  return async () => {
    clearInterval(timer);
    sealers.delete(db);
    await seal();
    stopped = true;
  };
}

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/** Seals what is committed, then walks the chain in order, in pages, and names the first row
 * that does not fit. */
export async function verifyAuditChain(db: Kysely<DB>, pageSize = 5_000): Promise<VerifyResult> {
  await sealAudit(db);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.seq !== expectedSeq) {
        return {
          ok: false,
          checked,
          brokenAt: expectedSeq,
          reason: `thiếu bản ghi số ${expectedSeq}`,
        };
      }
      if (r.prev_hash !== prevHash) {
        return { ok: false, checked, brokenAt: r.seq, reason: 'liên kết với bản ghi trước bị sai' };
      }
      if (chainHash({ ...chainedFields(r), id: r.seq }) !== r.hash) {
        return { ok: false, checked, brokenAt: r.seq, reason: 'nội dung bản ghi đã bị sửa' };
      }
      prevHash = r.hash;
      expectedSeq++;
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
    prevHash: r.prev_hash ?? '',
  };
}

export async function listAudit(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof ListAuditQuery>,
): Promise<z.infer<typeof AuditEntry>[]> {
  const scopes = requireScopes(actor, 'audit.read');
  // Entries just appended are shown with their place in the chain.
  await sealAudit(db);
  const rows = await listAuditEntries(db, scopes, query);
  return rows.map((r) => ({
    ...chainedFields(r),
    at: r.at.toISOString(),
    actorType: r.actor_type as 'user' | 'system' | 'anonymous',
    hash: r.hash ?? '',
  }));
}
