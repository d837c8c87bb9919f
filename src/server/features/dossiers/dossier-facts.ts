import type { Unit } from '../../../domain/calendar/deadline.js';
import {
  agenciesHolding,
  type InterAgency,
  type InterAgencyPlan,
  legsOf,
} from '../../../domain/dossier/inter-agency.js';
import type {
  Consultation,
  DossierFacts,
  Extension,
  Result,
  StepDef,
  Supplement,
} from '../../../domain/dossier/processing.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import type { DossierRow } from './dossiers.queries.js';

/** The processing facts kept as one JSON document in `dossiers.processing` (migration 0009). */
interface ProcessingDocument {
  supplement?: Supplement | null;
  extension?: Extension | null;
  consultations?: Consultation[];
  interAgency?: InterAgency | null;
  result?: Result | null;
  returnChannel?: DossierFacts['returnChannel'];
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

/** A stored dossier as the processing rules see it. */
export function factsOf(row: DossierRow): DossierFacts {
  const doc = (row.processing ?? {}) as ProcessingDocument;
  const process = row.process as { steps?: StepDef[]; interAgency?: InterAgencyPlan } | null;
  return {
    state: row.state as DossierState,
    timeLimit: row.time_limit as { amount: number; unit: Unit },
    steps: process?.steps ?? [],
    receivedAt: ms(row.received_at),
    clockStartedAt: ms(row.clock_started_at) ?? ms(row.received_at),
    dueAt: ms(row.due_at),
    handlerId: row.handler_id,
    step: row.step_index,
    stepStartedAt: ms(row.step_started_at),
    stepDueAt: ms(row.step_due_at),
    supplement: doc.supplement ?? null,
    extension: doc.extension ?? null,
    consultations: doc.consultations ?? [],
    // Until first sent, the parts are the plan copied from the catalog at intake.
    interAgency:
      doc.interAgency === undefined
        ? legsOf(process?.interAgency, row.competent_agency_id)
        : doc.interAgency,
    result: doc.result ?? null,
    returnedAt: ms(row.returned_at),
    returnChannel: doc.returnChannel ?? null,
  };
}

const date = (t: number | null) => (t === null ? null : new Date(t));

/** The columns that store `facts` (the row's own fields that processing never changes stay). */
export function columnsOf(facts: DossierFacts) {
  const doc: ProcessingDocument = {
    supplement: facts.supplement,
    extension: facts.extension,
    consultations: [...facts.consultations],
    interAgency: facts.interAgency,
    result: facts.result,
    returnChannel: facts.returnChannel,
  };
  return {
    state: facts.state,
    national_status: NATIONAL_STATUS_OF[facts.state],
    due_at: date(facts.dueAt),
    clock_started_at: date(facts.clockStartedAt),
    handler_id: facts.handlerId,
    step_index: facts.step,
    step_started_at: date(facts.stepStartedAt),
    step_due_at: date(facts.stepDueAt),
    // Sent as part of the write's JSON; stored as jsonb.
    processing: doc,
    holding_agency_ids: agenciesHolding(facts.interAgency),
    decided_at: date(facts.result?.decidedAt ?? null),
    returned_at: date(facts.returnedAt),
  };
}
