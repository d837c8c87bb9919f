import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import type { DB } from '../../db/schema.js';
import { renameDurably, syncFile } from '../../files/durable-write.js';
import { AppError } from '../../http/problem.js';
import { appendAudit } from '../audit/audit.service.js';
import { INTERRUPTED_RUN, STALE_RUN_MS } from './dossier-import.contract.js';
import {
  finishRun,
  type RunRow,
  runById,
  setRunSize,
  startRun,
  touchRun,
} from './dossier-import.queries.js';
import { type ImportSummary, importDossiers } from './dossier-import.service.js';

/** The largest file the API takes (a province's ten years of dossiers with histories fit). */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

/** How often a run whose upload is arriving says it is alive (well within STALE_RUN_MS). */
const HEARTBEAT_MS = 60_000;

/** Where an upload is kept while it is imported: one file per run, named by the run. */
export const uploadPath = (dataDir: string, runId: string) =>
  join(dataDir, 'imports', `${runId}.jsonl`);

/** An upload still arriving is written under this name, renamed to its own once it is whole. */
const PART = '.part';

const tooLarge = (max: number) =>
  new AppError('PAYLOAD_TOO_LARGE', {
    detail: `Tệp nhập không được lớn hơn ${(max / 1024 ** 3).toLocaleString('vi-VN')} GiB`,
  });

/**
 * Writes a stream to a new file and makes it durable (the file's data and its directory entry
 * are on disk) before returning its size; more than `maxBytes` stops it with 413. The bytes go to
 * `<file>.part` and are renamed to `file` only once whole and synced: the final name never holds
 * a partial upload, even after a crash (the `.part` left then is removed at the next start,
 * removePartialUploads). Whatever goes wrong, no partial file is left.
 */
export async function storeUpload(body: Readable, file: string, maxBytes: number) {
  await mkdir(dirname(file), { recursive: true });
  const part = `${file}${PART}`;
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(part, { flags: 'wx' }));
    await syncFile(part);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await renameDurably(part, file);
  return bytes;
}

/**
 * Uploads a process stopped in the middle of (it died while storing them): their `.part` files
 * are removed, at start. One still being written by another server sharing the data directory
 * is left: only a file not written to for STALE_RUN_MS is taken, the rule by which its run is
 * marked interrupted. Returns the names removed.
 */
export async function removePartialUploads(
  dataDir: string,
  staleMs = STALE_RUN_MS,
  now = Date.now(),
): Promise<string[]> {
  const directory = join(dataDir, 'imports');
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.endsWith(PART)) continue;
    const path = join(directory, name);
    const written = await stat(path).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (written === null || now - written < staleMs) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}

/** The sender stopped before the end (the connection closed or was reset). */
function clientWentAway(error: unknown) {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'ECONNRESET' ||
    code === 'ECONNABORTED' ||
    (error as Error | null)?.message === 'aborted'
  );
}

/**
 * The stored file, read only as the import asks for it; once stopped, the next piece is refused
 * with an error the import records (the batch being written is finished first).
 */
async function* fileUntil(file: string, stopped: () => boolean) {
  for await (const chunk of createReadStream(file)) {
    if (stopped()) throw new Error(INTERRUPTED_RUN);
    yield chunk as Buffer;
  }
}

/** Every import running in this process, so that a test (or a shutdown) can wait for them. */
const inFlight = new Set<Promise<void>>();

/** Resolves when every import running now (and any it waits on) has ended. */
export async function settled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

export interface Uploads {
  /** Stores the body, then imports it in the background; resolves once the file is durable. */
  accept(upload: {
    actor: Actor;
    body: Readable;
    fileName: string;
    contentLength: number | null;
  }): Promise<RunRow>;
  /** Stops the imports running (they end as interrupted) and waits for them: at shutdown. */
  stop(): Promise<void>;
}

/**
 * The API's imports: the upload is stored under `<dataDir>/imports/<run>.jsonl` and acknowledged
 * once it is on disk; the import then reads that file in the background, the run in the database
 * showing its progress. A file imported to the end is removed; one that failed is kept for the
 * operator (`motcua import dossiers FILE` takes it as it is). A process that dies mid-import
 * leaves its run 'running': once its row has not moved for STALE_RUN_MS, the minute's sweep or
 * the next start marks it interrupted (interruptRunningRuns). The batches move it as they are
 * written; while the upload arrives, a heartbeat does.
 */
export function uploads(
  db: Kysely<DB>,
  options: { dataDir: string; maxBytes?: number; log: FastifyBaseLogger; heartbeatMs?: number },
): Uploads {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const running = new Map<string, { stop: () => void; done: Promise<void> }>();

  function importInBackground(runId: string, file: string, fileName: string, bytesTotal: number) {
    let stopped = false;
    const input = Readable.from(
      fileUntil(file, () => stopped),
      { objectMode: false },
    );
    const run = async () => {
      let summary: ImportSummary;
      try {
        summary = await importDossiers(db, input, { runId, fileName, bytesTotal });
      } catch (error) {
        // Before its first line (the database unreachable): the run is ended here.
        options.log.error({ err: error, runId, file }, 'dossier import could not start');
        const message = error instanceof Error ? error.message : String(error);
        await finishRun(db, runId, { state: 'failed', error: message });
        return;
      }
      if (summary.state === 'done') {
        options.log.info(summary, 'dossier import done');
        await rm(file, { force: true });
      } else if (stopped) {
        await finishRun(db, runId, { state: 'interrupted', error: INTERRUPTED_RUN });
        options.log.warn({ runId, file }, 'dossier import interrupted by shutdown; file kept');
      } else {
        options.log.error({ ...summary, file }, 'dossier import failed; file kept');
      }
    };
    const done = run()
      .catch((error: unknown) =>
        options.log.error({ err: error, runId }, 'dossier import could not record its end'),
      )
      .finally(() => {
        running.delete(runId);
        inFlight.delete(done);
      });
    running.set(runId, {
      stop: () => {
        stopped = true;
      },
      done,
    });
    inFlight.add(done);
  }

  return {
    async accept({ actor, body, fileName, contentLength }) {
      if (contentLength !== null && contentLength > maxBytes) throw tooLarge(maxBytes);
      const startedBy = actor.kind === 'anonymous' ? null : actor.id;
      const { id } = await startRun(db, { fileName, startedBy, bytesTotal: null });
      const file = uploadPath(options.dataDir, id);
      let bytesTotal: number;
      // A slow upload writes no batch for a while: the run says it is alive meanwhile.
      const heartbeat = setInterval(() => {
        touchRun(db, id).catch((error: unknown) =>
          options.log.warn({ err: error, runId: id }, 'dossier import heartbeat not recorded'),
        );
      }, heartbeatMs);
      heartbeat.unref();
      try {
        bytesTotal = await storeUpload(body, file, maxBytes);
      } catch (error) {
        const cut = clientWentAway(error);
        await finishRun(db, id, {
          state: 'failed',
          error:
            error instanceof AppError
              ? (error.detail ?? error.title)
              : cut
                ? 'Tải tệp lên không trọn vẹn: kết nối bị ngắt giữa chừng'
                : `Không ghi được tệp tải lên: ${(error as Error).message}`,
        }).catch(() => undefined);
        if (!cut) throw error;
        options.log.warn({ err: error, runId: id }, 'dossier import upload cut short');
        throw new AppError('FILE_CORRUPT', { detail: 'Tệp tải lên không trọn vẹn' });
      } finally {
        clearInterval(heartbeat);
      }
      // The upload is accepted: its size and the audit row in one transaction.
      try {
        await db.transaction().execute(async (trx) => {
          await setRunSize(trx, id, bytesTotal);
          await appendAudit(trx, actor, {
            action: 'dossier_import.uploaded',
            subjectType: 'dossier_import_run',
            subjectId: id,
            data: { fileName, bytes: bytesTotal },
          });
        });
      } catch (error) {
        await rm(file, { force: true });
        await finishRun(db, id, {
          state: 'failed',
          error: 'Không ghi nhận được tệp tải lên',
        }).catch(() => undefined);
        throw error;
      }
      const run = (await runById(db, id)) as RunRow;
      importInBackground(id, file, fileName, bytesTotal);
      return run;
    },

    async stop() {
      const now = [...running.values()];
      for (const r of now) r.stop();
      await Promise.allSettled(now.map((r) => r.done));
    },
  };
}
