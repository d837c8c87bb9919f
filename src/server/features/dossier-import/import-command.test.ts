import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import type { Database } from '../../db/database.js';
import type { RunRow } from './dossier-import.queries.js';
import { runView } from './dossier-import.routes.js';
import { importDossiersCommand, progressLine } from './import-command.js';
import { runProgress } from './run-progress.js';

/**
 * `motcua import dossiers FILE`: its file of rejected lines (this run's only, and a write that
 * fails ends the run as failed, never the process), and its progress line, worked out as the
 * API's run view is.
 */

let database: Database;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'motcua-import-command-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The command as run with --json (one line on stdout, no progress bar), its output kept. */
async function command(file: string, rejects?: string) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const code = await importDossiersCommand(database.db, file, { rejects, json: true });
    const summary = JSON.parse(String(log.mock.calls.at(-1)?.[0])) as { runId: string };
    const run = await database.db
      .selectFrom('dossier_import_runs')
      .selectAll()
      .where('id', '=', summary.runId)
      .executeTakeFirstOrThrow();
    return { code, run };
  } finally {
    log.mockRestore();
  }
}

function fileOf(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('the file of rejected lines', () => {
  it('that cannot be written fails the run with the reason, and the process goes on', async () => {
    const file = fileOf('khong-ghi-duoc.jsonl', 'không phải JSON\n{"source":1}\n');
    const { code, run } = await command(file, join(dir, 'khong-co-thu-muc', 'x.jsonl'));
    expect(code).toBe(1);
    expect(run).toMatchObject({ state: 'failed' });
    expect(run.error).toMatch(/^Không ghi được tệp các dòng bị từ chối .*khong-co-thu-muc.*ENOENT/);
    // The rejects are kept with the run all the same (the API's download has them).
    expect(run.rejected).toBe(2);
  });

  it('holds this run’s rejects only: a file left by an earlier run is removed first', async () => {
    const file = fileOf('hai-lan.jsonl', 'dòng hỏng\n');
    const rejects = `${file}.rejects.jsonl`;
    writeFileSync(rejects, '{"line":99,"problems":[],"text":"của lần trước"}\n');
    const first = await command(file);
    expect(first.code).toBe(3);
    const lines = readFileSync(rejects, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).line)).toEqual([1]);

    // The file corrected: no line rejected, and no reject file left to mislead.
    writeFileSync(file, '\n');
    const second = await command(file);
    expect(second.code).toBe(0);
    expect(existsSync(rejects)).toBe(false);
  });

  it('is appended batch after batch, each batch whole, every reject once', async () => {
    const bad = Array.from({ length: 2_500 }, (_, i) => `hỏng ${i + 1}`);
    const file = fileOf('nhieu-lo.jsonl', `${bad.join('\n')}\n`);
    const { code, run } = await command(file);
    expect(code).toBe(3);
    expect(run.rejected).toBe(2_500);
    const lines = readFileSync(`${file}.rejects.jsonl`, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).line as number);
    // Batches (1,000 lines) end in the order their transactions do; each is written whole, in
    // the order of its lines, never mixed with another.
    const segments: number[][] = [];
    for (const line of lines) {
      const last = segments.at(-1);
      if (last && Math.floor(((last[0] as number) - 1) / 1_000) === Math.floor((line - 1) / 1_000))
        last.push(line);
      else segments.push([line]);
    }
    expect(segments).toHaveLength(3);
    for (const segment of segments)
      expect(segment).toEqual(segment.map((_, i) => (segment[0] as number) + i));
    expect([...lines].sort((a, b) => a - b)).toEqual(bad.map((_, i) => i + 1));
  });

  it('may not be the file being imported', async () => {
    const file = fileOf('chinh-no.jsonl', 'dòng hỏng\n');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await importDossiersCommand(database.db, file, { rejects: file, json: true })).toBe(1);
    } finally {
      error.mockRestore();
    }
    expect(readFileSync(file, 'utf8')).toBe('dòng hỏng\n');
  });
});

describe('the progress of a run', () => {
  const base = { bytesTotal: 4_000, bytesRead: 1_000, lines: 50, elapsedMs: 10_000 };

  it('is the share of bytes read, lines per second, and the time left at the byte rate', () => {
    expect(runProgress({ ...base, running: true, done: false })).toEqual({
      share: 0.25,
      linesPerSecond: 5,
      secondsLeft: 30,
    });
    // Whole seconds, rounded up: never "0 left" while bytes remain.
    expect(runProgress({ ...base, bytesRead: 3_999, running: true, done: false }).secondsLeft).toBe(
      1,
    );
  });

  it('is unknown (null) where it cannot be told', () => {
    // The size not known yet (an upload arriving): no share, no time left.
    expect(runProgress({ ...base, bytesTotal: null, running: true, done: false })).toEqual({
      share: null,
      linesPerSecond: 5,
      secondsLeft: null,
    });
    // Nothing read yet, or no time gone: no rate to go by.
    expect(
      runProgress({ ...base, bytesRead: 0, lines: 0, running: true, done: false }),
    ).toMatchObject({ share: 0, linesPerSecond: 0, secondsLeft: null });
    expect(runProgress({ ...base, elapsedMs: 0, running: true, done: false })).toMatchObject({
      linesPerSecond: 0,
      secondsLeft: null,
    });
    // Ended: no time left, whether done or not.
    expect(runProgress({ ...base, running: false, done: false })).toMatchObject({
      share: 0.25,
      secondsLeft: null,
    });
  });

  it('is the whole file once done, though carriage returns are not counted', () => {
    expect(runProgress({ ...base, bytesRead: 3_990, running: false, done: true }).share).toBe(1);
    expect(
      runProgress({ ...base, bytesTotal: 0, bytesRead: 0, running: false, done: true }),
    ).toEqual({ share: 1, linesPerSecond: 5, secondsLeft: null });
    // Never past the end.
    expect(runProgress({ ...base, bytesRead: 5_000, running: true, done: false })).toMatchObject({
      share: 1,
      secondsLeft: 0,
    });
  });

  it('reads the same on the command line as in the API', () => {
    const progress = {
      runId: '00000000-0000-4000-8000-000000000001',
      ...base,
      imported: 45,
      unchanged: 0,
      rejected: 5,
    };
    const line = progressLine(progress);
    expect(line).toMatch(/\] 25% 50 dòng · mới 45 · đã có 0 · lỗi 5 · 5 dòng\/giây · còn 00:30$/);
    const row = {
      id: progress.runId,
      file_name: 'x.jsonl',
      state: 'running',
      started_by: 'cli',
      started_at: new Date('2026-01-10T08:00:00Z'),
      updated_at: new Date('2026-01-10T08:00:09Z'),
      finished_at: null,
      bytes_total: 4_000,
      bytes_read: 1_000,
      lines: 50,
      imported: 45,
      unchanged: 0,
      rejected: 5,
      truncated: false,
      error: null,
    } as unknown as RunRow;
    expect(runView(row, Date.parse('2026-01-10T08:00:10Z'))).toMatchObject({
      percent: 25,
      ratePerSecond: 5,
      etaSeconds: 30,
    });
    // The last line, once the run is done: the whole file, no time left.
    const done = progressLine({ ...progress, bytesRead: 3_990, state: 'done' });
    expect(done).toMatch(/\] 100% /);
    expect(done).not.toMatch(/còn/);
  });
});
