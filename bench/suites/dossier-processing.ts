import { type Kysely, sql } from 'kysely';
import { openDatabase } from '../../src/server/db/database.js';
import type { DB } from '../../src/server/db/schema.js';
import { BENCH_DATABASE, benchDatabase } from '../bench-database.js';
import { CEILING } from '../ceilings/index.js';
import { signIn } from '../dossier-workload.js';
import { type Measurement, type Suite, skipped } from '../harness.js';
import { assertHealthy, type LoadResult, runLoad } from '../load.js';
import { measuringCpu } from '../process-cpu.js';
import {
  CONSULTED_AGENCY,
  insertReceived,
  LEADER,
  prepareProcessing,
  settle,
} from '../processing-workload.js';
import { startServer } from '../server-process.js';
import { benchUrl } from './dossier-intake.js';

/**
 * What the specialist does to each dossier, in order: claim it (received → in progress, the
 * appraisal step starts), ask Sở Tư pháp for an opinion, record the answer, hand it over to the
 * leader for signature. Each body carries the version it acts on.
 */
const ACTIONS = [
  (version: number) => ({ action: 'claim', version }),
  (version: number) => ({
    action: 'consult',
    agencyId: CONSULTED_AGENCY,
    question: 'Đề nghị Sở Tư pháp cho ý kiến về giấy chứng sinh kèm theo hồ sơ',
    workingDays: 3,
    version,
  }),
  (version: number) => ({
    action: 'record_reply',
    consultation: 0,
    answer: 'Thống nhất, giấy chứng sinh hợp lệ',
    version,
  }),
  (version: number) => ({ action: 'forward', handlerId: LEADER, version }),
];

/** Dossiers between a dossier's action and its next one in the request order. */
const GAP = 1000;
/** Dossiers are prepared for up to this rate; past it the requests would wrap around and ask
 * again for moves already made (409). */
const MAX_RATE = 5000;

/**
 * Issue 6: state transitions through HTTP, each one moving a real dossier with the version it
 * read, ≥ 1,000/s and compared with the in-run pgbench ceiling. Dossiers received at Kinh Bắc's
 * counter are taken by its specialist through their first four actions; the request order is
 * staggered (block j sends the claims of block j, the consultations of block j − 1, ...), so the
 * four actions are mixed from the start and a dossier's next action comes 4 × GAP requests after
 * its previous one (well after that one was answered). Only 2xx count; afterwards the history
 * must hold at least one new entry per 2xx answer.
 */
export const dossierProcessingSuite: Suite = {
  name: 'dossiers: processing transitions',
  async run(ctx): Promise<Measurement[]> {
    const name = 'POST /api/v1/dossiers/{id}/actions (claim, consult, reply, forward)';
    if (!ctx.databaseUrl) return [skipped(name, 'tps', 'needs PostgreSQL (DATABASE_URL)')];
    const wanted = ((ctx.seconds + ctx.warmupSeconds) * MAX_RATE) / ACTIONS.length;
    const blocks = Math.ceil(wanted / GAP);
    let ids: string[];
    let eventsBefore: number;
    const database = await benchDatabase(ctx.databaseUrl);
    try {
      const { templateId } = await prepareProcessing(database);
      await insertReceived(database, templateId, blocks * GAP);
      await settle(database);
      const rows = await database.db
        .selectFrom('dossiers')
        .select('id')
        .where('state', '=', 'received')
        .where('id', '<>', templateId)
        .orderBy('code')
        .execute();
      ids = rows.map((r) => r.id);
      eventsBefore = await countEvents(database.db);
    } finally {
      await database.close();
    }
    const server = await startServer(new URL('../servers/motcua.ts', import.meta.url), {
      env: { DATABASE_URL: benchUrl(ctx.databaseUrl), LOG_LEVEL: 'silent' },
    });
    const admin = await openDatabase({ kind: 'postgres', url: ctx.databaseUrl, poolSize: 1 });
    let measured: Awaited<ReturnType<typeof measuringCpu<LoadResult>>>;
    try {
      const { cookie, csrf } = await signIn(server.url, 'chuyenvien.kinhbac');
      const variants = staggered(ids, blocks);
      measured = await measuringCpu(server.pid, admin, BENCH_DATABASE, () =>
        runLoad({
          url: server.url,
          method: 'POST',
          // The officer's page reads the dossier again on its own; the action answers its outcome.
          headers: {
            'content-type': 'application/json',
            cookie,
            'x-csrf-token': csrf,
            prefer: 'return=minimal',
          },
          variants,
          connections: ctx.connections,
          seconds: ctx.seconds,
          warmupSeconds: ctx.warmupSeconds,
        }),
      );
    } finally {
      await server.stop();
      await admin.close();
    }
    const r = measured.result;
    assertHealthy(r);
    const check = await openDatabase({ kind: 'postgres', url: benchUrl(ctx.databaseUrl) });
    const recorded = await countEvents(check.db).finally(() => check.close());
    if (recorded - eventsBefore < r.ok)
      throw new Error(`${r.ok} transitions answered 2xx but ${recorded - eventsBefore} recorded`);
    const details = {
      client: r.client,
      connections: r.connections,
      transitions: r.ok,
      recorded: recorded - eventsBefore,
      dossiers: ids.length,
      p50Ms: r.latencyMs.p50,
      p95Ms: r.latencyMs.p95,
      p99Ms: r.latencyMs.p99,
      serverCpuUsPerTransition: measured.serverCpuUsPerResponse,
      dbCpuUsPerTransition: measured.dbCpuUsPerResponse,
    };
    return [
      {
        name,
        value: r.reqPerSec,
        unit: 'tps',
        higherIsBetter: true,
        ceiling: CEILING.pgbenchTx3,
        // 1,000/s at a pgbench ceiling of 5,000 tps (the design brief measured 4.1k here, the
        // runs of December 2026 4.1k–6.3k).
        target: { ratio: 0.2 },
        details,
      },
      {
        name: `${name}, absolute`,
        value: r.reqPerSec,
        unit: 'tps',
        higherIsBetter: true,
        target: { absolute: 1000 },
      },
    ];
  },
};

async function countEvents(db: Kysely<DB>) {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier_events`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The request order: block j sends action r to the dossiers of block j − r. */
function staggered(ids: string[], blocks: number) {
  const variants: { path: string; body: string }[] = [];
  for (let j = 0; j < blocks + ACTIONS.length - 1; j++)
    for (const [round, body] of ACTIONS.entries()) {
      const block = j - round;
      if (block < 0 || block >= blocks) continue;
      for (const id of ids.slice(block * GAP, (block + 1) * GAP))
        variants.push({
          path: `/api/v1/dossiers/${id}/actions`,
          body: JSON.stringify(body(round + 1)),
        });
    }
  return variants;
}
