import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../../domain/access/policy.js';
import type { DB } from '../../db/schema.js';
import { progressPdf } from '../../forms/progress-report.pdf.js';
import { progressWorkbook } from '../../forms/progress-report.xlsx.js';
import type { ProgressReportData } from '../../forms/progress-report-columns.js';
import { PROVINCE_PLACE } from '../../forms/vi-format.js';
import type { UnitsQuery, UnitsView } from './indicators.contract.js';
import { unitsProgress } from './indicators.service.js';

type Report = { file: Buffer; name: string };

/** The periodic report of a unit (its agencies, then the total) as an Excel workbook. */
export async function progressReport(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof UnitsQuery>,
  now = new Date(),
): Promise<Report> {
  const { data, name } = await reportData(db, actor, query, now);
  return { file: await progressWorkbook(data), name: `${name}.xlsx` };
}

/** The same report as a PDF on A4 landscape, from the same data as the workbook. */
export async function progressReportPdf(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof UnitsQuery>,
  now = new Date(),
): Promise<Report> {
  const { data, name } = await reportData(db, actor, query, now);
  return { file: await progressPdf(data), name: `${name}.pdf` };
}

/**
 * The report's figures, read once from the dashboard's table (so the report and the page agree):
 * the agencies with dossiers in the period, then the unit's total; and the file's name without
 * its extension.
 */
async function reportData(
  db: Kysely<DB>,
  actor: Actor,
  query: z.infer<typeof UnitsQuery>,
  now: Date,
): Promise<{ data: ProgressReportData; name: string }> {
  const view = await unitsProgress(db, actor, query);
  const line = (u: UnitsView['total']) => ({
    name: u.agency.name,
    counts: u.counts,
    onTime: u.onTime,
  });
  return {
    data: {
      unit: view.total.agency.name,
      from: view.period.from,
      to: view.period.to,
      countedTo: view.period.countedTo,
      place: PROVINCE_PLACE,
      generatedAt: now.toISOString(),
      lines: view.units.filter((u) => u.counts.counted > 0).map(line),
      total: line(view.total),
    },
    name: `bao-cao-tien-do-${view.period.from}-${view.period.to}`,
  };
}
