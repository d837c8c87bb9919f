import { z } from 'zod';
import { UNITS } from '../calendar/deadline.js';

/**
 * The content of one version of a procedure (domain.md §3): everything a counter officer
 * receives against and a citizen reads. One zod schema drives the API, the JSON import, the
 * Excel import (row by row) and the client types.
 */

export const NATIONAL_CODE = /^[1-3]\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})?$|^[1-3]\.\d{6}$/;

export const CHANNELS = ['counter', 'online', 'post'] as const;
export const LEVELS = ['province', 'commune', 'central'] as const;
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export const NATIONAL_STATUSES = ['published', 'published_amended', 'abolished'] as const;
export const APPLICANT_TYPES = [
  'citizen',
  'organisation',
  'business',
  'foreigner',
  'agency',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().int().min(0).max(1_000_000_000_000).describe('Integer VND');

export const TimeLimit = z.strictObject({
  amount: z.number().int().min(0).max(10_000),
  unit: z.enum(UNITS).describe('working_days is "ngày làm việc"; days is "ngày" (calendar)'),
});

export const Fee = z.strictObject({
  kind: z.enum(['phi', 'le_phi']).describe('phí or lệ phí'),
  name: text(300),
  amountVnd: money,
  note: z.string().trim().max(500).optional(),
});

export const Way = z.strictObject({
  channel: z.enum(CHANNELS),
  timeLimit: TimeLimit,
  fees: z.array(Fee).max(20).default([]),
  description: z.string().trim().max(2000).optional(),
});

export const Component = z.strictObject({
  name: text(1000),
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  mandatory: z.boolean(),
  documentTypeCode: z.string().trim().max(30).nullable().default(null),
  form: z
    .strictObject({ name: text(300), url: z.string().trim().max(500).nullable().default(null) })
    .nullable()
    .default(null),
  note: z.string().trim().max(1000).optional(),
});

export const ResultType = z.strictObject({
  name: text(500),
  resultTypeCode: z.string().trim().max(30).nullable().default(null),
});

export const LegalBasis = z.strictObject({
  number: text(100),
  title: text(500),
  issuedOn: z.iso.date().optional(),
});

export const InterAgency = z.strictObject({
  leadAgencyId: z.uuid(),
  agencies: z
    .array(z.strictObject({ agencyId: z.uuid(), share: TimeLimit }))
    .min(1)
    .max(10)
    .describe('In order; each agency’s share of the time limit'),
});

export const ProcedureContent = z.strictObject({
  name: text(500),
  field: text(200).describe('Lĩnh vực, e.g. "Hộ tịch"'),
  level: z.enum(LEVELS),
  competentAgency: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('commune').describe('The People’s Committee of the applicant’s commune'),
      }),
      z.strictObject({ kind: z.literal('agency'), agencyId: z.uuid() }),
    ])
    .describe('Who decides'),
  coordinatingAgencies: z.array(text(300)).max(20).default([]),
  timeLimit: TimeLimit.describe('The legal time limit'),
  ways: z.array(Way).min(1).max(3),
  steps: z.array(text(4000)).min(1).max(30).describe('Trình tự thực hiện'),
  components: z.array(Component).max(60),
  results: z.array(ResultType).min(1).max(10),
  applicantTypes: z.array(z.enum(APPLICANT_TYPES)).min(1),
  conditions: z.string().trim().max(5000).nullable().default(null),
  legalBases: z.array(LegalBasis).max(30).default([]),
  publication: z
    .strictObject({ decisionNumber: text(100), signedOn: z.iso.date() })
    .nullable()
    .default(null),
  onlineLevel: z.enum(ONLINE_LEVELS),
  eligibleFullyOnline: z.boolean(),
  postalAllowed: z.boolean(),
  boundaryFree: z.boolean().describe('Receivable at any service centre of the province'),
  interAgency: InterAgency.nullable().default(null),
  nationalStatus: z.enum(NATIONAL_STATUSES).default('published'),
});
export type ProcedureContent = z.infer<typeof ProcedureContent>;
export type ProcedureContentInput = z.input<typeof ProcedureContent>;

/** One step of an internal process: who does what, and how much of the time limit it may use. */
export const ProcessStep = z.strictObject({
  name: text(300),
  role: z.enum([
    'counter_officer',
    'specialist',
    'leader',
    'centre_supervisor',
    'tthc_control',
    'admin',
  ]),
  agencyId: z.uuid().nullable().describe('null: the competent agency itself'),
  budget: z.number().min(0).max(10_000).describe('In the unit of the procedure’s time limit'),
});

export const ProcessContent = z.strictObject({
  steps: z.array(ProcessStep).min(1).max(40),
});
export type ProcessContent = z.infer<typeof ProcessContent>;

/** A process for one agency (or, with agencyId null, for every agency that handles the procedure). */
export const AgencyProcess = ProcessContent.extend({ agencyId: z.uuid().nullable() });

/**
 * The interchange document of the catalog: what export writes and import reads, in JSON, and
 * row by row in Excel (docs/catalog-import.md).
 */
export const CatalogEntry = z.strictObject({
  nationalCode: z.string().trim().regex(NATIONAL_CODE, 'Mã thủ tục có dạng 1.001234'),
  validFrom: z.iso.date().optional(),
  content: ProcedureContent,
  processes: z.array(AgencyProcess).max(200).default([]),
});
export const CatalogDocument = z.strictObject({
  format: z.literal('motcua.catalog/1'),
  procedures: z.array(CatalogEntry).max(10_000),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;
export type CatalogDocument = z.infer<typeof CatalogDocument>;
export type CatalogDocumentInput = z.input<typeof CatalogDocument>;
