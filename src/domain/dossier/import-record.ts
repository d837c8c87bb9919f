import { z } from 'zod';

/**
 * One line of the interchange format for dossiers from a previous system (docs/dossier-import.md):
 * a dossier with its whole history, as the old system knew it. Strict: a misspelt field is an
 * error, not silently lost data.
 */

/** An instant with its offset, in the years a working calendar covers. */
const Instant = z.iso
  .datetime({ offset: true })
  .refine((v) => v >= '2000' && v < '2101', 'Thời điểm phải trong các năm 2000–2100');
const NationalChannel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const IMPORT_SOURCE_PATTERN = /^[a-z0-9][a-z0-9._-]{0,39}$/;

export const ImportRecord = z.strictObject({
  /** The previous system, e.g. `igate-bacgiang`: with `code`, what makes a line the same dossier. */
  source: z
    .string()
    .regex(IMPORT_SOURCE_PATTERN)
    // Dossiers from DVCQG are kept under this name (online intake): not an import source.
    .refine((s) => s !== 'dvcqg', 'Tên hệ thống nguồn "dvcqg" dành cho hồ sơ nhận từ DVCQG'),
  /** The dossier code the old system gave; it stays the dossier's code here. */
  code: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[0-9A-Za-z][0-9A-Za-z.\-_/]*$/),
  procedure: z.strictObject({
    /** National procedure code (DVCQG), e.g. 1.001612. */
    code: shortText(40),
    /** The catalog's version number; without it, the version in force on the day of receipt. */
    version: z.number().int().positive().optional(),
  }),
  /** Old identifiers (the agency map turns them into today's agencies). */
  receivingAgency: shortText(60),
  competentAgency: shortText(60),
  applicant: z.strictObject({
    kind: z.enum(['citizen', 'organisation']),
    name: shortText(255),
    idNumber: z.string().trim().max(20).nullish(),
    phone: z.string().trim().max(20).nullish(),
    email: z.string().trim().max(255).nullish(),
    address: z.string().trim().max(500).nullish(),
  }),
  /** National channel codes: 1 counter, 2 online (DVCQG), 3 public postal service. */
  channel: NationalChannel,
  returnChannel: NationalChannel.optional(),
  submittedAt: Instant,
  /** The time printed on the receipt: the clock starts here. */
  receivedAt: Instant.nullish(),
  /** The due date printed on the receipt (later ones come from supplements and extensions). */
  dueAt: Instant.nullish(),
  /** Every change of national status (1–10), in time order. */
  statuses: z
    .array(
      z.strictObject({
        at: Instant,
        status: z.number().int().min(1).max(10),
        note: z.string().max(2000).nullish(),
      }),
    )
    .min(1)
    .max(300),
  /** Requests to supplement after receipt, in order: the n-th goes with the n-th status 5. */
  supplements: z
    .array(
      z.strictObject({
        requestedAt: Instant,
        items: z.array(shortText(1000)).max(50).optional(),
        answeredAt: Instant.nullish(),
        /** The due date after the answer (the clock restarts); computed here when absent. */
        newDueAt: Instant.nullish(),
      }),
    )
    .max(20)
    .default([]),
  extensions: z
    .array(
      z.strictObject({
        requestedAt: Instant,
        reason: shortText(2000),
        decidedAt: Instant.nullish(),
        approved: z.boolean().nullish(),
        /** The due date granted (required when approved). */
        newDueAt: Instant.nullish(),
      }),
    )
    .max(5)
    .default([]),
  result: z
    .strictObject({
      kind: z.enum(['granted', 'refused']),
      decidedAt: Instant,
      documentCode: z.string().trim().max(80).nullish(),
      /** SHA-256 of the electronic result file, when there is one. */
      fileSha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullish(),
      reasons: z.array(shortText(1000)).max(20).optional(),
      returnedAt: Instant.nullish(),
    })
    .nullish(),
  fees: z
    .array(
      z.strictObject({
        name: shortText(255),
        amount: z.number().int().min(0).max(100_000_000_000),
        paidAt: Instant.nullish(),
        online: z.boolean().default(false),
      }),
    )
    .max(20)
    .default([]),
  ratings: z
    .array(
      z.strictObject({
        at: Instant,
        level: z.enum(['very_satisfied', 'satisfied', 'dissatisfied']),
        comment: z.string().max(2000).nullish(),
      }),
    )
    .max(10)
    .default([]),
  components: z
    .array(
      z.strictObject({
        name: shortText(1000),
        digitised: z.boolean().default(false),
        reused: z.boolean().default(false),
      }),
    )
    .max(60)
    .default([]),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const IMPORT_CHANNELS = { 1: 'counter', 2: 'online', 3: 'post' } as const;
