import { z } from 'zod';

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actorType: z.enum(['user', 'system', 'anonymous']),
    actorId: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    agencyId: z.uuid().nullable(),
    data: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const ListAuditQuery = z.strictObject({
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  beforeId: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditList = z.object({ items: z.array(AuditEntry) });
