import type { ProcedureComponent } from '../../api/types.js';
import type { DossierChannel, IntakeOutcome, IntakeRequest, MissingItem } from './dossier-types.js';

/** A scan on its way to the server, or stored there (then with its SHA-256). */
export interface UploadValue {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'error';
  /** 0…1 while uploading. */
  progress: number;
  sha256?: string;
  mediaType?: string;
  error?: string;
}

export interface ComponentValue {
  /** Position in the procedure version's components, which is also this row's position. */
  index: number;
  name: string;
  mandatory: boolean;
  provided: boolean;
  originals: number | string;
  copies: number | string;
  files: UploadValue[];
  note: string;
}

export type ApplicantKind = 'citizen' | 'organisation';

/**
 * The form keeps the request's own paths (applicant.idNumber, components.0.provided, postal.…),
 * so a problem+json `field` lands on its input without translation.
 */
export interface IntakeValues {
  receivingAgencyId: string;
  procedureCode: string;
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    birthDate: string;
    taxCode: string;
    representative: string;
    address: { unitCode: string; detail: string };
    phone: string;
    email: string;
  };
  withProxy: boolean;
  proxy: { name: string; idNumber: string; authorisation: string; phone: string };
  components: ComponentValue[];
  channel: Exclude<DossierChannel, 'online'>;
  postal: { slipNumber: string; handedOverAt: string };
  returnChannel: DossierChannel;
  note: string;
}

export function initialIntakeValues(receivingAgencyId: string): IntakeValues {
  return {
    receivingAgencyId,
    procedureCode: '',
    applicant: {
      kind: 'citizen',
      name: '',
      idNumber: '',
      birthDate: '',
      taxCode: '',
      representative: '',
      address: { unitCode: '', detail: '' },
      phone: '',
      email: '',
    },
    withProxy: false,
    proxy: { name: '', idNumber: '', authorisation: '', phone: '' },
    components: [],
    channel: 'counter',
    postal: { slipNumber: '', handedOverAt: '' },
    returnChannel: 'counter',
    note: '',
  };
}

export function componentValues(components: readonly ProcedureComponent[]): ComponentValue[] {
  return components.map((component, index) => ({
    index,
    name: component.name,
    mandatory: component.mandatory,
    provided: false,
    originals: component.originals,
    copies: component.copies,
    files: [],
    note: '',
  }));
}

/** Mandatory components not ticked: what Form 02 must list at least. */
export function missingMandatory(components: readonly ComponentValue[]): ComponentValue[] {
  return components.filter((component) => component.mandatory && !component.provided);
}

export function uploadsPending(components: readonly ComponentValue[]): boolean {
  return components.some((component) =>
    component.files.some((file) => file.status === 'uploading'),
  );
}

const optional = (value: string): string | undefined => value.trim() || undefined;

function count(value: number | string): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * The wall-clock time typed for the hand-over, read in Vietnam (UTC+7, no daylight saving)
 * whatever the browser's zone: "2025-12-01T09:30" → "2025-12-01T09:30:00+07:00".
 */
export function vietnamInstant(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : local;
}

/** Now on the wall clock in Vietnam, as a datetime-local value. */
export function vietnamNowLocal(now = new Date()): string {
  const shifted = new Date(now.getTime() + 7 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

export interface OutcomeExtras {
  missing?: MissingItem[];
  reasons?: string[];
}

export function intakeRequest(
  values: IntakeValues,
  outcome: IntakeOutcome,
  extras: OutcomeExtras = {},
): IntakeRequest {
  const { applicant } = values;
  const contacts = { phone: optional(applicant.phone), email: optional(applicant.email) };
  const address = {
    unitCode: applicant.address.unitCode,
    detail: applicant.address.detail.trim(),
  };
  const proxyValues = values.proxy;
  return {
    outcome,
    channel: values.channel,
    receivingAgencyId: values.receivingAgencyId,
    procedureCode: values.procedureCode,
    applicant:
      applicant.kind === 'citizen'
        ? {
            kind: 'citizen',
            name: applicant.name.trim(),
            idNumber: applicant.idNumber.trim(),
            birthDate: optional(applicant.birthDate),
            address,
            ...contacts,
          }
        : {
            kind: 'organisation',
            name: applicant.name.trim(),
            taxCode: applicant.taxCode.trim(),
            representative: optional(applicant.representative),
            address,
            ...contacts,
          },
    proxy: values.withProxy
      ? {
          name: proxyValues.name.trim(),
          idNumber: proxyValues.idNumber.trim(),
          authorisation: proxyValues.authorisation.trim(),
          phone: optional(proxyValues.phone),
        }
      : undefined,
    components: values.components.map((component) => ({
      index: component.index,
      provided: component.provided,
      originals: component.provided ? count(component.originals) : undefined,
      copies: component.provided ? count(component.copies) : undefined,
      files: component.files
        .filter((file) => file.status === 'done' && file.sha256)
        .map((file) => ({ sha256: file.sha256 ?? '', name: file.name })),
      note: optional(component.note),
    })),
    missing: outcome === 'incomplete' ? (extras.missing ?? []) : [],
    reasons: outcome === 'refused' ? (extras.reasons ?? []) : [],
    returnChannel: values.returnChannel,
    postal:
      values.channel === 'post'
        ? {
            slipNumber: values.postal.slipNumber.trim(),
            handedOverAt: vietnamInstant(values.postal.handedOverAt),
          }
        : undefined,
    note: optional(values.note),
  };
}
