/**
 * `npm run bench`: runs the ceilings, then the suites, prints a Markdown table and writes
 * bench/results/latest.md, bench/results/latest.json and a line in bench/results/history.jsonl.
 *
 * Environment: BENCH_SECONDS (measuring time per measurement, default 5), BENCH_WARMUP_SECONDS
 * (default min(1, BENCH_SECONDS / 5)), BENCH_CONNECTIONS (HTTP connections, default 16),
 * DATABASE_URL (enables the PostgreSQL ceilings), BENCH_STRICT=1 (exit 1 on a failed target),
 * BENCH_SUITES (see select-suites.ts; a word matching no suite exits 2 before anything runs).
 * Progress goes to stderr; stdout gets the table only.
 */

import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ceilings } from './ceilings/index.js';
import {
  errorRow,
  evaluate,
  markdownTable,
  type Row,
  type Suite,
  type SuiteContext,
} from './harness.js';
import { selectSuites } from './select-suites.js';
import { suites } from './suites/index.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number: ${raw}`);
  return n;
}

async function pgServerVersion(databaseUrl: string | undefined): Promise<string | null> {
  if (!databaseUrl) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ v: string }>('SELECT version() AS v');
    return rows[0]?.v ?? null;
  } catch (err) {
    return `unavailable: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

async function machineInfo(databaseUrl: string | undefined) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? null,
    availableParallelism: os.availableParallelism(),
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pgServer: await pgServerVersion(databaseUrl),
    gitCommit: gitCommit(),
    loadavgStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

async function runGroup(
  kind: Row['kind'],
  group: readonly Suite[],
  ctxFor: (suite: Suite) => SuiteContext,
  ceilingRows: Map<string, Row>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const suite of group) {
    const t0 = performance.now();
    console.error(`▶ ${suite.name}`);
    try {
      const measurements = await suite.run(ctxFor(suite));
      rows.push(...evaluate(kind, suite.name, measurements, ceilingRows));
    } catch (err) {
      console.error(err);
      rows.push(errorRow(kind, suite.name, err));
    }
    console.error(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return rows;
}

async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

async function main(): Promise<number> {
  const seconds = numberFromEnv('BENCH_SECONDS', 5);
  const warmupSeconds = numberFromEnv('BENCH_WARMUP_SECONDS', Math.min(1, seconds / 5));
  const connections = Math.round(numberFromEnv('BENCH_CONNECTIONS', 16));
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const { selected, unmatched } = selectSuites(suites, process.env.BENCH_SUITES);
  if (unmatched.length > 0) {
    console.error(
      `BENCH_SUITES: no suite's name contains ${unmatched.map((w) => `"${w}"`).join(', ')}; nothing was run.\nSuites:\n${suites.map((s) => `  ${s.name}`).join('\n')}`,
    );
    return 2;
  }
  const startedAt = new Date();
  const machine = await machineInfo(databaseUrl);

  const ctxFor = (suite: Suite): SuiteContext => ({
    seconds,
    warmupSeconds,
    connections,
    databaseUrl,
    log: (message) => console.error(`  [${suite.name}] ${message}`),
  });
  const ceilingRows = new Map<string, Row>();
  const rows = [
    ...(await runGroup('ceiling', ceilings, ctxFor, ceilingRows)),
    ...(await runGroup('suite', selected, ctxFor, ceilingRows)),
  ];
  const finishedAt = new Date();
  const loadavgEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);

  const config = { seconds, warmupSeconds, connections, databaseUrl: databaseUrl !== undefined };
  const table = markdownTable(rows);
  const md = [
    '# motcua benchmark',
    '',
    `- date: ${startedAt.toISOString()} (${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(1)} s)`,
    `- machine: ${machine.cpus} × ${machine.cpuModel ?? '?'} (available parallelism ${machine.availableParallelism}), ${machine.memoryGB} GB, ${machine.os}`,
    `- node: ${machine.node}`,
    `- PostgreSQL: ${machine.pgServer ?? 'n/a (DATABASE_URL not set)'}`,
    `- load average: ${machine.loadavgStart.join(' ')} at start, ${loadavgEnd.join(' ')} at end`,
    `- settings: ${seconds} s per measurement after ${warmupSeconds} s warm-up, ${connections} HTTP connections`,
    ...(machine.gitCommit ? [`- commit: ${machine.gitCommit}`] : []),
    '',
    table,
    '',
    'ratio = value / ceiling, both measured in this run. For ms and MB lower is better,',
    'so a target ratio is a maximum there and a minimum elsewhere.',
    '',
  ].join('\n');
  const json = {
    schema: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    config,
    machine: { ...machine, loadavgEnd },
    rows,
  };
  const history = {
    date: startedAt.toISOString(),
    commit: machine.gitCommit,
    cpus: machine.cpus,
    node: machine.node,
    pgServer: machine.pgServer,
    seconds,
    loadavgStart: machine.loadavgStart,
    rows: rows.map((r) => ({
      suite: r.suite,
      name: r.name,
      value: r.value,
      unit: r.unit,
      ratio: r.ratio,
      verdict: r.verdict,
    })),
  };

  await mkdir(RESULTS_DIR, { recursive: true });
  await writeAtomic(`${RESULTS_DIR}latest.md`, md);
  await writeAtomic(`${RESULTS_DIR}latest.json`, `${JSON.stringify(json, null, 2)}\n`);
  await appendFile(`${RESULTS_DIR}history.jsonl`, `${JSON.stringify(history)}\n`);

  console.log(table);
  console.error(`\nwrote bench/results/latest.md, latest.json; appended history.jsonl`);

  const errors = rows.filter((r) => r.verdict === 'error').length;
  const failures = rows.filter((r) => r.verdict === 'fail').length;
  if (errors > 0) console.error(`${errors} error(s)`);
  if (failures > 0) console.error(`${failures} target(s) missed`);
  return errors > 0 || (failures > 0 && process.env.BENCH_STRICT === '1') ? 1 : 0;
}

process.exitCode = await main();
