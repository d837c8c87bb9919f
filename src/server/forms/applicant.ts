import type { Content } from 'pdfmake/interfaces.js';
import type { ApplicantOnForm, ProcedureOnForm } from './form-data.js';
import { field } from './pdf.js';

/** The applicant's lines as forms 01–03 print them; empty fields are left out, not dotted. */
export function applicantLines(applicant: ApplicantOnForm): Content[] {
  return [
    ...field('Ông/Bà (tổ chức)', applicant.name, true),
    ...field('Số định danh cá nhân/Mã số thuế', applicant.idNumber),
    ...field('Địa chỉ', applicant.address),
    ...field('Số điện thoại', applicant.phone),
    ...field('Thư điện tử', applicant.email),
    ...field('Người được ủy quyền', applicant.proxyName),
  ];
}

/** "Đăng ký khai sinh (mã thủ tục 1.001193)". */
export function procedureText(procedure: ProcedureOnForm): string {
  return `${procedure.name} (mã thủ tục ${procedure.nationalCode})`;
}
