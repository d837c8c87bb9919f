import { type Kysely, sql } from 'kysely';
import { contributions, MEASURES } from '../../../domain/indicators/contributions.js';
import type { ProgressCounts } from '../../../domain/indicators/on-time.js';
import type { Period } from '../../../domain/indicators/periods.js';
import type { DB } from '../../db/schema.js';
import { agencyPath } from '../agencies/agencies.queries.js';
import { agencyIdsWithin } from '../dossiers/dossiers.queries.js';
import {
  dossierHistories,
  dossiersWithoutTimeline,
  progressFromRollups,
  replaceRollups,
  setTimelines,
} from './indicators.queries.js';
import { type RollupRow, rollupRows } from './rollup-change.js';

/** The progress of an agency and every agency under it (a commune, a department, the province). */
export async function progressOf(
  db: Kysely<DB>,
  agencyId: string,
  period: Pick<Period, 'from' | 'to'>,
): Promise<ProgressCounts> {
  const path = await agencyPath(db, agencyId);
  const ids = path === undefined ? [] : await agencyIdsWithin(db, [path]);
  return progressFromRollups(db, ids, period);
}

/**
 * Rebuilds every dossier's timeline and all rollups from the stored histories, in one
 * transaction that holds back changes to dossiers meanwhile (so that none is lost between the
 * read of its history and the new rollups). For a new installation of the rollups (migration
 * 0015) and for repair. Dossiers whose timeline changes get a new version, so that no server
 * instance acts on a row it kept from before.
 */
export async function rebuildRollups(
  db: Kysely<DB>,
  options: { pageSize?: number; onProgress?: (dossiers: number) => void } = {},
): Promise<{ dossiers: number; rows: number }> {
  const pageSize = options.pageSize ?? 2_000;
  return db.transaction().execute(async (trx) => {
    await sql`LOCK TABLE dossiers IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
    const sums = new Map<string, RollupRow>();
    let dossiers = 0;
    let after: string | null = null;
    for (;;) {
      const page = await dossierHistories(trx, after, pageSize);
      if (page.length === 0) break;
      for (const d of page) {
        const key = {
          agencyId: d.competent_agency_id,
          procedureCode: d.procedure_code,
          channel: d.channel,
        };
        for (const row of rollupRows(key, contributions(d.timeline))) {
          const k = `${row.agency_id} ${row.day} ${row.procedure_code} ${row.channel}`;
          const sum = sums.get(k);
          if (!sum) sums.set(k, { ...row });
          else for (const m of MEASURES) sum[m] = (sum[m] ?? 0) + (row[m] ?? 0);
        }
      }
      await setTimelines(trx, page);
      dossiers += page.length;
      after = page.at(-1)?.id ?? null;
      options.onProgress?.(dossiers);
    }
    const rows = [...sums.values()];
    await replaceRollups(trx, rows);
    return { dossiers, rows: rows.length };
  });
}

/**
 * Whether received dossiers exist that the rollups have never seen (written before migration
 * 0015): `motcua migrate` and `motcua serve --migrate` then rebuild the rollups once.
 */
export async function rollupsNeedRebuild(db: Kysely<DB>): Promise<boolean> {
  return dossiersWithoutTimeline(db);
}
