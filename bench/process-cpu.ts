import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../src/server/db/database.js';
import type { LoadResult } from './load.js';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system) a process has used so far, in ms; null where /proc is not readable. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/**
 * CPU used so far by the PostgreSQL backends serving a database (PostgreSQL on this machine), in
 * ms; null when they cannot be read.
 */
export async function backendsCpuMs(admin: Database, database: string): Promise<number | null> {
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = ${database} AND pid <> pg_backend_pid()`.execute(
    admin.db,
  );
  let total = 0;
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

/**
 * Runs a load against a server child process and tells the CPU time it and the database's
 * backends spent per response (warm-up included): a figure that other processes on a shared
 * machine disturb much less than a rate does.
 */
export async function measuringCpu<R extends LoadResult>(
  serverPid: number,
  admin: Database,
  database: string,
  run: () => Promise<R>,
): Promise<{
  result: R;
  serverCpuUsPerResponse: number | null;
  dbCpuUsPerResponse: number | null;
}> {
  const server0 = cpuMs(serverPid);
  const db0 = await backendsCpuMs(admin, database);
  const result = await run();
  const server1 = cpuMs(serverPid);
  const db1 = await backendsCpuMs(admin, database);
  const responses = result.ok + result.non2xx + result.warmupResponses;
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || responses === 0 ? null : Math.round(((b - a) * 1000) / responses);
  return {
    result,
    serverCpuUsPerResponse: per(server0, server1),
    dbCpuUsPerResponse: per(db0, db1),
  };
}
