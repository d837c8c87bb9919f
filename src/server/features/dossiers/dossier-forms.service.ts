import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { addDays } from '../../../domain/calendar/local-date.js';
import { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import {
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  type StepDef,
} from '../../../domain/dossier/processing.js';
import { type DossierState, NATIONAL_STATUS } from '../../../domain/dossier/states.js';
import type { DB } from '../../db/schema.js';
import { controlRows, type HistoryEventOnForm, referencedIds } from '../../forms/control-sheet.js';
import { receiptPdf } from '../../forms/form-01-receipt.js';
import { supplementPdf } from '../../forms/form-02-supplement.js';
import { refusalPdf } from '../../forms/form-03-refusal.js';
import { extensionPdf } from '../../forms/form-04-extension.js';
import { stopPdf } from '../../forms/form-05-stop.js';
import { controlSheetPdf } from '../../forms/form-06-control.js';
import { registerPdf } from '../../forms/form-07-register.js';
import { registerWorkbook } from '../../forms/form-07-register.xlsx.js';
import type {
  ApplicantOnForm,
  DossierOnForm,
  IssuingAgency,
  RegisterFormData,
  StopReason,
} from '../../forms/form-data.js';
import { formatInstantDate, formatInstantLong, PROVINCE_PLACE } from '../../forms/vi-format.js';
import { AppError } from '../../http/problem.js';
import { addressText } from '../admin-units/admin-units.js';
import { requireScopes } from '../auth/authorize.js';
import { publishedVersion } from '../catalog/catalog.service.js';
import { factsOf } from './dossier-facts.js';
import { formsOf, loadVisible } from './dossier-view.js';
import type { ApplicantOnFile, DossierDetail } from './dossiers.contract.js';
import {
  agencyById,
  type DossierRow,
  eventsOf,
  filesOf,
  type IntakeAgency,
  listDossiers,
  userName,
} from './dossiers.queries.js';

export function issuing(agency: IntakeAgency): IssuingAgency {
  return { name: agency.name, parentName: agency.parentName, place: PROVINCE_PLACE };
}

function applicantOnForm(row: DossierRow): ApplicantOnForm {
  const a = row.applicant as ApplicantOnFile & { proxy: { name: string } | null };
  return {
    name: a.name,
    idNumber: (a.kind === 'citizen' ? a.idNumber : a.taxCode) ?? '',
    address: addressText(a.address),
    phone: a.phone ?? null,
    email: a.email ?? null,
    proxyName: a.proxy?.name ?? null,
  };
}

type FormNo = DossierDetail['forms'][number];
type HistoryEvent = HistoryEventOnForm & { actorName: string };

/** What every form of one dossier is made from: its row, agencies, facts and history. */
interface FormSource {
  db: Kysely<DB>;
  row: DossierRow;
  receiving: IntakeAgency;
  competent: IntakeAgency;
  facts: DossierFacts;
  events: HistoryEvent[];
  dossier: DossierOnForm;
  publicBaseUrl: string;
}

/** The last event of one of these actions, the one a form reports. */
function lastOf(events: readonly HistoryEvent[], ...actions: string[]): HistoryEvent | undefined {
  return events.findLast((e) => actions.includes(e.action));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const isoOf = (t: number | null | undefined) =>
  t === null || t === undefined ? null : new Date(t).toISOString();

/**
 * Forms 01–06 of a dossier, laid out from its stored data and history: printing twice prints the
 * same. A form the dossier does not offer now (`formsOf`) is not found.
 */
export async function dossierForm(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  form: FormNo,
  publicBaseUrl: string,
): Promise<{ pdf: Buffer; filename: string }> {
  const { row, receiving, competent } = await loadVisible(db, actor, id);
  if (!formsOf(row.state as DossierState, row.processing).includes(form))
    throw new AppError('NOT_FOUND', {
      detail: `Hồ sơ ở trạng thái này không có mẫu ${form}.`,
    });
  const events = (await eventsOf(db, id)).map(
    (e): HistoryEvent => ({
      at: e.at.toISOString(),
      action: e.action,
      actor: { type: e.actor_type, id: e.actor_id, name: e.full_name ?? null },
      actorName: e.full_name ?? '',
      data: (e.data ?? {}) as Record<string, unknown>,
    }),
  );
  const reference = row.code ?? row.external_code ?? row.id.slice(0, 8).toUpperCase();
  const source: FormSource = {
    db,
    row,
    receiving,
    competent,
    facts: factsOf(row),
    events,
    dossier: {
      code: row.code,
      reference,
      procedure: { nationalCode: row.procedure_code, name: row.procedure_name },
      applicant: applicantOnForm(row),
      receivedAt: (row.received_at ?? row.submitted_at).toISOString(),
    },
    publicBaseUrl,
  };
  const pdf = await FORMS[form](source);
  return { pdf, filename: `mau-${form}-${reference}.pdf` };
}

const FORMS: Record<FormNo, (s: FormSource) => Promise<Buffer>> = {
  '01': receiptForm,
  '02': supplementForm,
  '03': refusalForm,
  '04': extensionForm,
  '05': stopForm,
  '06': controlSheetForm,
};

/** Form 01, from the intake (or the acceptance of an online dossier). */
async function receiptForm(s: FormSource): Promise<Buffer> {
  const { row, dossier } = s;
  const { content } = await publishedVersion(s.db, row.procedure_version_id);
  const way = content.ways.find((w) => w.channel === row.channel);
  const components = row.components as {
    index: number;
    name: string;
    provided: boolean;
    originals: number;
    copies: number;
  }[];
  const scans = await filesOf(s.db, row.id);
  const code = row.code ?? dossier.reference;
  return receiptPdf({
    agency: issuing(s.receiving),
    code,
    procedure: dossier.procedure,
    applicant: dossier.applicant,
    components: components
      .filter((c) => c.provided)
      .map((c) => ({
        name: c.name,
        originals: c.originals,
        copies: c.copies,
        scans: scans.filter((f) => f.component_index === c.index).length,
      })),
    receivedAt: dossier.receivedAt,
    dueAt: (row.due_at ?? row.submitted_at).toISOString(),
    returnChannel: row.return_channel as 'counter' | 'post' | 'online',
    competentAgencyName: s.competent.name,
    fees: (way?.fees ?? []).map((f) => ({ name: f.name, amountVnd: f.amountVnd })),
    lookupUrl: `${s.publicBaseUrl}/tra-cuu/${encodeURIComponent(code)}`,
    officerName: lastOf(s.events, 'receive', 'accept')?.actorName ?? '',
  });
}

/**
 * Form 02: after appraisal, what the specialist asked for and by when; at the counter (or for an
 * online dossier sent back), what the intake found missing.
 */
async function supplementForm(s: FormSource): Promise<Buffer> {
  const { row, dossier } = s;
  if (row.state === 'awaiting_supplement') {
    const asked = lastOf(s.events, 'request_supplement');
    const items = (asked?.data.items ?? []) as { name: string; reason: string }[];
    return supplementPdf({
      agency: issuing(s.competent),
      code: row.code,
      reference: dossier.reference,
      procedure: dossier.procedure,
      applicant: dossier.applicant,
      items,
      note: null,
      issuedAt: asked?.at ?? (isoOf(s.facts.supplement?.requestedAt) as string),
      officerName: asked?.actorName ?? '',
      afterAppraisal: {
        receivedAt: dossier.receivedAt,
        replyBy: text(asked?.data.closesAt) ?? isoOf(s.facts.supplement?.closesAt),
      },
    });
  }
  const outcome = (row.outcome ?? {}) as {
    missing?: { name: string; reason: string }[];
    note?: string;
  };
  const issued = lastOf(s.events, 'return_incomplete', 'request_correction') ?? s.events.at(-1);
  return supplementPdf({
    agency: issuing(s.receiving),
    code: row.code,
    reference: dossier.reference,
    procedure: dossier.procedure,
    applicant: dossier.applicant,
    items: outcome.missing ?? [],
    note: outcome.note ?? null,
    issuedAt: issued?.at ?? row.created_at.toISOString(),
    officerName: issued?.actorName ?? '',
  });
}

/** Form 03: the reasons of the refusal after appraisal (the result), or of the intake. */
async function refusalForm(s: FormSource): Promise<Buffer> {
  const { row, dossier } = s;
  const result = s.facts.result;
  if (result?.kind === 'refused') {
    const refused = lastOf(s.events, 'refuse_after_appraisal');
    return refusalPdf({
      agency: issuing(s.competent),
      code: row.code,
      reference: dossier.reference,
      procedure: dossier.procedure,
      applicant: dossier.applicant,
      reasons: result.reasons ?? ((refused?.data.reasons ?? []) as string[]),
      issuedAt: refused?.at ?? (isoOf(result.decidedAt) as string),
      officerName: refused?.actorName ?? '',
      afterAppraisal: { receivedAt: dossier.receivedAt },
    });
  }
  const outcome = (row.outcome ?? {}) as { reasons?: string[] };
  const issued = lastOf(s.events, 'refuse', 'decline_not_competent') ?? s.events.at(-1);
  return refusalPdf({
    agency: issuing(s.receiving),
    code: row.code,
    reference: dossier.reference,
    procedure: dossier.procedure,
    applicant: dossier.applicant,
    reasons: outcome.reasons ?? [],
    issuedAt: issued?.at ?? row.created_at.toISOString(),
    officerName: issued?.actorName ?? '',
  });
}

/** Form 04: the competent agency's apology and request, and the centre's decision once made. */
async function extensionForm(s: FormSource): Promise<Buffer> {
  const ext = s.facts.extension;
  if (!ext) throw new AppError('NOT_FOUND', { detail: 'Hồ sơ chưa có đề nghị gia hạn.' });
  const asked = lastOf(s.events, 'request_extension');
  const decided = ext.decision === null ? undefined : lastOf(s.events, 'decide_extension');
  const requestedAt = isoOf(ext.requestedAt) as string;
  const previousDueAt =
    text(asked?.data.dueAt) ?? text(decided?.data.previousDueAt) ?? s.dossier.receivedAt;
  return extensionPdf({
    agency: issuing(s.competent),
    dossier: s.dossier,
    decidingAgencyName: s.receiving.name,
    requestedAt,
    reason: ext.reason,
    previousDueAt,
    proposedDueAt: text(asked?.data.proposedDueAt) ?? (isoOf(ext.proposedDueAt) as string),
    decision:
      ext.decision === null
        ? null
        : {
            approved: ext.decision === 'approved',
            dueAt:
              text(decided?.data.dueAt) ??
              (ext.decision === 'approved' ? isoOf(ext.proposedDueAt) : previousDueAt),
            decidedAt: decided?.at ?? requestedAt,
            note: text(decided?.data.note),
          },
  });
}

/** Form 05: why the dossier stopped, from the withdrawal or the closing for want of a supplement. */
async function stopForm(s: FormSource): Promise<Buffer> {
  const withdrawn = s.row.state === 'withdrawn';
  const stopped = lastOf(s.events, withdrawn ? 'withdraw' : 'close_unsupplemented');
  const stoppedAt = stopped?.at ?? s.events.at(-1)?.at ?? s.dossier.receivedAt;
  let stop: StopReason;
  if (withdrawn) {
    const data = stopped?.data ?? {};
    stop = {
      kind: 'withdrawn',
      reason: text(data.reason) ?? '',
      source: data.source === 'dvcqg' ? 'dvcqg' : 'applicant',
      requestedAt: text(data.requestedAt),
    };
  } else {
    const asked = lastOf(s.events, 'request_supplement');
    const supplement = s.facts.supplement;
    stop = {
      kind: 'not_supplemented',
      supplementRequestedAt:
        text(stopped?.data.requestedAt) ?? asked?.at ?? (isoOf(supplement?.requestedAt) as string),
      replyBy: text(asked?.data.closesAt) ?? isoOf(supplement?.closesAt),
      replyDays: DEFAULT_PROCESSING_RULES.supplementReplyDays,
      items: (asked?.data.items ?? []) as { name: string; reason: string }[],
    };
  }
  return stopPdf({
    agency: issuing(s.receiving),
    dossier: s.dossier,
    stoppedAt,
    stop,
    officerName: stopped?.actor.type === 'user' ? stopped.actorName : null,
  });
}

/** Form 06: every hand-over in the history, with the names of those it refers to. */
async function controlSheetForm(s: FormSource): Promise<Buffer> {
  const { agencyIds, userIds } = referencedIds(s.events);
  const [agencies, users] = await Promise.all([
    Promise.all(agencyIds.map(async (id) => [id, (await agencyById(s.db, id))?.name] as const)),
    Promise.all(userIds.map(async (id) => [id, (await userName(s.db, id))?.full_name] as const)),
  ]);
  const named = (pairs: readonly (readonly [string, string | undefined])[]) =>
    new Map(pairs.filter((p): p is readonly [string, string] => Boolean(p[1])));
  const steps = (s.row.process as { steps?: StepDef[] } | null)?.steps ?? [];
  const rows = controlRows(s.events, {
    applicantName: s.dossier.applicant.name,
    channel: s.row.channel as 'counter' | 'post' | 'online',
    receiving: { id: s.receiving.id, name: s.receiving.name },
    competent: { id: s.competent.id, name: s.competent.name },
    steps,
    agencyNames: named(agencies),
    userNames: named(users),
  });
  return controlSheetPdf({
    agency: issuing(s.receiving),
    dossier: s.dossier,
    receivingAgencyName: s.receiving.name,
    competentAgencyName: s.competent.name,
    dueAt: s.row.due_at ? s.row.due_at.toISOString() : null,
    rows,
    notes: extensionNotes(s.facts),
    asOf: s.events.at(-1)?.at ?? s.dossier.receivedAt,
  });
}

/** The extension under the table of Form 06: asked when, for when, and what was decided. */
function extensionNotes(facts: DossierFacts): string[] {
  const ext = facts.extension;
  if (!ext) return [];
  const asked = `Ngày ${formatInstantDate(new Date(ext.requestedAt).toISOString())} đề nghị gia hạn (Mẫu 04)`;
  const until = formatInstantLong(new Date(ext.proposedDueAt).toISOString());
  if (ext.decision === 'approved') return [`${asked}: đã đồng ý, hẹn trả kết quả mới ${until}.`];
  if (ext.decision === 'rejected') return [`${asked}: không được đồng ý.`];
  return [`${asked} đến ${until}: chờ quyết định.`];
}

/** The local days [from, to] as instants: from 00:00 of `from` to 00:00 after `to`, in Vietnam. */
export function localRange(from: string, to: string) {
  return {
    fromInstant: new Date(WorkingCalendar.startOfDate(from)),
    toInstant: new Date(WorkingCalendar.startOfDate(addDays(to, 1))),
  };
}

const REGISTER_MAX_DAYS = 366;
const REGISTER_MAX_ROWS = 20_000;

/** Form 07, the register of one counter for a date range, in PDF or Excel. */
export async function register(
  db: Kysely<DB>,
  actor: Actor,
  query: { receivingAgencyId: string; from: string; to: string },
  format: 'pdf' | 'xlsx',
): Promise<Buffer> {
  if (query.to < query.from || addDays(query.from, REGISTER_MAX_DAYS) < query.to)
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'querystring.to',
          code: 'invalid_range',
          message:
            'Khoảng thời gian phải từ 1 đến 366 ngày, ngày kết thúc không trước ngày bắt đầu',
        },
      ],
    });
  const scopes = requireScopes(actor, 'dossier.receive');
  const agency = await agencyById(db, query.receivingAgencyId);
  if (!agency || !scopes.some((s) => agency.path.startsWith(s))) throw new AppError('FORBIDDEN');
  const rows = await listDossiers(db, {
    scopes,
    receivingAgencyId: agency.id,
    ...localRange(query.from, query.to),
    limit: REGISTER_MAX_ROWS + 1,
  });
  // A register that leaves rows out would mislead: ask for a shorter period instead.
  if (rows.length > REGISTER_MAX_ROWS)
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'querystring.to',
          code: 'too_many_rows',
          message: `Khoảng thời gian có hơn ${REGISTER_MAX_ROWS.toLocaleString('vi-VN')} hồ sơ; hãy chọn khoảng ngắn hơn`,
        },
      ],
    });
  // The register lists dossiers in the order they came in.
  rows.reverse();
  const data: RegisterFormData = {
    agency: issuing(agency),
    from: query.from,
    to: query.to,
    generatedAt: new Date().toISOString(),
    rows: rows.map((r) => {
      const applicant = r.applicant as ApplicantOnFile;
      const outcome = (r.outcome ?? {}) as { note?: string; reasons?: string[] };
      return {
        code: r.code ?? '',
        procedureName: r.procedure_name,
        applicantName: r.applicant_name,
        applicantAddress: addressText(applicant.address),
        applicantPhone: r.applicant_phone,
        channel: r.channel as 'counter' | 'post' | 'online',
        receivedAt: (r.received_at ?? r.submitted_at).toISOString(),
        dueAt: r.due_at ? r.due_at.toISOString() : null,
        competentAgencyName: r.competent_name,
        status: NATIONAL_STATUS[r.national_status as keyof typeof NATIONAL_STATUS] ?? r.state,
        returnedAt: r.returned_at ? r.returned_at.toISOString() : null,
        note: outcome.reasons?.join('; ') ?? outcome.note ?? null,
      };
    }),
  };
  return format === 'pdf' ? registerPdf(data) : registerWorkbook(data);
}
