import { z } from 'zod';
import { ACTIONS } from '../../../domain/access/permissions.js';

export const ApiTokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    agencyId: z.uuid(),
    scopes: z.array(z.enum(ACTIONS)),
    createdAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'ApiToken' });

export const CreateApiTokenBody = z.strictObject({
  name: z.string().trim().min(2).max(100),
  agencyId: z.uuid(),
  scopes: z.array(z.enum(ACTIONS)).min(1),
});

export const CreatedApiToken = ApiTokenView.extend({
  token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
});

export const ApiTokenList = z.object({ items: z.array(ApiTokenView) });
export const ApiTokenIdParams = z.strictObject({ id: z.uuid() });
