import type { Kysely } from 'kysely';
import { type Actor, can } from '../../../domain/access/policy.js';
import {
  DEFAULT_PROCESSING_RULES,
  offered,
  type StepDef,
} from '../../../domain/dossier/processing.js';
import { permittedActions } from '../../../domain/dossier/processing-access.js';
import {
  type DossierState,
  isReadOnlyImport,
  NATIONAL_STATUS,
  NATIONAL_STATUS_OF,
} from '../../../domain/dossier/states.js';
import { allowedActions, type DossierAction } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { addressText } from '../admin-units/admin-units.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { publishedVersion } from '../catalog/catalog.service.js';
import { factsOf } from './dossier-facts.js';
import { keepRow, rowAt } from './dossier-row-cache.js';
import type { ApplicantOnFile, DossierDetail } from './dossiers.contract.js';
import {
  agencyById,
  type DossierRow,
  findDossier,
  findDossierWithHistory,
  type IntakeAgency,
} from './dossiers.queries.js';

/** Actions an officer starts from the dossier page; the others come from the applicant or DVCQG. */
const OFFICER_ACTIONS: readonly DossierAction[] = [
  'accept',
  'request_correction',
  'decline_not_competent',
];

/**
 * The forms a state may offer (domain.md §4 "Forms"), the one the state is about first. Form 06
 * goes with every received dossier; 04 once an extension was asked and 03 after the decision only
 * for a refusal (`formsOf`).
 */
export const FORMS_OF: Partial<Record<DossierState, DossierDetail['forms']>> = {
  received: ['01', '06'],
  incomplete_at_intake: ['02'],
  correction_requested: ['02'],
  refused_at_intake: ['03'],
  in_progress: ['04', '06'],
  awaiting_supplement: ['02', '04', '06'],
  decided: ['03', '04', '06'],
  returned: ['03', '04', '06'],
  closed_unsupplemented: ['05', '04', '06'],
  withdrawn: ['05', '04', '06'],
};

/** The forms a dossier can print now: its state's, less those its processing facts do not have. */
export function formsOf(state: DossierState, processing: unknown): DossierDetail['forms'] {
  const doc = (processing ?? {}) as { extension?: unknown; result?: { kind?: string } | null };
  const decided = state === 'decided' || state === 'returned';
  return (FORMS_OF[state] ?? []).filter((form) => {
    if (form === '04') return Boolean(doc.extension);
    if (form === '03' && decided) return doc.result?.kind === 'refused';
    return true;
  });
}

/**
 * Who may see a dossier: the counter that received it, those who process or decide at the
 * competent agency, and the centre that decides its extension.
 */
export function canSee(
  actor: Actor,
  receiving: IntakeAgency,
  competent: IntakeAgency,
  partners: readonly IntakeAgency[] = [],
): boolean {
  return (
    partners.some((a) => can(actor, 'dossier.process', { agencyPath: a.path })) ||
    can(actor, 'dossier.receive', { agencyPath: receiving.path }) ||
    can(actor, 'dossier.process', { agencyPath: competent.path }) ||
    can(actor, 'dossier.process', { agencyPath: receiving.path }) ||
    can(actor, 'dossier.extension.decide', { agencyPath: receiving.path })
  );
}

/**
 * The dossier with its receiving, competent and holding agencies, if the actor may see it. Given
 * the version the actor acts on, a row this process has at that version is used without a read
 * (dossier-row-cache.ts).
 */
export async function loadVisible(db: Kysely<DB>, actor: Actor, id: string, version?: number) {
  let row = version === undefined ? undefined : rowAt(db, id, version);
  if (!row) {
    row = await findDossier(db, id);
    if (row) keepRow(db, row);
  }
  return visible(db, actor, id, row);
}

/** The checks of `loadVisible` on a row already read (with more of the dossier, say). */
async function visible(db: Kysely<DB>, actor: Actor, id: string, row: DossierRow | undefined) {
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Không có hồ sơ này' });
  const [receiving, competent, ...sentTo] = await Promise.all([
    agencyById(db, row.receiving_agency_id),
    agencyById(db, row.competent_agency_id),
    // The partner agencies of an inter-agency dossier see it once it has reached them.
    ...partnersReached(row).map((a) => agencyById(db, a)),
  ]);
  if (!receiving || !competent) throw new Error(`dossier ${id} refers to a missing agency`);
  const partners = sentTo.filter((a): a is IntakeAgency => a !== undefined);
  const holding = partners.filter((a) => row.holding_agency_ids.includes(a.id));
  // Someone outside its agencies learns nothing, not even that the dossier exists.
  if (!canSee(actor, receiving, competent, partners))
    throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'NOT_FOUND', {
      detail: 'Không có hồ sơ này',
    });
  return { row, receiving, competent, holding };
}

/** The partner agencies a dossier has been sent to (liên thông), whether or not they answered. */
function partnersReached(row: DossierRow): string[] {
  const legs = factsOf(row).interAgency?.legs ?? [];
  return legs.filter((l) => l.sentAt !== null).map((l) => l.agencyId);
}

/** The dossier as the processing access rules see it. */
export function subjectOf(
  row: { handler_id: string | null },
  receiving: IntakeAgency,
  competent: IntakeAgency,
  holding: readonly IntakeAgency[] = [],
) {
  return {
    receivingPath: receiving.path,
    competentPath: competent.path,
    handlerId: row.handler_id,
    holdingPaths: holding.map((a) => a.path),
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function dossierDetail(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<DossierDetail> {
  // The row, its history, scans and handler's name in one statement (read after every action).
  const found = await findDossierWithHistory(db, id);
  // The officer's next action is on this version: it will need no read of its own.
  if (found) keepRow(db, found.row);
  const { row, receiving, competent, holding } = await visible(db, actor, id, found?.row);
  const { events, files, handlerName } = found as NonNullable<typeof found>;
  const [versionNo, calendar] = await Promise.all([
    publishedVersion(db, row.procedure_version_id).then((v) => v.versionNo),
    currentCalendar(db),
  ]);
  return toDetail({
    row,
    receiving,
    competent,
    versionNo,
    files: files.map((f) => ({
      componentIndex: f.component_index,
      sha256: f.sha256,
      name: f.name,
      size: Number(f.size),
      mediaType: f.media_type,
    })),
    history: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      fromState: e.from_state,
      toState: e.to_state,
      nationalStatus: e.national_status,
      actor: { type: e.actor_type, id: e.actor_id, name: e.full_name ?? null },
      data: e.data as Record<string, unknown>,
    })),
    mayReceive: can(actor, 'dossier.receive', { agencyPath: receiving.path }),
    permitted: isReadOnlyImport(row.processing)
      ? []
      : offered(
          factsOf(row),
          permittedActions(
            actor,
            row.state as DossierState,
            subjectOf(row, receiving, competent, holding),
            factsOf(row).interAgency,
          ),
          { now: Date.now(), calendar, rules: DEFAULT_PROCESSING_RULES },
        ),
    handlerName,
    agencyNames: await partnerNames(db, row),
  });
}

/** The names of an inter-agency dossier's partner agencies, for its page. */
async function partnerNames(db: Kysely<DB>, row: DossierRow) {
  const ia = factsOf(row).interAgency;
  if (!ia) return undefined;
  const ids = [ia.leadAgencyId, ...ia.legs.map((l) => l.agencyId)];
  const found = await Promise.all(ids.map((a) => agencyById(db, a)));
  return new Map(
    found.flatMap((a) => (a ? [[a.id, { id: a.id, name: a.name, code: a.code }] as const] : [])),
  );
}

export interface DetailParts {
  row: Pick<
    DossierRow,
    | 'id'
    | 'code'
    | 'state'
    | 'national_status'
    | 'version'
    | 'channel'
    | 'return_channel'
    | 'procedure_code'
    | 'procedure_name'
    | 'applicant'
    | 'components'
    | 'submitted_at'
    | 'received_at'
    | 'due_at'
    | 'transfer_due_at'
    | 'acceptance_due_at'
    | 'time_limit'
    | 'postal'
    | 'outcome'
    | 'external_system'
    | 'external_id'
    | 'external_code'
    | 'process'
  > &
    Partial<
      Pick<
        DossierRow,
        | 'processing'
        | 'handler_id'
        | 'step_index'
        | 'step_started_at'
        | 'step_due_at'
        | 'clock_started_at'
        | 'returned_at'
      >
    >;
  receiving: IntakeAgency;
  competent: IntakeAgency;
  versionNo: number;
  files: {
    componentIndex: number;
    sha256: string;
    name: string;
    size: number;
    mediaType: string;
  }[];
  history: DossierDetail['history'];
  mayReceive: boolean;
  /** Processing actions this reader may take now (processing-permissions.ts). */
  permitted?: readonly string[];
  /** The handler's name, when the dossier has one. */
  handlerName?: string | null;
  /** Names of the agencies of an inter-agency dossier. */
  agencyNames?: ReadonlyMap<string, { id: string; name: string; code: string }>;
}

/** The dossier as the API shows it, from what is stored (or was just written). */
export function toDetail(p: DetailParts): DossierDetail {
  const { row, receiving, competent } = p;
  const state = row.state as DossierState;
  const { proxy, ...applicant } = row.applicant as ApplicantOnFile & {
    proxy: DossierDetail['proxy'];
  };
  const components = (row.components as Omit<DossierDetail['components'][number], 'files'>[]).map(
    (c) => ({
      ...c,
      files: p.files
        .filter((f) => f.componentIndex === c.index)
        .map(({ sha256, name, size, mediaType }) => ({ sha256, name, size, mediaType })),
    }),
  );
  return {
    id: row.id,
    code: row.code,
    state,
    nationalStatus: row.national_status,
    nationalStatusLabel: NATIONAL_STATUS[NATIONAL_STATUS_OF[state]],
    version: row.version,
    channel: row.channel as DossierDetail['channel'],
    returnChannel: row.return_channel as DossierDetail['returnChannel'],
    procedure: { code: row.procedure_code, name: row.procedure_name, versionNo: p.versionNo },
    receivingAgency: { id: receiving.id, name: receiving.name, code: receiving.code },
    competentAgency: { id: competent.id, name: competent.name, code: competent.code },
    applicant,
    applicantAddress: addressText(applicant.address) ?? '',
    proxy: proxy ?? null,
    components,
    submittedAt: row.submitted_at.toISOString(),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    transferDueAt: iso(row.transfer_due_at),
    acceptanceDueAt: iso(row.acceptance_due_at),
    timeLimit: row.time_limit as DossierDetail['timeLimit'],
    postal: (row.postal as DossierDetail['postal']) ?? null,
    outcome: (row.outcome as DossierDetail['outcome']) ?? null,
    external:
      row.external_system && row.external_id
        ? { system: row.external_system, id: row.external_id, code: row.external_code }
        : null,
    forms: formsOf(state, row.processing),
    allowedActions: [
      ...(p.mayReceive ? allowedActions(state).filter((a) => OFFICER_ACTIONS.includes(a)) : []),
      ...(p.permitted ?? []),
    ],
    processing: processingView(p),
    history: p.history,
  };
}

const isoMs = (t: number | null | undefined) =>
  t === null || t === undefined ? null : iso(new Date(t));

const agencyOf = (p: DetailParts, id: string) =>
  p.agencyNames?.get(id) ?? { id, name: '', code: '' };

/** What processing adds to the page: the stored facts, in API form. */
function processingView(p: DetailParts): DossierDetail['processing'] {
  const row = p.row as Partial<DossierRow>;
  const facts = row.processing === undefined ? null : factsOf(row as DossierRow);
  const steps = ((row.process as { steps?: StepDef[] } | null | undefined)?.steps ?? []).map(
    (s) => ({ name: s.name, role: s.role, budget: s.budget }),
  );
  if (!facts)
    return {
      handler: null,
      step: null,
      steps,
      supplement: null,
      extension: null,
      consultations: [],
      interAgency: null,
      result: null,
      returnedAt: null,
    };
  const s = facts.supplement;
  const e = facts.extension;
  const r = facts.result;
  return {
    handler: facts.handlerId ? { id: facts.handlerId, name: p.handlerName ?? null } : null,
    step:
      facts.step === null
        ? null
        : {
            index: facts.step,
            name: steps[facts.step]?.name ?? '',
            dueAt: isoMs(facts.stepDueAt),
          },
    steps,
    supplement: s
      ? {
          requestedAt: isoMs(s.requestedAt) as string,
          closesAt: isoMs(s.closesAt) as string,
          answeredAt: isoMs(s.answeredAt),
        }
      : null,
    extension: e
      ? {
          requestedAt: isoMs(e.requestedAt) as string,
          reason: e.reason,
          proposedDueAt: isoMs(e.proposedDueAt) as string,
          decision: e.decision,
        }
      : null,
    consultations: facts.consultations.map((c) => ({
      agencyId: c.agencyId,
      question: c.question,
      askedAt: isoMs(c.askedAt) as string,
      dueAt: isoMs(c.dueAt) as string,
      answer: c.answer,
      answeredAt: isoMs(c.answeredAt),
    })),
    interAgency: facts.interAgency
      ? {
          lead: agencyOf(p, facts.interAgency.leadAgencyId),
          parallel: facts.interAgency.parallel,
          legs: facts.interAgency.legs.map((l) => ({
            agency: agencyOf(p, l.agencyId),
            share: l.share,
            sentAt: isoMs(l.sentAt),
            dueAt: isoMs(l.dueAt),
            returnedAt: isoMs(l.returnedAt),
            note: l.note,
            onTime: l.returnedAt === null || l.dueAt === null ? null : l.returnedAt <= l.dueAt,
          })),
        }
      : null,
    result: r
      ? {
          kind: r.kind,
          ...(r.reasons ? { reasons: r.reasons } : {}),
          documentCode: r.documentCode ?? null,
          fileSha256: r.fileSha256 ?? null,
          decidedAt: isoMs(r.decidedAt) as string,
          timeliness: r.timeliness,
        }
      : null,
    returnedAt: isoMs(facts.returnedAt),
  };
}
