import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { checkScan, SCAN_PROBLEM_MESSAGES } from '../../../domain/files/media-type.js';
import type { DB } from '../../db/schema.js';
import { type FileStore, sha256Hex } from '../../files/file-store.js';
import { AppError } from '../../http/problem.js';
import { getSetting } from '../settings/settings.service.js';

/**
 * Uploads a scan. The bytes are checked (type from content, whole structure, the client's
 * digest if sent), written durably under their SHA-256, then recorded. The same bytes uploaded
 * again (a retry after a lost reply, the same page scanned twice) give the same file, never a copy.
 */
export async function storeScan(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  bytes: Buffer,
  claimedDigest: string | undefined,
) {
  const { maxFileBytes } = await getSetting(db, 'files.limits');
  if (bytes.length > maxFileBytes)
    throw new AppError('FILE_TOO_LARGE', {
      detail: `Tệp ${formatBytes(bytes.length)}; tối đa ${formatBytes(maxFileBytes)}.`,
    });
  const check = checkScan(bytes);
  if (!check.ok) {
    const code = check.problem === 'unsupported_type' ? 'FILE_TYPE_UNSUPPORTED' : 'FILE_CORRUPT';
    throw new AppError(code, { detail: SCAN_PROBLEM_MESSAGES[check.problem] });
  }
  const sha256 = sha256Hex(bytes);
  if (claimedDigest !== undefined && claimedDigest !== sha256)
    throw new AppError('FILE_DIGEST_MISMATCH', {
      detail: `Nhận được ${sha256}, mã gửi kèm ${claimedDigest}.`,
    });
  const { duplicate } = await saveStoredFile(db, files, actor, {
    sha256,
    bytes,
    mediaType: check.mediaType,
  });
  return { sha256, size: bytes.length, mediaType: check.mediaType, duplicate };
}

/**
 * Keeps checked bytes: written durably under their hash first, then recorded, so a row never
 * names a file that is not there. The same bytes again are the same file.
 */
export async function saveStoredFile(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  file: { sha256: string; bytes: Buffer; mediaType: string },
): Promise<{ duplicate: boolean }> {
  await files.put(file.sha256, file.bytes);
  const inserted = await db
    .insertInto('stored_files')
    .values({
      sha256: file.sha256,
      size: file.bytes.length,
      media_type: file.mediaType,
      created_by: actor.kind === 'anonymous' ? null : actor.id,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return { duplicate: !inserted };
}

/**
 * `Content-Digest: sha-256=:<base64>:` (RFC 9530), or for simple clients `X-Content-SHA256: <hex>`.
 * Returns the hex digest, or undefined when none was sent.
 */
export function claimedSha256(headers: Record<string, string | string[] | undefined>) {
  const hex = headers['x-content-sha256'];
  if (typeof hex === 'string') return hex.trim().toLowerCase();
  const digest = headers['content-digest'];
  if (typeof digest !== 'string') return undefined;
  const match = /sha-256=:([A-Za-z0-9+/=]+):/.exec(digest);
  if (!match?.[1]) return undefined;
  return Buffer.from(match[1], 'base64').toString('hex');
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
