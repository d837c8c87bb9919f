import type { Kysely } from 'kysely';
import { localDate } from '../../../domain/calendar/local-date.js';
import type { ProcedureContent } from '../../../domain/catalog/procedure.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { versionInForce } from '../catalog/catalog.service.js';
import { agencyByCode, agencyById, communeOfUnit, type IntakeAgency } from './dossiers.queries.js';

export type { IntakeAgency };

export async function loadAgency(db: Kysely<DB>, id: string, field: string): Promise<IntakeAgency> {
  const agency = await agencyById(db, id);
  if (!agency || isClosed(agency))
    throw new AppError('UNKNOWN_AGENCY', {
      errors: [
        { field, code: 'unknown_agency', message: 'Cơ quan không tồn tại hoặc đã giải thể' },
      ],
    });
  return agency;
}

export async function loadAgencyByCode(db: Kysely<DB>, code: string) {
  const agency = await agencyByCode(db, code);
  return agency && !isClosed(agency) ? agency : undefined;
}

function isClosed(agency: IntakeAgency): boolean {
  return agency.validTo !== null && agency.validTo < localDate(new Date());
}

/** The version in force on the day of submission, or the named refusal. */
export async function resolveProcedure(db: Kysely<DB>, code: string, day: string) {
  const found = await versionInForce(db, code, day);
  if (found === 'unknown')
    throw new AppError('UNKNOWN_PROCEDURE', {
      errors: [
        {
          field: 'body.procedureCode',
          code: 'unknown_procedure',
          message: `Không có thủ tục mã ${code}`,
        },
      ],
    });
  if (found === 'not_in_force')
    throw new AppError('PROCEDURE_NOT_PUBLISHED', {
      detail: `Thủ tục ${code} không có phiên bản đang có hiệu lực ngày ${day}.`,
    });
  return found;
}

/**
 * Who decides (domain.md §4, routing): the agency the catalog names; for a commune-level
 * procedure, the commune chosen, else the applicant's commune, else the commune of the receiving
 * centre. Boundary-free procedures may be received at any centre; others only at the centre of
 * the level that decides.
 */
export async function resolveCompetentAgency(
  db: Kysely<DB>,
  content: ProcedureContent,
  receiving: IntakeAgency,
  body: { competentAgencyId?: string | undefined; applicant: { address: { unitCode: string } } },
  field = 'body.competentAgencyId',
): Promise<IntakeAgency> {
  let competent: IntakeAgency | undefined;
  if (content.competentAgency.kind === 'agency') {
    competent = await agencyById(db, content.competentAgency.agencyId);
  } else if (body.competentAgencyId) {
    competent = await loadAgency(db, body.competentAgencyId, field);
    if (competent.kind !== 'commune')
      throw new AppError('DOSSIER_COMPETENT_AGENCY_REQUIRED', {
        errors: [
          { field, code: 'not_a_commune', message: 'Thủ tục cấp xã: hãy chọn một xã, phường' },
        ],
      });
  } else {
    competent =
      (await communeOfUnit(db, body.applicant.address.unitCode)) ??
      (receiving.kind === 'commune'
        ? receiving
        : receiving.parentKind === 'commune' && receiving.parentId
          ? await agencyById(db, receiving.parentId)
          : undefined);
  }
  if (!competent || isClosed(competent))
    throw new AppError('DOSSIER_COMPETENT_AGENCY_REQUIRED', {
      errors: [
        {
          field,
          code: 'competent_agency_required',
          message: 'Hãy chọn xã, phường có thẩm quyền giải quyết (địa chỉ người nộp ngoài tỉnh)',
        },
      ],
    });
  if (!content.boundaryFree && !servesLevel(receiving, competent))
    throw new AppError('PROCEDURE_NOT_BOUNDARY_FREE', {
      detail: `Hồ sơ này chỉ được tiếp nhận tại bộ phận một cửa của ${competent.name}.`,
    });
  return competent;
}

/** Without boundary-free intake, a dossier is received by the decider or the centre under it,
 * or at the provincial level by any provincial counter. */
function servesLevel(receiving: IntakeAgency, competent: IntakeAgency): boolean {
  if (receiving.path.startsWith(competent.path)) return true;
  if (competent.kind === 'commune') return false;
  return receiving.kind !== 'commune' && receiving.parentKind !== 'commune';
}
