import { createInterface } from 'node:readline';
import { type Readable, Transform } from 'node:stream';
import type { Kysely, Transaction } from 'kysely';
import type { ImportProblem } from '../../../domain/dossier/imported-history.js';
import { DEFAULT_PROCESSING_RULES } from '../../../domain/dossier/processing.js';
import { IMPORT_AUTHOR } from '../../../domain/dossier/states.js';
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
import { type ImportRow, importLine } from './import-line.js';
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
/** A line longer than this is refused unread (a dossier with its history fits in far less). */
const MAX_LINE_CHARS = 1_000_000;

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
  let line = 0;
  let bytes = 0;
  let truncated = false;
  const ending = lastByteOf(input);
  try {
    const lines = createInterface({ input: ending.stream, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const read of lines) {
      line += 1;
      // A byte order mark (some editors on Windows write one) is not part of the first line.
      const text = line === 1 ? read.replace(/^\uFEFF/, '') : read;
      bytes += Buffer.byteLength(read) + 1;
      batch.lines = line;
      batch.bytesRead = bytes;
      if (text.trim() === '') continue;
      const outcome =
        text.length > MAX_LINE_CHARS
          ? {
              ok: false as const,
              problems: [{ field: '', reason: 'Dòng dài quá 1.000.000 ký tự' }],
            }
          : importLine(text, line, resolver, ctx);
      if (outcome.ok) batch.rows.push(outcome.row);
      else batch.rejects.push({ line, problems: outcome.problems, text: clip(text) });
      if (batch.rows.length + batch.rejects.length >= size) {
        await flush(batch);
        batch = { rows: [], rejects: [], unchanged: 0, lines: line, bytesRead: bytes };
      }
    }
    // A file cut short ends without a line end, usually in the middle of its last line.
    truncated = line > 0 && batch.rejects.at(-1)?.line === line && ending.last() !== 0x0a;
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

/** Rejected lines are kept whole up to a size that still shows what was wrong. */
const clip = (text: string) => (text.length > 20_000 ? `${text.slice(0, 20_000)}…` : text);

/** The stream as it is, remembering its last byte (a file cut short does not end with a newline). */
function lastByteOf(input: Readable) {
  let last = -1;
  const stream = input.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (chunk.length > 0) last = chunk[chunk.length - 1] as number;
        done(null, chunk);
      },
    }),
  );
  input.on('error', (error) => stream.destroy(error));
  return { stream, last: () => last };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
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
    if (!isUniqueViolation(error)) throw error;
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
      if (!isUniqueViolation(error)) throw error;
      // Taken meanwhile by a dossier written outside the import: this line waits for a next run.
      rejects.push({
        line: row.line,
        problems: [{ field: 'code', reason: 'Mã hồ sơ vừa được dùng cho một hồ sơ khác' }],
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
): Promise<{ saved: number; problems: (ImportProblem & { line: number })[] }> {
  const { entries, problems } = readAgencyMap(text);
  if (problems.length > 0) return { saved: 0, problems };
  try {
    await db.transaction().execute(async (trx) => {
      const unknown = await saveAgencyMap(trx, entries, by);
      if (unknown.length > 0) throw new UnknownAgencies(unknown);
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
