import { PERSONAL_ID_MESSAGES, personalIdProblem } from '../../../domain/dossier/personal-id.js';
import type { FieldError } from '../../http/problem.js';
import { adminUnit } from '../admin-units/admin-units.js';
import type { Applicant } from './dossiers.contract.js';

/**
 * The applicant's identity and address, checked for form: the ID numbers (applicant and proxy)
 * by their structure, the address against the national list of units.
 */
export function applicantProblems(
  body: { applicant: Applicant; proxy?: { idNumber: string } | undefined },
  now: Date,
  prefix = 'body',
): FieldError[] {
  const errors: FieldError[] = [];
  const year = now.getUTCFullYear();
  const checkId = (field: string, id: string) => {
    const problem = personalIdProblem(id, year);
    if (problem) errors.push({ field, code: problem, message: PERSONAL_ID_MESSAGES[problem] });
  };
  if (body.applicant.kind === 'citizen')
    checkId(`${prefix}.applicant.idNumber`, body.applicant.idNumber);
  if (body.proxy) checkId(`${prefix}.proxy.idNumber`, body.proxy.idNumber);
  if (!adminUnit(body.applicant.address.unitCode))
    errors.push({
      field: `${prefix}.applicant.address.unitCode`,
      code: 'unknown_unit',
      message: 'Không có đơn vị hành chính cấp xã mang mã này (danh mục từ 01/7/2025)',
    });
  return errors;
}
