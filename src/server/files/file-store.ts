import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renameDurably } from './durable-write.js';

/**
 * Where the bytes of scans and results live, addressed by their SHA-256. The local disk by
 * default; an S3-compatible store in production implements the same three calls.
 */
export interface FileStore {
  /** Stores the bytes under their hash; storing the same bytes again is a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Files under `root/ab/cd/<hash>`. A file is written to a temporary name, flushed to disk, then
 * renamed into place, so a crash leaves either the whole file or none; the database row that
 * refers to it is written only after put() returns.
 */
export function localFileStore(root: string): FileStore {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(sha256, bytes) {
      const target = pathOf(sha256);
      if (await exists(target)) return;
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.part`;
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await renameDurably(temporary, target);
    },
    async get(sha256) {
      const bytes = await readFile(pathOf(sha256));
      // Content addressing makes corruption on disk detectable: never hand out wrong bytes.
      if (sha256Hex(bytes) !== sha256) throw new Error(`stored file ${sha256} is corrupt`);
      return bytes;
    },
    has: (sha256) => exists(pathOf(sha256)),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
