import type { Readable } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import type { ImportProblem } from '../../../domain/dossier/imported-history.js';
import { DEFAULT_PROCESSING_RULES } from '../../../domain/dossier/processing.js';
import { IMPORT_AUTHOR } from '../../../domain/dossier/states.js';
import { isConnectionError, isUniqueViolation } from '../../db/connection-errors.js';
import type { DB } from '../../db/schema.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { insertDossierBatch } from '../dossiers/dossier-batch.queries.js';
import { addPastTotals, addRollups } from '../indicators/indicators.queries.js';
import { sumRollups } from '../indicators/rollup-change.js';
import { type AgencyMapEntry, readAgencyMap } from './agency-map.js';
import {
  agencyCodes,
  countIntoRun,
  dossiersWithCodes,
  finishRun,
  insertRejects,
  procedureVersions,
  type RunCounts,
  saveAgencyMap,
  startRun,
} from './dossier-import.queries.js';
import { type ImportRow, importLine, type LineOutcome } from './import-line.js';
import { ImportResolver, type Template } from './import-resolver.js';

export interface ImportReject {
  line: number;
  problems: ImportProblem[];
  text: string;
}

export interface ImportProgress extends RunCounts {
  runId: string;
  bytesTotal: number | null;
  elapsedMs: number;
}

export interface ImportOptions {
  fileName: string;
  startedBy?: string | null;
  bytesTotal?: number | null;
  /** An existing run (the API creates it when the upload is stored); else one is started. */
  runId?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Each batch's rejected lines, once they are durable (the command line writes its file). */
  onRejects?: (rejects: ImportReject[]) => void | Promise<void>;
  batchSize?: number;
}

export interface ImportSummary extends ImportProgress {
  state: 'done' | 'failed';
  error: string | null;
  /** The last line was cut short (no line end, not valid): the file was probably truncated. */
  truncated: boolean;
}

/** Batches on their way to the database while the next is read and checked. */
const IN_FLIGHT = 3;
const IMPORT_WRITER = { createdBy: IMPORT_AUTHOR, actorType: 'system' };
/** A longer line is rejected, only its start kept in memory (a dossier with its history fits in far less). */
const MAX_LINE_BYTES = 1_000_000;

/** A batch as written: new rows, lines already imported, rejects, and how far the file was read. */
interface Batch {
  rows: ImportRow[];
  rejects: ImportReject[];
  unchanged: number;
  lines: number;
  bytesRead: number;
}

/**
 * `motcua import dossiers FILE` and the API's import: a JSON Lines file of dossiers from a
 * previous system (docs/dossier-import.md), read as a stream. Each line is checked (importLine);
 * valid ones are written in batches, each one transaction with its dossiers, histories, rollups,
 * past totals, rejected lines and the run's counts; two batches are on their way at once. A line
 * already imported with the same content is left as it is (the same file twice changes nothing);
 * the same source and code with other content, or a code another dossier holds, is rejected.
 */
export async function importDossiers(
  db: Kysely<DB>,
  input: Readable,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = Date.now();
  const runId =
    options.runId ??
    (
      await startRun(db, {
        fileName: options.fileName,
        startedBy: options.startedBy ?? null,
        bytesTotal: options.bytesTotal ?? null,
      })
    ).id;
  const [agencies, versions, calendar] = await Promise.all([
    agencyCodes(db),
    procedureVersions(db),
    currentCalendar(db),
  ]);
  const resolver = new ImportResolver(agencies, versions);
  const ctx = { calendar, rules: DEFAULT_PROCESSING_RULES };
  const size = options.batchSize ?? 1_000;
  const totals: RunCounts = { bytesRead: 0, lines: 0, imported: 0, unchanged: 0, rejected: 0 };
  const progress = (): ImportProgress => ({
    runId,
    bytesTotal: options.bytesTotal ?? null,
    elapsedMs: Date.now() - started,
    ...totals,
  });

  let batches = 0;
  const inFlight: Promise<void>[] = [];
  let failed: { error: unknown } | null = null;
  const write = async (batch: Batch) => {
    const done = await writeBatch(db, runId, batch, batches++ % 8);
    totals.imported += done.imported;
    totals.unchanged += done.unchanged;
    totals.rejected += done.rejects.length;
    totals.lines = Math.max(totals.lines, batch.lines);
    totals.bytesRead = Math.max(totals.bytesRead, batch.bytesRead);
    if (done.rejects.length > 0) await options.onRejects?.(done.rejects);
    options.onProgress?.(progress());
  };
  const flush = async (batch: Batch) => {
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    if (failed) throw failed.error;
    inFlight.push(
      write(batch).catch((error: unknown) => {
        failed ??= { error };
      }),
    );
  };

  let batch: Batch = { rows: [], rejects: [], unchanged: 0, lines: 0, bytesRead: 0 };
  /** The last line read: whether it ended with a newline, and whether it was not JSON. */
  let last = { ended: true, malformed: false };
  let truncated = false;
  try {
    for await (const read of linesOf(input, MAX_LINE_BYTES)) {
      // A byte order mark (some editors on Windows write one) is not part of the first line.
      const text = read.n === 1 ? read.text.replace(/^\uFEFF/, '') : read.text;
      batch.lines = read.n;
      batch.bytesRead = read.bytes;
      last = { ended: read.ended, malformed: false };
      if (!read.tooLong && text.trim() === '') continue;
      const outcome = read.tooLong
        ? {
            ok: false as const,
            problems: [
              { field: '', reason: `Dòng dài quá ${MAX_LINE_BYTES.toLocaleString('vi-VN')} byte` },
            ],
          }
        : lineOutcome(text, read.n, resolver, ctx);
      if (outcome.ok) batch.rows.push(outcome.row);
      else {
        batch.rejects.push({ line: read.n, problems: outcome.problems, text: clip(text) });
        last.malformed = 'malformed' in outcome && outcome.malformed === true;
      }
      if (batch.rows.length + batch.rejects.length >= size) {
        await flush(batch);
        batch = { rows: [], rejects: [], unchanged: 0, lines: read.n, bytesRead: read.bytes };
      }
    }
    // A file cut short ends without a line end, in the middle of its last line (not JSON).
    truncated = !last.ended && last.malformed;
    await flush(batch);
    await Promise.all(inFlight);
    if (failed) throw (failed as { error: unknown }).error;
    await finishRun(db, runId, { state: 'done', truncated });
    return { ...progress(), state: 'done', error: null, truncated };
  } catch (error) {
    await Promise.allSettled(inFlight);
    const message = error instanceof Error ? error.message : String(error);
    await finishRun(db, runId, { state: 'failed', error: message, truncated }).catch(
      () => undefined,
    );
    return { ...progress(), state: 'failed', error: message, truncated };
  }
}

/**
 * Rejected lines are kept whole up to a size that still shows what was wrong, without what a text
 * column cannot hold (a NUL, half of a UTF-16 pair).
 */
const clip = (text: string) =>
  (text.length > 20_000 ? `${text.slice(0, 20_000)}…` : text)
    .replaceAll('\u0000', '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * A line's outcome, whatever happens in checking it: an error no check foresaw rejects the line
 * with its message instead of stopping the run at it (and at every run of the file again).
 */
function lineOutcome(
  text: string,
  n: number,
  resolver: ImportResolver,
  ctx: Parameters<typeof importLine>[3],
): LineOutcome {
  try {
    return importLine(text, n, resolver, ctx);
  } catch (error) {
    return {
      ok: false,
      problems: [{ field: '', reason: `Không xử lý được dòng: ${(error as Error).message}` }],
    };
  }
}

/** A line as read: its number, text, the bytes read up to its end, and how it ended. */
interface ReadLine {
  n: number;
  text: string;
  bytes: number;
  /** Longer than the limit: its text is not kept (only its start) and it is rejected. */
  tooLong: boolean;
  /** Followed by a newline; the last line of a file cut short is not. */
  ended: boolean;
}

/**
 * The lines of a stream of UTF-8, split on LF (a CR before it dropped), each decoded once whole;
 * a line longer than `max` bytes is not held in memory beyond its first `max` bytes.
 */
export async function* linesOf(input: Readable, max: number): AsyncGenerator<ReadLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  let n = 0;
  let bytes = 0;
  const line = (ended: boolean): ReadLine => {
    let buffer = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, held);
    if (ended && buffer.length > 0 && buffer[buffer.length - 1] === 0x0d)
      buffer = buffer.subarray(0, -1);
    const read = { n: ++n, text: buffer.toString('utf8'), bytes, tooLong: length > max, ended };
    parts = [];
    held = 0;
    length = 0;
    return read;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      length += piece.length;
      if (held < max) {
        const kept = piece.subarray(0, max - held);
        parts.push(kept);
        held += kept.length;
      }
      if (end === -1) {
        bytes += chunk.length - start;
        break;
      }
      bytes += end - start + 1;
      yield line(true);
      start = end + 1;
    }
  }
  if (length > 0) yield line(false);
}

/**
 * One batch: lines already here are set aside (unchanged, or rejected when their content or owner
 * differs), the rest written in one transaction with the rejects and the counts. Another batch on
 * its way may hold a line of this one (the same code twice in a file): the unique keys stop this
 * transaction, and the batch is written again line by line, each seeing what the other wrote.
 */
async function writeBatch(
  db: Kysely<DB>,
  runId: string,
  batch: Batch,
  shard: number,
): Promise<{ imported: number; unchanged: number; rejects: ImportReject[] }> {
  const sorted = await sortOut(db, batch.rows);
  const rejects = [...batch.rejects, ...sorted.rejects].sort((a, b) => a.line - b.line);
  try {
    await db.transaction().execute(async (trx) => {
      await writeRows(trx, sorted.fresh, shard);
      await insertRejects(trx, runId, rejects);
      await countIntoRun(trx, runId, {
        bytesRead: batch.bytesRead,
        lines: batch.lines,
        imported: sorted.fresh.length,
        unchanged: sorted.unchanged,
        rejected: rejects.length,
      });
    });
    return { imported: sorted.fresh.length, unchanged: sorted.unchanged, rejects };
  } catch (error) {
    // A clash with a batch on its way, a deadlock with it, or a line the database refuses: line
    // by line, so that only the line at fault is rejected (with the database's words).
    if (isConnectionError(error)) throw error;
    return writeOneByOne(db, runId, batch, shard);
  }
}

async function writeOneByOne(db: Kysely<DB>, runId: string, batch: Batch, shard: number) {
  let imported = 0;
  let unchanged = 0;
  const rejects: ImportReject[] = [...batch.rejects];
  for (const row of batch.rows) {
    const sorted = await sortOut(db, [row]);
    unchanged += sorted.unchanged;
    rejects.push(...sorted.rejects);
    if (sorted.fresh.length === 0) continue;
    try {
      await db.transaction().execute((trx) => writeRows(trx, sorted.fresh, shard));
      imported += 1;
    } catch (error) {
      if (isConnectionError(error)) throw error;
      rejects.push({
        line: row.line,
        problems: isUniqueViolation(error)
          ? // Taken meanwhile by a dossier written outside the import: for a next run.
            [{ field: 'code', reason: 'Mã hồ sơ vừa được dùng cho một hồ sơ khác' }]
          : [{ field: '', reason: `Cơ sở dữ liệu không nhận dòng: ${(error as Error).message}` }],
        text: clip(row.text),
      });
    }
  }
  rejects.sort((a, b) => a.line - b.line);
  await db.transaction().execute(async (trx) => {
    await insertRejects(trx, runId, rejects);
    await countIntoRun(trx, runId, {
      bytesRead: batch.bytesRead,
      lines: batch.lines,
      imported,
      unchanged,
      rejected: rejects.length,
    });
  });
  return { imported, unchanged, rejects };
}

/** Of a batch's rows: those to write, those already imported as they are, and the clashes. */
async function sortOut(db: Kysely<DB>, rows: ImportRow[]) {
  const held =
    rows.length === 0
      ? new Map()
      : await dossiersWithCodes(
          db,
          rows.map((r) => r.code),
        );
  const fresh: ImportRow[] = [];
  const rejects: ImportReject[] = [];
  const inBatch = new Map<string, ImportRow>();
  let unchanged = 0;
  for (const row of rows) {
    const here = held.get(row.code) ?? inBatch.get(row.code);
    if (!here) {
      fresh.push(row);
      inBatch.set(row.code, row);
      continue;
    }
    const sameLine =
      'hash' in here
        ? here.source === row.source
        : here.external_system === row.source && here.external_id === row.code;
    const sameContent = 'hash' in here ? here.hash === row.hash : here.content_hash === row.hash;
    if (sameLine && sameContent) unchanged += 1;
    else
      rejects.push({
        line: row.line,
        problems: [
          {
            field: 'code',
            reason: sameLine
              ? 'Hồ sơ cùng hệ thống nguồn và mã đã được nhập với nội dung khác; không ghi đè'
              : 'Mã hồ sơ đã thuộc về một hồ sơ khác trong hệ thống',
          },
        ],
        text: clip(row.text),
      });
  }
  return { fresh, rejects, unchanged };
}

async function writeRows(trx: Transaction<DB>, rows: ImportRow[], shard: number) {
  if (rows.length === 0) return;
  // The templates of this batch, once each; every row names its own by index.
  const templates = new Map<string, number>();
  const sent: Template[] = [];
  for (const r of rows) {
    let index = templates.get(r.template.key);
    if (index === undefined) {
      index = sent.push(r.template) - 1;
      templates.set(r.template.key, index);
    }
    r.row.procedure = index;
  }
  await insertDossierBatch(
    trx,
    rows.map((r) => r.row),
    rows.flatMap((r) => r.history),
    sent.map(({ key: _, ...t }) => t),
    IMPORT_WRITER,
  );
  const rollup = sumRollups(rows.flatMap((r) => r.rollup));
  await addPastTotals(trx, rollup);
  await addRollups(trx, rollup, shard);
}

/**
 * Loads an agency map (CSV, agency-map.ts) into the database: all of it, or nothing when any
 * line is wrong or names an agency that does not exist today.
 */
export async function loadAgencyMap(
  db: Kysely<DB>,
  text: string,
  by: string,
  /** More writes in the same transaction (the API's audit row). */
  onSaved?: (trx: Transaction<DB>, saved: number) => Promise<void>,
): Promise<{ saved: number; problems: (ImportProblem & { line: number })[] }> {
  const { entries, problems } = readAgencyMap(text);
  if (problems.length > 0) return { saved: 0, problems };
  try {
    await db.transaction().execute(async (trx) => {
      const unknown = await saveAgencyMap(trx, entries, by);
      if (unknown.length > 0) throw new UnknownAgencies(unknown);
      await onSaved?.(trx, entries.length);
    });
  } catch (error) {
    if (!(error instanceof UnknownAgencies)) throw error;
    const byCode = new Map(entries.map((e) => [e.oldCode, e]));
    return {
      saved: 0,
      problems: error.oldCodes.map((code) => {
        const entry = byCode.get(code) as AgencyMapEntry;
        return {
          line: entry.line,
          field: 'agency_code',
          reason: `Không có cơ quan hiện hành mang mã "${entry.agencyCode}"`,
        };
      }),
    };
  }
  return { saved: entries.length, problems: [] };
}

class UnknownAgencies extends Error {
  constructor(readonly oldCodes: string[]) {
    super('unknown agencies');
  }
}
