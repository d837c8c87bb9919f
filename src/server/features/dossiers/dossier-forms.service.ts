import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { addDays } from '../../../domain/calendar/local-date.js';
import { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { type DossierState, NATIONAL_STATUS } from '../../../domain/dossier/states.js';
import type { DB } from '../../db/schema.js';
import { receiptPdf } from '../../forms/form-01-receipt.js';
import { supplementPdf } from '../../forms/form-02-supplement.js';
import { refusalPdf } from '../../forms/form-03-refusal.js';
import { registerPdf } from '../../forms/form-07-register.js';
import { registerWorkbook } from '../../forms/form-07-register.xlsx.js';
import type { ApplicantOnForm, IssuingAgency, RegisterFormData } from '../../forms/form-data.js';
import { AppError } from '../../http/problem.js';
import { addressText } from '../admin-units/admin-units.js';
import { requireScopes } from '../auth/authorize.js';
import { publishedVersion } from '../catalog/catalog.service.js';
import { FORMS_OF, loadVisible } from './dossier-view.js';
import type { Applicant } from './dossiers.contract.js';
import {
  agencyById,
  type DossierRow,
  eventsOf,
  filesOf,
  type IntakeAgency,
  listDossiers,
  userName,
} from './dossiers.queries.js';

/** The place printed before the date on every form. */
const PLACE = 'Bắc Ninh';

export function issuing(agency: IntakeAgency): IssuingAgency {
  return { name: agency.name, parentName: agency.parentName, place: PLACE };
}

function applicantOnForm(row: DossierRow): ApplicantOnForm {
  const a = row.applicant as Applicant & { proxy: { name: string } | null };
  return {
    name: a.name,
    idNumber: a.kind === 'citizen' ? a.idNumber : a.taxCode,
    address: addressText(a.address),
    phone: a.phone ?? null,
    email: a.email ?? null,
    proxyName: a.proxy?.name ?? null,
  };
}

/** Forms 01–03 of a dossier, laid out from its stored data: printing twice prints the same. */
export async function dossierForm(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  form: '01' | '02' | '03',
  publicBaseUrl: string,
): Promise<{ pdf: Buffer; filename: string }> {
  const { row, receiving, competent } = await loadVisible(db, actor, id);
  if (!(FORMS_OF[row.state as DossierState] ?? []).includes(form))
    throw new AppError('NOT_FOUND', {
      detail: `Hồ sơ ở trạng thái này không có mẫu ${form}.`,
    });
  const events = await eventsOf(db, id);
  const last = events.at(-1);
  const officer = (await userName(db, last?.actor_id ?? row.created_by))?.full_name ?? '';
  const agency = issuing(receiving);
  const procedure = { nationalCode: row.procedure_code, name: row.procedure_name };
  const applicant = applicantOnForm(row);
  const reference = row.code ?? row.external_code ?? row.id.slice(0, 8).toUpperCase();
  const outcome = (row.outcome ?? {}) as {
    missing?: { name: string; reason: string }[];
    reasons?: string[];
    note?: string;
  };
  const issuedAt = (last?.at ?? row.created_at).toISOString();
  const filename = `mau-${form}-${reference}.pdf`;
  if (form === '01') {
    const { content } = await publishedVersion(db, row.procedure_version_id);
    const way = content.ways.find((w) => w.channel === row.channel);
    const components = row.components as {
      index: number;
      name: string;
      provided: boolean;
      originals: number;
      copies: number;
    }[];
    const scans = await filesOf(db, id);
    const pdf = await receiptPdf({
      agency,
      code: row.code ?? reference,
      procedure,
      applicant,
      components: components
        .filter((c) => c.provided)
        .map((c) => ({
          name: c.name,
          originals: c.originals,
          copies: c.copies,
          scans: scans.filter((s) => s.component_index === c.index).length,
        })),
      receivedAt: (row.received_at ?? row.submitted_at).toISOString(),
      dueAt: (row.due_at ?? row.submitted_at).toISOString(),
      returnChannel: row.return_channel as 'counter' | 'post' | 'online',
      competentAgencyName: competent.name,
      fees: (way?.fees ?? []).map((f) => ({ name: f.name, amountVnd: f.amountVnd })),
      lookupUrl: `${publicBaseUrl}/tra-cuu/${encodeURIComponent(row.code ?? reference)}`,
      officerName: officer,
    });
    return { pdf, filename };
  }
  if (form === '02') {
    const pdf = await supplementPdf({
      agency,
      code: row.code,
      reference,
      procedure,
      applicant,
      items: outcome.missing ?? [],
      note: outcome.note ?? null,
      issuedAt,
      officerName: officer,
    });
    return { pdf, filename };
  }
  const pdf = await refusalPdf({
    agency,
    code: row.code,
    reference,
    procedure,
    applicant,
    reasons: outcome.reasons ?? [],
    issuedAt,
    officerName: officer,
  });
  return { pdf, filename };
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
      const applicant = r.applicant as Applicant;
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
