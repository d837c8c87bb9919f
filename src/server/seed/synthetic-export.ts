import type { Kysely } from 'kysely';
import { exportRecord } from '../../domain/dossier/export-record.js';
import type { DossierTimeline } from '../../domain/indicators/on-time.js';
import { timelineOf } from '../../domain/indicators/timeline.js';
import type { DB } from '../db/schema.js';
import { codeSequencesSince } from './synthetic.queries.js';
import { dossiersOfYear, syntheticYear } from './synthetic.service.js';

/**
 * A synthetic year (synthetic-fates.ts) as lines of the interchange format of imports
 * (docs/dossier-import.md) instead of rows: for the import's benchmark, its round-trip test, and
 * to try an import on a demo installation. Agencies are named by their codes; nothing is written.
 */
export async function* syntheticImportLines(
  db: Kysely<DB>,
  options: { dossiers: number; seed?: number; now?: Date; source?: string },
): AsyncGenerator<{ line: string; events: number; timeline: DossierTimeline }> {
  const now = options.now ?? new Date();
  const year = await syntheticYear(db, { ...options, now });
  const codes = new Map(
    (await db.selectFrom('agencies').select(['id', 'code']).execute()).map((a) => [a.id, a.code]),
  );
  const source = options.source ?? 'synthetic';
  const sequences = await codeSequencesSince(db, year.firstDay);
  for (const d of dossiersOfYear(year, { ...options, now, sequences })) {
    const version = year.versions[d.procedure];
    if (!version) continue;
    const receipt = d.events.find((e) => e.to === 'received');
    const digitised = receipt?.data.digitised === true;
    const record = exportRecord({
      source,
      code: d.code,
      procedureCode: version.national_code,
      receivingAgency: codes.get(d.channel === 'online' ? d.agency.id : d.agency.centreId) ?? '',
      competentAgency: codes.get(d.agency.id) ?? '',
      applicant: {
        kind: 'citizen',
        name: d.applicant.name,
        idNumber: d.applicant.idNumber,
        phone: d.applicant.phone,
        address: d.applicant.address.detail,
      },
      channel: d.channel,
      submittedAt: d.submittedAt,
      history: d.events,
      components: version.components.map((c) => ({ name: c.name, digitised, reused: false })),
    });
    yield { line: JSON.stringify(record), events: d.events.length, timeline: timelineOf(d.events) };
  }
}
