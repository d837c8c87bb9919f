import { z } from 'zod';

/**
 * RFC 9457 problem details, as every error of the API is shaped. Loose: some problems carry
 * extension members (a 409 carries `current`, the state the client should reload).
 */
export const Problem = z
  .looseObject({
    type: z.string(),
    title: z.string().describe('Vietnamese, for people'),
    status: z.number().int(),
    code: z.string().describe('Stable, for programs, e.g. DOSSIER_VERSION_CONFLICT'),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per invalid field'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
