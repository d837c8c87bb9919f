import { randomId } from '@mantine/hooks';
import type {
  ApplicantType,
  FeeKind,
  OnlineLevel,
  ProcedureContent,
  ProcedureLevel,
  Unit,
  UpdateDraftRequest,
  WayChannel,
} from '../../api/types.js';

type ContentRequest = UpdateDraftRequest['content'];

/** Numbers as typed: a box being cleared holds '' until the officer writes the next figure. */
export type Typed = number | string;

export interface TimeLimitValues {
  amount: Typed;
  unit: Unit;
}

/** Editable rows carry a `key` that keeps React rows stable while officers add and remove them. */
export interface FeeRow {
  key: string;
  kind: FeeKind;
  name: string;
  amountVnd: Typed;
  note: string | undefined;
}

export interface WayRow {
  key: string;
  channel: WayChannel;
  timeLimit: TimeLimitValues;
  fees: FeeRow[];
  description: string | undefined;
}

export interface ComponentRow {
  key: string;
  name: string;
  originals: Typed;
  copies: Typed;
  mandatory: boolean;
  documentTypeCode: string;
  form: { name: string; url: string };
  note: string | undefined;
}

export interface ResultRow {
  key: string;
  name: string;
  resultTypeCode: string;
}

export interface LegalBasisRow {
  key: string;
  number: string;
  title: string;
  issuedOn: string;
}

/**
 * The draft form. Paths follow the content's own (`ways.0.timeLimit.unit`), so the server's
 * field errors land on the matching inputs; the exceptions are the steps, one per line in a
 * single box, and the competent agency, which follows from the level (see `agencyId`).
 */
export interface ContentValues {
  name: string;
  field: string;
  level: ProcedureLevel;
  /** Commune-level procedures are decided by the commune's People's Committee: no agency then. */
  agencyId: string | null;
  timeLimit: TimeLimitValues;
  onlineLevel: OnlineLevel;
  eligibleFullyOnline: boolean;
  postalAllowed: boolean;
  boundaryFree: boolean;
  conditions: string;
  ways: WayRow[];
  steps: string;
  components: ComponentRow[];
  results: ResultRow[];
  applicantTypes: ApplicantType[];
  legalBases: LegalBasisRow[];
}

export const MAX_WAYS = 3;
export const MAX_FEES = 20;
export const MAX_STEPS = 30;
export const MAX_COMPONENTS = 60;
export const MAX_RESULTS = 10;
export const MAX_LEGAL_BASES = 30;

export function newFeeRow(): FeeRow {
  return { key: randomId(), kind: 'le_phi', name: '', amountVnd: 0, note: undefined };
}

export function newWayRow(channel: WayChannel, timeLimit: TimeLimitValues): WayRow {
  return {
    key: randomId(),
    channel,
    timeLimit: { ...timeLimit },
    fees: [],
    description: undefined,
  };
}

export function newComponentRow(): ComponentRow {
  return {
    key: randomId(),
    name: '',
    originals: 1,
    copies: 0,
    mandatory: true,
    documentTypeCode: '',
    form: { name: '', url: '' },
    note: undefined,
  };
}

export function newResultRow(): ResultRow {
  return { key: randomId(), name: '', resultTypeCode: '' };
}

export function newLegalBasisRow(): LegalBasisRow {
  return { key: randomId(), number: '', title: '', issuedOn: '' };
}

export function valuesFromContent(content: ProcedureContent): ContentValues {
  return {
    name: content.name,
    field: content.field,
    level: content.level,
    agencyId: content.competentAgency.kind === 'agency' ? content.competentAgency.agencyId : null,
    timeLimit: { ...content.timeLimit },
    onlineLevel: content.onlineLevel,
    eligibleFullyOnline: content.eligibleFullyOnline,
    postalAllowed: content.postalAllowed,
    boundaryFree: content.boundaryFree,
    conditions: content.conditions ?? '',
    ways: content.ways.map((way) => ({
      key: randomId(),
      channel: way.channel,
      timeLimit: { ...way.timeLimit },
      fees: way.fees.map((fee) => ({
        key: randomId(),
        kind: fee.kind,
        name: fee.name,
        amountVnd: fee.amountVnd,
        note: fee.note,
      })),
      description: way.description,
    })),
    steps: content.steps.join('\n'),
    components: content.components.map((component) => ({
      key: randomId(),
      name: component.name,
      originals: component.originals,
      copies: component.copies,
      mandatory: component.mandatory,
      documentTypeCode: component.documentTypeCode ?? '',
      form: { name: component.form?.name ?? '', url: component.form?.url ?? '' },
      note: component.note,
    })),
    results: content.results.map((result) => ({
      key: randomId(),
      name: result.name,
      resultTypeCode: result.resultTypeCode ?? '',
    })),
    applicantTypes: [...content.applicantTypes],
    legalBases: content.legalBases.map((basis) => ({
      key: randomId(),
      number: basis.number,
      title: basis.title,
      issuedOn: basis.issuedOn ?? '',
    })),
  };
}

/** The non-empty lines of the steps box, each one step. */
export function stepLines(steps: string): string[] {
  return steps
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  value?.trim() ? ({ [key]: value.trim() } as Record<K, string>) : {};

/**
 * Only call after validation. What the form does not edit (publication, coordinating agencies,
 * inter-agency shares, national status) is carried over from the stored version untouched.
 */
export function contentFromValues(values: ContentValues, stored: ProcedureContent): ContentRequest {
  return {
    ...stored,
    name: values.name.trim(),
    field: values.field.trim(),
    level: values.level,
    competentAgency:
      values.level === 'commune' || !values.agencyId
        ? { kind: 'commune' }
        : { kind: 'agency', agencyId: values.agencyId },
    timeLimit: { amount: Number(values.timeLimit.amount), unit: values.timeLimit.unit },
    onlineLevel: values.onlineLevel,
    eligibleFullyOnline: values.eligibleFullyOnline,
    postalAllowed: values.postalAllowed,
    boundaryFree: values.boundaryFree,
    conditions: values.conditions.trim() || null,
    ways: values.ways.map((way) => ({
      channel: way.channel,
      timeLimit: { amount: Number(way.timeLimit.amount), unit: way.timeLimit.unit },
      fees: way.fees.map((fee) => ({
        kind: fee.kind,
        name: fee.name.trim(),
        amountVnd: Number(fee.amountVnd),
        ...optional('note', fee.note),
      })),
      ...optional('description', way.description),
    })),
    steps: stepLines(values.steps),
    components: values.components.map((component) => ({
      name: component.name.trim(),
      originals: Number(component.originals),
      copies: Number(component.copies),
      mandatory: component.mandatory,
      documentTypeCode: component.documentTypeCode.trim() || null,
      form: component.form.name.trim()
        ? { name: component.form.name.trim(), url: component.form.url.trim() || null }
        : null,
      ...optional('note', component.note),
    })),
    results: values.results.map((result) => ({
      name: result.name.trim(),
      resultTypeCode: result.resultTypeCode.trim() || null,
    })),
    applicantTypes: values.applicantTypes,
    legalBases: values.legalBases.map((basis) => ({
      number: basis.number.trim(),
      title: basis.title.trim(),
      ...optional('issuedOn', basis.issuedOn),
    })),
  };
}
