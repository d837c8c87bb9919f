import { z } from 'zod';
import {
  AgencyProcess,
  CatalogDocument,
  LEVELS,
  NATIONAL_CODE,
  ONLINE_LEVELS,
  ProcedureContent,
  ProcessContent,
  TimeLimit,
} from '../../../domain/catalog/procedure.js';

export const VERSION_STATES = ['draft', 'published', 'superseded', 'abolished'] as const;

const code = z.string().trim().regex(NATIONAL_CODE, 'Mã thủ tục có dạng 1.001234');

export const SearchQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  level: z.enum(LEVELS).optional(),
  field: z.string().trim().max(200).optional(),
  agencyId: z.uuid().optional(),
  onlineLevel: z.enum(ONLINE_LEVELS).optional(),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ProcedureSummary = z.object({
  nationalCode: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.enum(LEVELS),
  onlineLevel: z.enum(ONLINE_LEVELS),
  competentAgency: z.string().describe('Name, or "Ủy ban nhân dân cấp xã"'),
  timeLimit: TimeLimit,
  versionNo: z.number().int(),
});

/** No total: counting every match of a broad query costs more than the page itself. */
export const SearchResult = z
  .object({
    items: z.array(ProcedureSummary),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'ProcedureSearchResult' });

export const DraftList = z
  .object({
    items: z.array(
      z.object({
        nationalCode: z.string(),
        name: z.string(),
        versionNo: z.number().int(),
        createdAt: z.iso.datetime({ offset: true }),
      }),
    ),
  })
  .meta({ id: 'ProcedureDrafts' });

export const CodeParams = z.strictObject({ code });
export const VersionParams = z.strictObject({ code, versionNo: z.coerce.number().int().min(1) });
export const DetailQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const VersionInfo = z.object({
  versionNo: z.number().int(),
  state: z.enum(VERSION_STATES),
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
  rowVersion: z.number().int(),
});

export const ProcedureDetail = VersionInfo.extend({
  nationalCode: z.string(),
  content: ProcedureContent,
  competentAgencyName: z.string(),
  inForce: z.boolean().describe('Whether this version applies today (Asia/Ho_Chi_Minh)'),
  processes: z.array(AgencyProcess),
  versions: z.array(VersionInfo),
}).meta({ id: 'ProcedureDetail' });

export const CreateProcedureBody = z.strictObject({
  nationalCode: code,
  content: ProcedureContent,
});
export const NewDraftBody = z.strictObject({ content: ProcedureContent.optional() });
export const UpdateDraftBody = z.strictObject({
  rowVersion: z.number().int(),
  content: ProcedureContent,
});
export const SetProcessBody = z.strictObject({
  rowVersion: z.number().int(),
  agencyId: z.uuid().nullable(),
  steps: ProcessContent.shape.steps,
});
export const PublishBody = z.strictObject({
  rowVersion: z.number().int(),
  validFrom: z.iso.date(),
});
export const DiscardDraftQuery = z.strictObject({ rowVersion: z.coerce.number().int() });
export const AbolishBody = z.strictObject({ effectiveFrom: z.iso.date() });

export const DiffQuery = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
export const DiffResult = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const ImportReport = z
  .object({
    created: z.array(z.string()),
    updated: z.array(z.string()),
    unchanged: z.array(z.string()),
  })
  .meta({ id: 'CatalogImportReport' });

export { CatalogDocument };
