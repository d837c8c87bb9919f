import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });

export const CitizenDocumentsQuery = z.strictObject({
  ownerIdNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{6,20}$/, 'Số định danh cá nhân hoặc mã số thuế')
    .describe('Số định danh cá nhân (12 số) hoặc mã số thuế của tổ chức'),
  includeReplaced: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Cả các kết quả đã được thay thế (đính chính, cấp lại)'),
});

export const CitizenDocumentParams = z.strictObject({ id: z.uuid() });

export const CitizenDocument = z
  .object({
    id: z.uuid(),
    documentCode: z.string().describe('Số định danh chủ sở hữu + mã loại kết quả'),
    resultTypeCode: z.string(),
    title: z.string(),
    issuedAt: instant,
    issuingAgency: z.object({ id: z.uuid(), name: z.string() }),
    dossier: z.object({ id: z.uuid(), code: z.string().nullable() }),
    file: z.object({ sha256: z.string(), size: z.number().int(), mediaType: z.string() }),
    replaced: z
      .object({ at: instant, byId: z.uuid().nullable(), reason: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'CitizenDocument' });

export const CitizenDocumentList = z
  .object({ items: z.array(CitizenDocument) })
  .meta({ id: 'CitizenDocumentList' });
export type CitizenDocumentList = z.infer<typeof CitizenDocumentList>;
