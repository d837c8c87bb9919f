import { sql } from 'kysely';
import { addDays, localDate } from '../../src/domain/calendar/local-date.js';
import { openDatabase } from '../../src/server/db/database.js';
import { rebuildRollups } from '../../src/server/features/indicators/indicators.service.js';
import { stableId } from '../../src/server/seed/stable-id.js';
import { seedSynthetic } from '../../src/server/seed/synthetic.service.js';
import { BENCH_DATABASE, benchDatabase } from '../bench-database.js';
import { CEILING } from '../ceilings/index.js';
import { signIn } from '../dossier-workload.js';
import { type Measurement, type Suite, type SuiteContext, skipped } from '../harness.js';
import { addSyntheticRollups, rollupSizes } from '../indicators-workload.js';
import { assertHealthy, runLoad } from '../load.js';
import { measuringCpu } from '../process-cpu.js';
import { startServer } from '../server-process.js';
import { benchUrl } from './dossier-intake.js';

/** Dossiers of the synthetic year (`BENCH_INDICATOR_DOSSIERS` for a quicker trial). */
const DOSSIERS = Number(process.env.BENCH_INDICATOR_DOSSIERS ?? 1_000_000);
/** The larger province: that many dossiers' rollups in all. */
const LARGER = 5 * DOSSIERS;

const PROVINCE = stableId('agency:province');
/** Units asked for: the province, departments, communes (the busy Kinh Bắc among them). */
const UNITS = [
  PROVINCE,
  stableId('agency:so-tu-phap'),
  stableId('agency:so-xay-dung'),
  stableId('agency:so-y-te'),
  stableId('agency:commune:09187'),
  stableId('agency:commune:09190'),
  stableId('agency:commune:07210'),
  stableId('agency:commune:09247'),
];

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Issue 7: any indicator for any unit and month over 1,000,000 dossiers at p95 ≤ 50 ms (and at
 * 5,000,000), and a rebuild of the rollups from the raw histories in ≤ 60 s per 1,000,000. The
 * year is `motcua seed synthetic` (real dossier rows and histories through the processing rules);
 * the rebuild is timed against a floor measured on the same database, one read of every
 * history. The larger province adds the rollups of 4,000,000 more synthetic dossiers without
 * their rows (the queries read rollups and totals only).
 */
export const indicatorsSuite: Suite = {
  name: 'service index: indicators',
  async run(ctx): Promise<Measurement[]> {
    const name = `indicators for a unit and month (${count(DOSSIERS)} dossiers)`;
    if (!ctx.databaseUrl) return [skipped(`${name} p95`, 'ms', 'needs PostgreSQL (DATABASE_URL)')];
    const now = new Date();
    const database = await benchDatabase(ctx.databaseUrl);
    const out: Measurement[] = [];
    try {
      const started = performance.now();
      const seeded = await seedSynthetic(database.db, { dossiers: DOSSIERS, seed: 766, now });
      const seedSeconds = (performance.now() - started) / 1000;
      ctx.log(
        `indicators: ${count(seeded.dossiers)} dossiers seeded in ${seedSeconds.toFixed(0)} s`,
      );
      await sql`VACUUM ANALYZE`.execute(database.db);
      // The floor: reading every history once, in the order the rebuild reads them.
      const floorStarted = performance.now();
      await sql`SELECT count(*), sum(octet_length(data::text)) FROM (SELECT * FROM dossier_events
        ORDER BY dossier_id, id) e`.execute(database.db);
      const floor = (performance.now() - floorStarted) / 1000;
      const rebuildStarted = performance.now();
      const rebuilt = await rebuildRollups(database.db);
      const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
      const perMillion = (s: number) => Math.round((s * 1_000_000 * 10) / DOSSIERS) / 10;
      const rebuildName = `rollup rebuild from ${count(seeded.events)} history entries`;
      out.push(
        {
          name: `${rebuildName}: one read of every history (floor)`,
          value: perMillion(floor),
          unit: 's',
          higherIsBetter: false,
          servesAsCeiling: true,
          details: { seconds: Math.round(floor * 10) / 10 },
        },
        {
          name: `${rebuildName}, s per 1,000,000 dossiers`,
          value: perMillion(rebuildSeconds),
          unit: 's',
          higherIsBetter: false,
          ceiling: `${rebuildName}: one read of every history (floor)`,
          target: { absolute: 60 },
          details: {
            dossiers: rebuilt.dossiers,
            rollupRows: rebuilt.rows,
            seconds: Math.round(rebuildSeconds * 10) / 10,
            seedSeconds: Math.round(seedSeconds),
          },
        },
      );
      out.push(...(await measure(ctx, ctx.databaseUrl, name, await rollupSizes(database), now)));
      await addSyntheticRollups(database, { dossiers: LARGER - DOSSIERS, seed: 767, now });
      await sql`VACUUM ANALYZE dossier_rollups`.execute(database.db);
      const larger = `indicators for a unit and month (${count(LARGER)} dossiers)`;
      out.push(...(await measure(ctx, ctx.databaseUrl, larger, await rollupSizes(database), now)));
    } finally {
      await database.close();
    }
    return out;
  },
};

/** The supervisor's figures for each unit and each of the last twelve months, under load. */
async function measure(
  ctx: SuiteContext,
  databaseUrl: string,
  name: string,
  sizes: Awaited<ReturnType<typeof rollupSizes>>,
  now: Date,
): Promise<Measurement[]> {
  const server = await startServer(new URL('../servers/motcua.ts', import.meta.url), {
    env: { DATABASE_URL: benchUrl(databaseUrl), LOG_LEVEL: 'silent' },
  });
  const admin = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
  try {
    const { cookie } = await signIn(server.url, 'giamsat.tinh');
    const months = Array.from({ length: 12 }, (_, i) =>
      addDays(`${localDate(now).slice(0, 7)}-01`, -i * 28).slice(0, 7),
    );
    const paths = months.flatMap((m) => [
      ...UNITS.map((u) => `/api/v1/indicators/progress?agencyId=${u}&period=month&date=${m}-01`),
      `/api/v1/indicators/units?agencyId=${PROVINCE}&period=month&date=${m}-01`,
    ]);
    // Not vacuous: the province's month has thousands of dossiers counted.
    const check = await fetch(`${server.url}${paths[0]}`, { headers: { cookie } });
    const body = (await check.json()) as { counts?: { counted: number } };
    if (!check.ok || (body.counts?.counted ?? 0) < 1000)
      throw new Error(`indicators: ${check.status} ${JSON.stringify(body)}`);
    const measured = await measuringCpu(server.pid, admin, BENCH_DATABASE, () =>
      runLoad({
        url: server.url,
        variants: paths.map((path) => ({ path, headers: { cookie } })),
        connections: 2,
        seconds: ctx.seconds,
        warmupSeconds: ctx.warmupSeconds,
      }),
    );
    const r = assertHealthy(measured.result);
    const details = {
      requests: r.ok,
      connections: r.connections,
      units: UNITS.length,
      months: months.length,
      rollupRows: sizes.rollups,
      totalRows: sizes.totals,
      totalsBefore: sizes.horizon,
      p50Ms: r.latencyMs.p50,
      p99Ms: r.latencyMs.p99,
      serverCpuUsPerRequest: measured.serverCpuUsPerResponse,
      dbCpuUsPerRequest: measured.dbCpuUsPerResponse,
    };
    return [
      {
        name: `${name} p95`,
        value: r.latencyMs.p95,
        unit: 'ms',
        higherIsBetter: false,
        ceiling: CEILING.httpPgLookupP99,
        target: { absolute: 50 },
        details,
      },
    ];
  } finally {
    await server.stop();
    await admin.close();
  }
}
