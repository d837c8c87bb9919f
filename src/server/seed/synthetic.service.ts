import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Unit } from '../../domain/calendar/deadline.js';
import { addDays, localDate } from '../../domain/calendar/local-date.js';
import type { StepDef } from '../../domain/dossier/processing.js';
import { NATIONAL_STATUS_OF } from '../../domain/dossier/states.js';
import { contributions } from '../../domain/indicators/contributions.js';
import { timelineOf } from '../../domain/indicators/timeline.js';
import type { DB } from '../db/schema.js';
import { currentCalendar } from '../features/calendar/calendar.service.js';
import { insertDossierBatch } from '../features/dossiers/dossier-batch.queries.js';
import { columnsOf } from '../features/dossiers/dossier-facts.js';
import { processFor } from '../features/dossiers/dossier-intake.service.js';
import { addRollups, clearTotals } from '../features/indicators/indicators.queries.js';
import { retotalPastDays } from '../features/indicators/indicators.service.js';
import { rollupRows, sumRollups } from '../features/indicators/rollup-change.js';
import { seedDemo, seedDemoCatalog, seedOrganisation } from './seed.service.js';
import {
  advanceCodeSequences,
  codeSequencesSince,
  type ProcedureInForce,
  syntheticHandlers,
  syntheticPlaces,
  syntheticProcedures,
} from './synthetic.queries.js';
import {
  random,
  type SyntheticAgency,
  type SyntheticDossier,
  type SyntheticProcedure,
  syntheticDossiers,
} from './synthetic-fates.js';

export interface SyntheticSummary {
  dossiers: number;
  events: number;
  from: string;
  to: string;
}

const BATCH = 1_000;
const SYNTHETIC_AUTHOR = { createdBy: 'seed-synthetic', actorType: 'system' };

/**
 * `motcua seed synthetic --dossiers N`: the organisation, the demo accounts and catalog, then a
 * year of N dossiers up to yesterday (synthetic-fates.ts), written with their histories,
 * timelines and rollups in batches, each batch one transaction. Dossier codes take their numbers
 * from the counters' daily sequences, so running it again adds another year's worth beside the
 * first.
 */
export async function seedSynthetic(
  db: Kysely<DB>,
  options: { dossiers: number; seed?: number; now?: Date; onProgress?: (n: number) => void },
): Promise<SyntheticSummary> {
  await seedOrganisation(db);
  await seedDemo(db);
  await seedDemoCatalog(db);
  const now = options.now ?? new Date();
  const year = await syntheticYear(db, { ...options, now });
  const { versions, templates } = year;
  let batch: SyntheticDossier[] = [];
  let written = 0;
  let events = 0;
  // Two batches on their way at once: PostgreSQL writes one while the next is drawn and sent.
  const inFlight: Promise<void>[] = [];
  let batches = 0;
  const write = async (dossiers: SyntheticDossier[], shard: number) => {
    const rows = dossiers.map((d) => dossierRow(d, versions[d.procedure] as ProcedureInForce));
    const history = rows.flatMap((r) => r.history);
    await db.transaction().execute(async (trx) => {
      await insertDossierBatch(
        trx,
        rows.map((r) => r.row),
        history,
        templates,
        SYNTHETIC_AUTHOR,
      );
      await addRollups(trx, sumRollups(rows.flatMap((r) => r.rollup)), shard);
    });
    written += dossiers.length;
    events += history.length;
    options.onProgress?.(written);
  };
  let failed: { error: unknown } | null = null;
  const flush = async () => {
    if (batch.length === 0) return;
    if (inFlight.length >= 2) await inFlight.shift();
    if (failed) throw failed.error;
    inFlight.push(
      write(batch, batches++ % 2).catch((error: unknown) => {
        failed ??= { error };
      }),
    );
    batch = [];
  };
  // Past days are about to be written: the totals are forgotten first and made again at the end.
  await db.transaction().execute((trx) => clearTotals(trx));
  const sequences = await codeSequencesSince(db, year.firstDay);
  for (const d of dossiersOfYear(year, { ...options, now, sequences })) {
    batch.push(d);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  if (failed) throw (failed as { error: unknown }).error;
  await advanceCodeSequences(db, sequences);
  // Past days were written: their totals are made again.
  await retotalPastDays(db, now);
  return { dossiers: written, events, from: year.firstDay, to: addDays(year.today, -1) };
}

/**
 * What a synthetic year is drawn from: its first day (a year before today), the working calendar,
 * the agencies that decide dossiers with their counters, officers and random weights and late
 * shares, and the procedures in force with what their dossiers copy.
 */
export async function syntheticYear(db: Kysely<DB>, options: { seed?: number; now: Date }) {
  const today = localDate(options.now);
  const firstDay = addDays(today, -365);
  const rnd = random((options.seed ?? 2025) ^ 0x5eed);
  const calendar = await currentCalendar(db);
  const places = await syntheticPlaces(db);
  const handlers = await syntheticHandlers(
    db,
    places.map((p) => p.id),
  );
  const agencies: SyntheticAgency[] = places.map((p) => ({
    id: p.id,
    centreId: p.centre_id,
    centreCode: p.centre_code,
    handlerId: handlers.get(p.id) as string,
    // Departments take more dossiers than a commune; some agencies are late far more often.
    weight: (p.kind === 'commune' ? 0.5 : 2) + rnd() * (p.kind === 'commune' ? 1.5 : 4),
    lateShare: 0.01 + rnd() ** 2 * 0.16,
    unitCode: p.kind === 'commune' ? p.admin_unit_code : null,
  }));
  const homeUnits = places.flatMap((p) =>
    p.kind === 'commune' && p.admin_unit_code ? [p.admin_unit_code] : [],
  );
  const communes = places.filter((p) => p.kind === 'commune').map((p) => p.id);
  const versions = await syntheticProcedures(db, today);
  const procedures: SyntheticProcedure[] = versions.map((v, index) => ({
    index,
    agencyIds:
      v.level === 'commune' ? communes : v.competent_agency_id ? [v.competent_agency_id] : [],
    timeLimit: v.time_limit as { amount: number; unit: Unit },
    steps: (processFor(v.processes as { agencyId: string | null; steps: StepDef[] }[], '')?.steps ??
      []) as StepDef[],
    weight: 0.3 + rnd() * 2,
  }));
  const templates = versions.map((v) => ({
    versionId: v.id,
    code: v.national_code,
    name: v.name,
    components: v.components,
    timeLimit: v.time_limit,
  }));
  return { today, firstDay, calendar, agencies, procedures, versions, templates, homeUnits };
}

/** The dossiers of a synthetic year, drawn one at a time. */
export function dossiersOfYear(
  year: Awaited<ReturnType<typeof syntheticYear>>,
  options: { dossiers: number; seed?: number; now: Date; sequences: Map<string, number> },
) {
  return syntheticDossiers({
    sequences: options.sequences,
    seed: options.seed ?? 2025,
    dossiers: options.dossiers,
    firstDay: year.firstDay,
    now: options.now.getTime(),
    agencies: year.agencies,
    procedures: year.procedures,
    calendar: year.calendar,
    homeUnits: year.homeUnits,
  });
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The dossier row, its history and its rollup rows, as the batch statement takes them. */
function dossierRow(d: SyntheticDossier, procedure: ProcedureInForce) {
  const id = randomUUID();
  const timeline = timelineOf(d.events);
  const columns = columnsOf(d.facts);
  const received = d.events.find((e) => e.to === 'received');
  const state = d.events.at(-1)?.to ?? 'awaiting_acceptance';
  const process = processFor(
    procedure.processes as { agencyId: string | null; steps: unknown[] }[],
    d.agency.id,
  );
  return {
    row: {
      id,
      code: received ? d.code : null,
      procedure: d.procedure,
      state,
      national_status: NATIONAL_STATUS_OF[state],
      version: Math.max(1, d.events.length),
      channel: d.channel,
      return_channel: d.channel === 'online' ? 'online' : 'counter',
      receiving_agency_id: d.channel === 'online' ? d.agency.id : d.agency.centreId,
      competent_agency_id: d.agency.id,
      applicant: { kind: 'citizen', ...d.applicant, proxy: null },
      applicant_name: d.applicant.name,
      applicant_id_number: d.applicant.idNumber,
      applicant_phone: d.applicant.phone,
      process,
      submitted_at: iso(d.submittedAt),
      received_at: iso(d.facts.receivedAt && received ? d.facts.receivedAt : null),
      due_at: received ? iso(columns.due_at?.getTime() ?? null) : null,
      handler_id: columns.handler_id,
      step_index: columns.step_index,
      step_started_at: iso(columns.step_started_at?.getTime() ?? null),
      step_due_at: iso(columns.step_due_at?.getTime() ?? null),
      clock_started_at: received ? iso(columns.clock_started_at?.getTime() ?? null) : null,
      processing: received ? columns.processing : {},
      decided_at: iso(columns.decided_at?.getTime() ?? null),
      returned_at: iso(columns.returned_at?.getTime() ?? null),
      updated_at: iso(d.events.at(-1)?.at ?? d.submittedAt),
      timeline: received ? timeline : null,
    },
    history: d.events.map((e, seq) => ({
      dossier_id: id,
      seq,
      at: iso(e.at),
      action: e.action,
      from_state: e.from,
      to_state: e.to,
      national_status: NATIONAL_STATUS_OF[e.to],
      actor_id: 'seed-synthetic',
      data: e.data,
    })),
    rollup: rollupRows(
      { agencyId: d.agency.id, procedureCode: procedure.national_code, channel: d.channel },
      contributions(timeline),
    ),
  };
}
