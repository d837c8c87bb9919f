import { z } from 'zod';

export const AGENCY_KINDS = [
  'province',
  'department',
  'central',
  'commune',
  'service_centre',
  'unit',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

const isoDate = z.iso.date().describe('YYYY-MM-DD');

export const Agency = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    kind: z.enum(AGENCY_KINDS),
    name: z.string(),
    shortName: z.string().nullable(),
    code: z.string().describe('Electronic identifier of the agency (mã định danh điện tử)'),
    codeIsPlaceholder: z.boolean().describe('True for demo values not yet confirmed'),
    adminUnitCode: z.string().nullable().describe('Official code of the commune-level unit'),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    mergedIntoId: z.uuid().nullable(),
    status: z.enum(['active', 'closed']),
    version: z.number().int(),
  })
  .meta({ id: 'Agency' });
export type Agency = z.infer<typeof Agency>;

export const AgencyDetail = Agency.extend({
  names: z.array(z.object({ name: z.string(), validFrom: isoDate })),
}).meta({ id: 'AgencyDetail' });
export type AgencyDetail = z.infer<typeof AgencyDetail>;

export const ListAgenciesQuery = z.strictObject({
  kind: z.enum(AGENCY_KINDS).optional(),
  parentId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  includeClosed: z.stringbool().default(false),
});

export const AgencyList = z.object({ items: z.array(Agency) });

export const CreateAgencyBody = z.strictObject({
  parentId: z.uuid(),
  kind: z.enum(AGENCY_KINDS),
  name: z.string().trim().min(2).max(300),
  shortName: z.string().trim().max(100).optional(),
  code: z.string().trim().min(3).max(50),
  codeIsPlaceholder: z.boolean().default(false),
  adminUnitCode: z.string().trim().max(10).optional(),
  validFrom: isoDate,
});

export const UpdateAgencyBody = z.strictObject({
  version: z.number().int(),
  code: z.string().trim().min(3).max(50).optional(),
  codeIsPlaceholder: z.boolean().optional(),
  shortName: z.string().trim().max(100).nullable().optional(),
});

export const RenameAgencyBody = z.strictObject({
  version: z.number().int(),
  name: z.string().trim().min(2).max(300),
  effectiveFrom: isoDate,
});

export const MergeAgencyBody = z.strictObject({
  version: z.number().int(),
  intoId: z.uuid(),
  effectiveFrom: isoDate,
});

export const CloseAgencyBody = z.strictObject({
  version: z.number().int(),
  effectiveFrom: isoDate,
});

export const AgencyIdParams = z.strictObject({ id: z.uuid() });
