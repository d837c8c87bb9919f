import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chmod, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { seedDemo, seedDemoCatalog } from '../../src/server/seed/seed.service.js';
import { syntheticImportLines } from '../../src/server/seed/synthetic-export.js';
import { benchDatabase } from '../bench-database.js';
import { type Measurement, type Suite, skipped } from '../harness.js';
import { benchUrl } from './dossier-intake.js';

const run = promisify(execFile);

/** Dossiers in the file (`BENCH_IMPORT_DOSSIERS` for a quicker trial): a province's year. */
const DOSSIERS = Number(process.env.BENCH_IMPORT_DOSSIERS ?? 1_000_000);
const count = (n: number) => n.toLocaleString('en-US');
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

interface CliSummary {
  lines: number;
  imported: number;
  unchanged: number;
  rejected: number;
  state: string;
  seconds: number;
  dossiersPerSecond: number;
  maxRssMB: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The command as installed runs compiled JavaScript (`bin/motcua.js` → `dist/cli.js`): compiled
 * here from the sources being measured (the server's part of `npm run build`), so that the
 * figure is the shipped program's, not tsx's (which wraps every function to keep its name).
 */
async function compile() {
  await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
    cwd: ROOT,
  });
}

/** `motcua import dossiers FILE --json` in its own process, as an operator runs it. */
async function importInChild(databaseUrl: string, file: string): Promise<CliSummary> {
  const { stdout } = await run(
    process.execPath,
    [join(ROOT, 'bin', 'motcua.js'), 'import', 'dossiers', file, '--json'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) as string) as CliSummary;
  if (summary.state !== 'done' || summary.rejected > 0)
    throw new Error(`import: ${JSON.stringify(summary)}`);
  return summary;
}

/**
 * Issue 8: a previous system's year of dossiers (`motcua seed synthetic`'s year written as the
 * interchange format: real histories through the processing rules) imported by the command line
 * (compiled, as installed) at ≥ 5,000 dossiers/s with bounded memory. The ceiling, measured on the same database in the
 * same run: PostgreSQL itself loading the file's lines as jsonb with COPY (no validation, no
 * history, no rollups). Then the same file again, which must change nothing.
 */
export const dossierImportSuite: Suite = {
  name: 'dossier import from a previous system',
  async run(ctx): Promise<Measurement[]> {
    const name = `import of ${count(DOSSIERS)} dossiers with their histories`;
    if (!ctx.databaseUrl)
      return [skipped(`${name}, dossiers/s`, 'ops/s', 'needs PostgreSQL (DATABASE_URL)')];
    const file = join(os.tmpdir(), `motcua-bench-import-${process.pid}.jsonl`);
    const database = await benchDatabase(ctx.databaseUrl);
    try {
      await seedDemo(database.db);
      await seedDemoCatalog(database.db);
      const written = performance.now();
      const out = createWriteStream(file);
      let events = 0;
      for await (const d of syntheticImportLines(database.db, { dossiers: DOSSIERS, seed: 808 })) {
        events += d.events;
        if (!out.write(`${d.line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      await new Promise<void>((r) => out.end(() => r()));
      // PostgreSQL's own process reads the file for COPY.
      await chmod(file, 0o644);
      const bytes = (await stat(file)).size;
      ctx.log(
        `import: ${count(DOSSIERS)} lines (${round(bytes / 2 ** 20)} MB) written in ${round((performance.now() - written) / 1000)} s`,
      );

      await sql`CREATE UNLOGGED TABLE bench_raw_lines (doc jsonb)`.execute(database.db);
      const copied = performance.now();
      // Control characters as quote and delimiter: every line is one jsonb value, as it stands.
      await sql`COPY bench_raw_lines (doc) FROM ${sql.lit(file)}
        WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')`.execute(database.db);
      const copySeconds = (performance.now() - copied) / 1000;
      await sql`DROP TABLE bench_raw_lines`.execute(database.db);
      await compile();

      const first = await importInChild(benchUrl(ctx.databaseUrl), file);
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM dossiers WHERE created_by = 'import'`.execute(database.db);
      if (Number(rows[0]?.n) !== DOSSIERS)
        throw new Error(`import: ${rows[0]?.n} dossiers in the database, ${DOSSIERS} expected`);
      const again = await importInChild(benchUrl(ctx.databaseUrl), file);
      if (again.imported !== 0 || again.unchanged !== DOSSIERS)
        throw new Error(`import again: ${JSON.stringify(again)}`);

      const ceiling = `${name}: COPY of the file's lines into a jsonb table (ceiling)`;
      return [
        {
          name: ceiling,
          value: round(DOSSIERS / copySeconds),
          unit: 'ops/s',
          higherIsBetter: true,
          servesAsCeiling: true,
          details: { seconds: round(copySeconds, 1), megabytes: round(bytes / 2 ** 20) },
        },
        {
          name: `${name}, dossiers/s`,
          value: round(first.dossiersPerSecond),
          unit: 'ops/s',
          higherIsBetter: true,
          ceiling,
          target: { absolute: 5_000 },
          details: {
            seconds: round(first.seconds, 1),
            historyEntries: events,
            fileMegabytes: round(bytes / 2 ** 20),
            secondsPerMillion: round((first.seconds * 1_000_000) / DOSSIERS),
          },
        },
        {
          name: `${name}: size of the file`,
          value: round(bytes / 2 ** 20),
          unit: 'MB',
          higherIsBetter: false,
          servesAsCeiling: true,
        },
        {
          name: `${name}: peak RSS of the import process`,
          value: first.maxRssMB,
          unit: 'MB',
          higherIsBetter: false,
          // Bounded: batches of 1,000 lines, two on their way, whatever the size of the file.
          ceiling: `${name}: size of the file`,
          target: { absolute: 1_024 },
          details: { reimportPeakRssMB: again.maxRssMB },
        },
        {
          name: `${name}: the same file again (changes nothing), dossiers/s`,
          value: round(again.dossiersPerSecond),
          unit: 'ops/s',
          higherIsBetter: true,
          ceiling,
          details: { seconds: round(again.seconds, 1) },
        },
      ];
    } finally {
      await database.close();
      await rm(file, { force: true });
    }
  },
};
