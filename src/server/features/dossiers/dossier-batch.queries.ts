import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

const DOSSIER_RECORD = sql.raw(`id uuid, code text, procedure int, state text,
  national_status smallint, version int, channel text, return_channel text,
  receiving_agency_id uuid, competent_agency_id uuid, applicant jsonb, applicant_name text,
  applicant_id_number text, applicant_phone text, components jsonb, process jsonb,
  submitted_at timestamptz, received_at timestamptz, due_at timestamptz, handler_id uuid,
  step_index smallint, step_started_at timestamptz, step_due_at timestamptz,
  clock_started_at timestamptz, processing jsonb, decided_at timestamptz, returned_at timestamptz,
  updated_at timestamptz, timeline jsonb, external_system text, external_id text,
  external_code text, content_hash text, outcome jsonb, acceptance_due_at timestamptz`);

/** A catalog's components as a batch's dossiers copy them: each provided, no file. */
export function providedChecklist(
  components: readonly { name: string; mandatory: boolean; originals: number; copies: number }[],
) {
  return components.map((c, index) => ({
    index,
    name: c.name,
    mandatory: c.mandatory,
    provided: true,
    originals: c.originals,
    copies: c.copies,
    files: [],
    note: null,
  }));
}

/** Who wrote a batch: the dossiers' `created_by` and their history's actor. */
export interface BatchAuthor {
  createdBy: string;
  actorType: string;
}

/**
 * Dossiers with their whole histories in two statements (the synthetic year, imports from a
 * previous system). Each dossier names its procedure by its index into `templates` (what every
 * dossier of a procedure version copies: version, code, name, checklist, time limit), so the
 * batch's JSON carries only what differs; a dossier's own `components` or `process` replace the
 * template's.
 * History rows carry their `actor_id` and `seq`, their place in the dossier's history.
 */
export async function insertDossierBatch(
  trx: Transaction<DB>,
  dossiers: object[],
  history: object[],
  templates: object[],
  author: BatchAuthor,
) {
  await sql`
    INSERT INTO dossiers (id, code, state, national_status, version, channel, return_channel,
      procedure_version_id, procedure_code, procedure_name, receiving_agency_id,
      competent_agency_id, applicant, applicant_name, applicant_id_number, applicant_phone,
      components, process, time_limit, submitted_at, received_at, due_at, created_by, created_at,
      updated_at, handler_id, step_index, step_started_at, step_due_at, clock_started_at,
      processing, decided_at, returned_at, timeline, external_system, external_id, external_code,
      content_hash, outcome, acceptance_due_at)
    SELECT x.id, x.code, x.state, x.national_status, x.version, x.channel, x.return_channel,
      (t->>'versionId')::uuid, t->>'code', t->>'name', x.receiving_agency_id,
      x.competent_agency_id, x.applicant, x.applicant_name, x.applicant_id_number,
      x.applicant_phone, coalesce(x.components, t->'components'), coalesce(x.process, t->'process'),
      t->'timeLimit',
      x.submitted_at, x.received_at, x.due_at, ${author.createdBy}, x.submitted_at, x.updated_at,
      x.handler_id, x.step_index, x.step_started_at, x.step_due_at, x.clock_started_at,
      x.processing, x.decided_at, x.returned_at, x.timeline, x.external_system, x.external_id,
      x.external_code, x.content_hash, x.outcome, x.acceptance_due_at
    FROM jsonb_to_recordset(${JSON.stringify(dossiers)}::jsonb) AS x(${DOSSIER_RECORD}),
      LATERAL (SELECT (${JSON.stringify(templates)}::jsonb) -> x.procedure AS t) tpl
    -- In one order for every batch: two batches on their way never wait for each other in a circle.
    ORDER BY x.code`.execute(trx);
  await sql`
    INSERT INTO dossier_events (dossier_id, at, action, from_state, to_state, national_status,
      actor_type, actor_id, data)
    SELECT x.dossier_id, x.at, x.action, x.from_state, x.to_state, x.national_status,
      ${author.actorType}, x.actor_id, x.data
    FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS x(dossier_id uuid,
      seq int, at timestamptz, action text, from_state text, to_state text,
      national_status smallint, actor_id text, data jsonb)
    -- Each dossier's entries in the order of its history (many share an instant), ids rising.
    ORDER BY x.dossier_id, x.seq`.execute(trx);
}
