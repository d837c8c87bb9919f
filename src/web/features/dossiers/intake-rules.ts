import type { TFunction } from 'i18next';
import { personalIdProblem } from '../../../domain/dossier/personal-id.js';
import { currentYearInVietnam } from '../calendar/vietnam-today.js';
import type { IntakeOutcome } from './dossier-types.js';
import type { IntakeValues } from './intake-values.js';

const PHONE = /^\+?\d[\d .-]{7,18}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;
const UNIT_CODE = /^\d{5}$/;

export function idNumberError(t: TFunction, value: string): string | null {
  const problem = personalIdProblem(value.trim(), currentYearInVietnam());
  return problem ? t(`dossier.validation.idNumber.${problem}`) : null;
}

/**
 * The checks the server makes too, said before the request so the officer is not kept waiting;
 * the server's answer stays the authority (it also knows the procedure's rules).
 */
export function intakeErrors(
  t: TFunction,
  values: IntakeValues,
  outcome: IntakeOutcome,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const set = (path: string, message: string | null) => {
    if (message && !errors[path]) errors[path] = message;
  };
  type RequiredKey =
    | 'dossier.validation.required'
    | 'dossier.validation.counterRequired'
    | 'dossier.validation.procedureRequired';
  const required = (
    path: string,
    value: string,
    key: RequiredKey = 'dossier.validation.required',
  ) => set(path, value.trim() ? null : t(key));

  required('receivingAgencyId', values.receivingAgencyId, 'dossier.validation.counterRequired');
  required('procedureCode', values.procedureCode, 'dossier.validation.procedureRequired');

  const { applicant } = values;
  required('applicant.name', applicant.name);
  if (applicant.kind === 'citizen') {
    set('applicant.idNumber', idNumberError(t, applicant.idNumber));
  } else {
    set(
      'applicant.taxCode',
      TAX_CODE.test(applicant.taxCode.trim()) ? null : t('dossier.validation.taxCode'),
    );
  }
  set(
    'applicant.address.unitCode',
    UNIT_CODE.test(applicant.address.unitCode) ? null : t('dossier.validation.unitRequired'),
  );
  required('applicant.address.detail', applicant.address.detail);
  if (applicant.phone.trim() && !PHONE.test(applicant.phone.trim()))
    set('applicant.phone', t('dossier.validation.phone'));
  if (applicant.email.trim() && !EMAIL.test(applicant.email.trim()))
    set('applicant.email', t('dossier.validation.email'));

  if (values.withProxy) {
    required('proxy.name', values.proxy.name);
    set('proxy.idNumber', idNumberError(t, values.proxy.idNumber));
    required('proxy.authorisation', values.proxy.authorisation);
    if (values.proxy.phone.trim() && !PHONE.test(values.proxy.phone.trim()))
      set('proxy.phone', t('dossier.validation.phone'));
  }

  if (values.channel === 'post') {
    required('postal.slipNumber', values.postal.slipNumber);
    required('postal.handedOverAt', values.postal.handedOverAt);
  }

  values.components.forEach((component, at) => {
    if (outcome === 'received' && component.mandatory && !component.provided)
      set(`components.${at}.provided`, t('dossier.validation.mandatoryMissing'));
    if (!component.provided && component.files.length > 0)
      set(`components.${at}.provided`, t('dossier.validation.filesWithoutComponent'));
    if (component.files.some((file) => file.status === 'uploading'))
      set(`components.${at}.files`, t('dossier.validation.uploading'));
    if (component.files.some((file) => file.status === 'error'))
      set(`components.${at}.files`, t('dossier.validation.uploadFailed'));
  });
  return errors;
}
