import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type Suite, skipped } from '../harness.js';
import { CEILING } from './names.js';
import { TX3_PGBENCH_SCRIPT, TX3_SCHEMA_SQL } from './tx3.js';

const run = promisify(execFile);

export const PGBENCH_CLIENTS = 8;
export const PGBENCH_THREADS = 2;

/** `PGBENCH` env, else `pgbench` on PATH, else the newest /usr/lib/postgresql/<v>/bin/pgbench. */
export async function findPgbench(): Promise<string | null> {
  if (process.env.PGBENCH) return existsSync(process.env.PGBENCH) ? process.env.PGBENCH : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'pgbench'))) return join(dir, 'pgbench');
  }
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  versions.sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const p = join(root, v, 'bin', 'pgbench');
    if (existsSync(p)) return p;
  }
  return null;
}

export async function resetBenchSchema(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(TX3_SCHEMA_SQL);
  } finally {
    await client.end();
  }
}

export function parsePgbench(stdout: string): { tps: number; transactions: number | null } {
  const tps =
    /^tps = ([\d.]+) \((?:without|excluding)/m.exec(stdout)?.[1] ??
    /^tps = ([\d.]+)/m.exec(stdout)?.[1];
  if (tps === undefined) throw new Error(`no tps in pgbench output:\n${stdout}`);
  const tx = /number of transactions actually processed: (\d+)/.exec(stdout)?.[1];
  return { tps: Number(tps), transactions: tx === undefined ? null : Number(tx) };
}

export const pgbenchCeiling: Suite = {
  name: 'ceiling: pgbench',
  async run(ctx) {
    const name = CEILING.pgbenchTx3;
    if (!ctx.databaseUrl) return [skipped(name, 'tps', 'DATABASE_URL not set')];
    const bin = await findPgbench();
    if (!bin) {
      return [skipped(name, 'tps', 'pgbench not found (PATH, /usr/lib/postgresql/*/bin, PGBENCH)')];
    }
    const version = (await run(bin, ['--version'])).stdout.trim();
    await resetBenchSchema(ctx.databaseUrl);
    const dir = await mkdtemp(join(tmpdir(), 'motcua-bench-'));
    try {
      const script = join(dir, 'tx3.sql');
      await writeFile(script, TX3_PGBENCH_SCRIPT);
      const seconds = Math.max(1, Math.round(ctx.seconds));
      const args = [
        '-n',
        '-c',
        String(PGBENCH_CLIENTS),
        '-j',
        String(PGBENCH_THREADS),
        '-T',
        String(seconds),
        '-f',
        script,
        ctx.databaseUrl,
      ];
      ctx.log(`${bin} ${args.slice(0, -1).join(' ')} <DATABASE_URL>`);
      let stdout: string;
      try {
        ({ stdout } = await run(bin, args, { maxBuffer: 16 << 20 }));
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string; message: string };
        throw new Error(`pgbench failed: ${e.stderr?.trim() || e.message}`);
      }
      const r = parsePgbench(stdout);
      return [
        {
          name,
          value: r.tps,
          unit: 'tps',
          higherIsBetter: true,
          details: {
            pgbench: version,
            clients: PGBENCH_CLIENTS,
            threads: PGBENCH_THREADS,
            seconds,
            transactions: r.transactions,
          },
        },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
