import { createReadStream } from 'node:fs';
import { type FileHandle, open, readFile, rm, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  type ImportProgress,
  type ImportReject,
  importDossiers,
  loadAgencyMap,
} from './dossier-import.service.js';
import { runProgress } from './run-progress.js';

const n = (v: number) => v.toLocaleString('vi-VN');

function clock(seconds: number) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}:` : ''}${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One line of the progress bar: share of the file read, lines, rate, time left. `state` is the
 * run's end (the last line, after the summary); without it the run is still going.
 */
export function progressLine(p: ImportProgress & { state?: 'done' | 'failed' }): string {
  const { share, linesPerSecond, secondsLeft } = runProgress({
    bytesTotal: p.bytesTotal,
    bytesRead: p.bytesRead,
    lines: p.lines,
    elapsedMs: p.elapsedMs,
    running: p.state === undefined,
    done: p.state === 'done',
  });
  const bar =
    share === null
      ? ''
      : `[${'█'.repeat(Math.round(share * 24)).padEnd(24, '░')}] ${Math.floor(share * 100)}% `;
  const left = secondsLeft === null ? '' : ` · còn ${clock(secondsLeft)}`;
  return `${bar}${n(p.lines)} dòng · mới ${n(p.imported)} · đã có ${n(p.unchanged)} · lỗi ${n(p.rejected)} · ${n(Math.round(linesPerSecond))} dòng/giây${left}`;
}

/** `motcua import agency-map FILE.csv`. */
export async function importAgencyMapCommand(db: Kysely<DB>, file: string): Promise<number> {
  const { saved, problems } = await loadAgencyMap(db, await readFile(file, 'utf8'), 'cli');
  if (problems.length > 0) {
    for (const p of problems) console.error(`  dòng ${p.line}, ${p.field || '—'}: ${p.reason}`);
    console.error(`Bảng chuyển đổi mã cơ quan không được nạp: ${n(problems.length)} lỗi.`);
    return 1;
  }
  console.log(`Đã nạp ${n(saved)} mã cơ quan cũ vào bảng chuyển đổi.`);
  return 0;
}

/**
 * `motcua import dossiers FILE [--map MAP.csv] [--rejects OUT.jsonl] [--json]`: the import with a
 * progress bar on stderr (share of the file, rate, time left) and a report at the end. Rejected
 * lines go to OUT (FILE.rejects.jsonl by default), each with its line number and reasons. Exit
 * code: 0 every line imported or already there, 3 some lines rejected, 1 the run failed.
 */
export async function importDossiersCommand(
  db: Kysely<DB>,
  file: string,
  options: { map?: string | undefined; rejects?: string | undefined; json?: boolean },
): Promise<number> {
  if (options.map) {
    const mapped = await importAgencyMapCommand(db, options.map);
    if (mapped !== 0) return mapped;
  }
  const size = (await stat(file)).size;
  const rejectsFile = options.rejects ?? `${file}.rejects.jsonl`;
  if (resolve(rejectsFile) === resolve(file)) {
    console.error(`Tệp các dòng bị từ chối không được trùng với tệp nhập (${file}).`);
    return 1;
  }
  const rejects = rejectsWriter(rejectsFile);
  // A reject file of an earlier run goes: the one left at the end is this run's, or none.
  await rejects.clear();
  let lastDraw = 0;
  const summary = await importDossiers(db, createReadStream(file), {
    fileName: basename(file),
    startedBy: 'cli',
    bytesTotal: size,
    onProgress: (p) => {
      if (options.json || Date.now() - lastDraw < 200) return;
      lastDraw = Date.now();
      process.stderr.write(`\r${progressLine(p)}\u001b[K`);
    },
    // A write that fails rejects here: the import fails the run with the message.
    onRejects: (batch) => rejects.append(batch),
  });
  await rejects.close();
  const seconds = summary.elapsedMs / 1000;
  if (options.json) {
    console.log(
      JSON.stringify({
        ...summary,
        seconds,
        dossiersPerSecond: (summary.imported + summary.unchanged) / (seconds || 1),
        maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } else {
    process.stderr.write(`\r${progressLine(summary)}\u001b[K\n`);
    console.log(
      `Đã đọc ${n(summary.lines)} dòng trong ${seconds.toFixed(1)} giây: nhập mới ${n(summary.imported)} hồ sơ, ${n(summary.unchanged)} hồ sơ đã có (không đổi), từ chối ${n(summary.rejected)} dòng${summary.rejected > 0 ? ` (lý do từng dòng trong ${rejectsFile})` : ''}. Lần chạy: ${summary.runId}.`,
    );
    if (summary.truncated)
      console.error(
        `Tệp có vẻ bị cắt ngang: dòng cuối (${n(summary.lines)}) không trọn vẹn. Các dòng trước đó đã được xử lý như trên; bổ sung tệp rồi chạy lại, các hồ sơ đã nhập sẽ được bỏ qua.`,
      );
    if (summary.state === 'failed')
      console.error(
        `Dừng do lỗi: ${summary.error}. Các lô đã ghi vẫn giữ nguyên; chạy lại tệp để nhập tiếp.`,
      );
  }
  if (summary.state === 'failed') return 1;
  return summary.rejected > 0 ? 3 : 0;
}

/**
 * The command line's file of rejected lines: opened (appending) at the first reject, each batch's
 * lines appended in the order the batches come, one after the other. Every failure is a rejected
 * promise with a Vietnamese message, never an unhandled error event.
 */
function rejectsWriter(path: string) {
  let handle: Promise<FileHandle> | null = null;
  // Batches are written one after the other, never interleaved.
  let queue: Promise<void> = Promise.resolve();
  const failed = (error: unknown) =>
    new Error(
      `Không ghi được tệp các dòng bị từ chối ${path}: ${(error as Error).message ?? String(error)}`,
      { cause: error },
    );
  return {
    async clear() {
      await rm(path, { force: true }).catch((error: unknown) => {
        throw failed(error);
      });
    },
    append(batch: ImportReject[]): Promise<void> {
      const text = batch.map((r) => `${JSON.stringify(r)}\n`).join('');
      queue = queue.then(async () => {
        try {
          handle ??= open(path, 'a');
          await (await handle).appendFile(text);
        } catch (error) {
          throw failed(error);
        }
      });
      return queue;
    },
    /** Closes the file once the last batch is written; a failure was already the run's. */
    async close() {
      await queue.catch(() => undefined);
      await handle?.then(
        (h) => h.close(),
        () => undefined,
      );
    },
  };
}
