import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A durable write: the bytes go to a temporary name and are flushed to disk, then the temporary is
 * renamed into place and its directory flushed, so that after a crash the final name holds either
 * the whole file or nothing. The file store (its scans) and the import's uploads write this way.
 */

/** Some systems (Windows) cannot fsync a directory: the file's own sync is all they offer. */
const CANNOT_SYNC_DIRECTORY = ['EISDIR', 'EPERM', 'EINVAL'];

/** fsync of a file written through another descriptor (a write stream): its data reach the disk. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync of a directory: its entries (a name just created or renamed) reach the disk. */
export async function syncDirectory(path: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (cannotSyncDirectory(error)) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!cannotSyncDirectory(error)) throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Moves a temporary file, already synced, to its final name and makes the name durable. The
 * temporary is removed if the rename fails, so nothing is left behind under either name.
 */
export async function renameDurably(temporary: string, target: string): Promise<void> {
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

function cannotSyncDirectory(error: unknown) {
  return CANNOT_SYNC_DIRECTORY.includes((error as NodeJS.ErrnoException | null)?.code ?? '');
}
