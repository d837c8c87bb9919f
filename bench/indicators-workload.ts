import { sql } from 'kysely';
import { contributions } from '../src/domain/indicators/contributions.js';
import { timelineOf } from '../src/domain/indicators/timeline.js';
import type { Database } from '../src/server/db/database.js';
import { addRollups } from '../src/server/features/indicators/indicators.queries.js';
import { retotalPastDays } from '../src/server/features/indicators/indicators.service.js';
import {
  addContributions,
  type RollupSums,
  rowsOfSums,
} from '../src/server/features/indicators/rollup-change.js';
import { dossiersOfYear, syntheticYear } from '../src/server/seed/synthetic.service.js';

/**
 * The rollups of `dossiers` more synthetic dossiers (the same generator and the same
 * contributions as `motcua seed synthetic`) without their dossier rows: the indicator queries read
 * the rollups and their totals only, so a province of 5,000,000 dossiers is measured without
 * writing 4,000,000 more rows they never read. Then the past days are totalled again, as after
 * any rewrite of past days.
 */
export async function addSyntheticRollups(
  database: Database,
  options: { dossiers: number; seed: number; now: Date },
) {
  const { db } = database;
  const year = await syntheticYear(db, options);
  const codes = year.versions.map((v) => v.national_code);
  let sums: RollupSums = new Map();
  let inBatch = 0;
  let batches = 0;
  const flush = async () => {
    const rows = rowsOfSums(sums);
    sums = new Map();
    inBatch = 0;
    const shard = batches++ % 8;
    await db.transaction().execute((trx) => addRollups(trx, rows, shard));
  };
  for (const d of dossiersOfYear(year, { ...options, sequences: new Map() })) {
    const key = {
      agencyId: d.agency.id,
      procedureCode: codes[d.procedure] as string,
      channel: d.channel,
    };
    addContributions(sums, key, contributions(timelineOf(d.events)));
    if (++inBatch >= 50_000) await flush();
  }
  await flush();
  await retotalPastDays(db, options.now);
}

/** Counts of what the indicator queries read: rollup rows, totals, days not yet totalled. */
export async function rollupSizes(database: Database) {
  const { rows } = await sql<{ rollups: string; totals: string; horizon: string | null }>`
    SELECT (SELECT count(*) FROM dossier_rollups) AS rollups,
      (SELECT count(*) FROM dossier_rollup_totals) AS totals,
      (SELECT totals_before::text FROM dossier_rollup_horizon) AS horizon`.execute(database.db);
  const r = rows[0];
  return { rollups: Number(r?.rollups), totals: Number(r?.totals), horizon: r?.horizon ?? null };
}
