import { z } from 'zod';
import { PROGRESS_STAGES } from '../../../domain/dossier/progress.js';
import { DOSSIER_STATES } from '../../../domain/dossier/states.js';

/**
 * The dossier intake API (issue 5): counter and postal intake, online arrivals from DVCQG and
 * their acceptance, the day's list, the register, and the public lookup. One schema per endpoint,
 * shared by validation, OpenAPI and the web client.
 */

export const CHANNELS = ['counter', 'online', 'post'] as const;
export const INTAKE_OUTCOMES = ['received', 'incomplete', 'refused'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Mã SHA-256 gồm 64 ký tự 0-9, a-f')
  .describe('SHA-256 of an uploaded file (PUT /api/v1/files)');

export const Address = z.strictObject({
  unitCode: z
    .string()
    .regex(/^\d{5}$/, 'Mã đơn vị hành chính cấp xã gồm 5 chữ số')
    .describe('Commune-level unit code from the national list (since 1 July 2025)'),
  detail: text(300).describe('House number, street, hamlet'),
});

const contacts = {
  phone: z
    .string()
    .trim()
    .regex(/^\+?\d[\d .-]{7,18}$/, 'Số điện thoại không hợp lệ')
    .optional(),
  email: z.email().max(200).optional(),
};

export const Applicant = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('citizen'),
    name: text(200),
    idNumber: z.string().trim().describe('12-digit personal identification number'),
    birthDate: z.iso.date().optional(),
    address: Address,
    ...contacts,
  }),
  z.strictObject({
    kind: z.literal('organisation'),
    name: text(300),
    taxCode: z
      .string()
      .trim()
      .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: thêm -xxx)'),
    representative: optionalText(200),
    address: Address,
    ...contacts,
  }),
]);
export type Applicant = z.infer<typeof Applicant>;

/**
 * An applicant as a previous system knew them (a dossier imported from it): the address as it was
 * written there (old units do not map to today's), the numbers and contacts it had.
 */
export const ImportedApplicant = z.object({
  kind: z.enum(['citizen', 'organisation']),
  name: z.string(),
  idNumber: z.string().optional(),
  taxCode: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

/** The applicant a dossier keeps: received here, or imported from a previous system. */
export const ApplicantOnFile = z.union([Applicant, ImportedApplicant]);
export type ApplicantOnFile = z.infer<typeof ApplicantOnFile>;

export const ProxyPerson = z.strictObject({
  name: text(200),
  idNumber: z.string().trim().describe('12-digit personal identification number'),
  authorisation: text(300).describe('The authorisation document: number, date, who certified it'),
  phone: contacts.phone,
});

export const ProvidedComponent = z.strictObject({
  index: z.number().int().min(0).max(59).describe('Position in the procedure version’s components'),
  provided: z.boolean(),
  originals: z.number().int().min(0).max(20).optional(),
  copies: z.number().int().min(0).max(20).optional(),
  files: z
    .array(z.strictObject({ sha256, name: text(255) }))
    .max(20)
    .default([]),
  note: optionalText(500),
});

export const MissingItem = z.strictObject({
  name: text(1000),
  reason: text(1000),
});

export const Postal = z.strictObject({
  slipNumber: text(40).describe('Số phiếu gửi of the postal dispatch'),
  handedOverAt: z.iso
    .datetime({ offset: true })
    .describe('When the hand-over record was signed: the submission time'),
});

export const IntakeBody = z.strictObject({
  outcome: z.enum(INTAKE_OUTCOMES),
  channel: z.enum(['counter', 'post']).default('counter'),
  receivingAgencyId: z.uuid().describe('The service centre (counter) that receives'),
  procedureCode: z.string().trim().min(1).max(40),
  competentAgencyId: z
    .uuid()
    .optional()
    .describe('For commune-level procedures: which commune decides (default: the applicant’s)'),
  applicant: Applicant,
  proxy: ProxyPerson.optional(),
  components: z.array(ProvidedComponent).max(60),
  missing: z
    .array(MissingItem)
    .max(60)
    .default([])
    .describe('Incomplete: what else is missing or wrong (missing mandatory components are added)'),
  reasons: z.array(text(2000)).max(20).default([]).describe('Refused: why'),
  returnChannel: z.enum(CHANNELS).default('counter'),
  postal: Postal.optional().describe('Required when channel is post'),
  note: optionalText(2000),
});
export type IntakeBody = z.infer<typeof IntakeBody>;
export type IntakeBodyInput = z.input<typeof IntakeBody>;

export const DossierParams = z.strictObject({ id: z.uuid() });

export const ComponentRecord = z.object({
  index: z.number().int(),
  name: z.string(),
  mandatory: z.boolean(),
  provided: z.boolean(),
  originals: z.number().int(),
  copies: z.number().int(),
  files: z.array(
    z.object({ sha256: z.string(), name: z.string(), size: z.number(), mediaType: z.string() }),
  ),
  note: z.string().nullable(),
});

export const HistoryEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  nationalStatus: z.number().int(),
  actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
  data: z.record(z.string(), z.unknown()),
});

const instant = z.iso.datetime({ offset: true });
const agencyRef = z.object({ id: z.uuid(), name: z.string(), code: z.string() });

export const DossierDetail = z
  .object({
    id: z.uuid(),
    code: z.string().nullable().describe('Null until received'),
    state: z.enum(DOSSIER_STATES),
    nationalStatus: z.number().int().min(1).max(10),
    nationalStatusLabel: z.string(),
    version: z.number().int().describe('Send it back with the next action (optimistic locking)'),
    channel: z.enum(CHANNELS),
    returnChannel: z.enum(CHANNELS),
    procedure: z.object({ code: z.string(), name: z.string(), versionNo: z.number().int() }),
    receivingAgency: agencyRef,
    competentAgency: agencyRef,
    applicant: ApplicantOnFile,
    applicantAddress: z.string().describe('The address as printed, with the unit’s name'),
    proxy: ProxyPerson.nullable(),
    components: z.array(ComponentRecord),
    submittedAt: instant,
    receivedAt: instant.nullable(),
    dueAt: instant.nullable(),
    transferDueAt: instant
      .nullable()
      .describe('When the paper dossier is due at the competent agency'),
    acceptanceDueAt: instant.nullable().describe('Online: the 8-working-hour answer deadline'),
    timeLimit: z.object({ amount: z.number(), unit: z.string() }),
    postal: Postal.nullable(),
    outcome: z
      .object({
        missing: z.array(MissingItem).optional(),
        reasons: z.array(z.string()).optional(),
        note: z.string().optional(),
      })
      .nullable(),
    external: z
      .object({ system: z.string(), id: z.string(), code: z.string().nullable() })
      .nullable(),
    forms: z
      .array(z.enum(['01', '02', '03', '04', '05', '06']))
      .describe('Forms that can be printed now (GET /api/v1/dossiers/{id}/forms/{form})'),
    allowedActions: z.array(z.string()),
    processing: z
      .object({
        handler: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
        step: z
          .object({ index: z.number().int(), name: z.string(), dueAt: instant.nullable() })
          .nullable(),
        steps: z.array(z.object({ name: z.string(), role: z.string(), budget: z.number() })),
        supplement: z
          .object({ requestedAt: instant, closesAt: instant, answeredAt: instant.nullable() })
          .nullable(),
        extension: z
          .object({
            requestedAt: instant,
            reason: z.string(),
            proposedDueAt: instant,
            decision: z.enum(['approved', 'rejected']).nullable(),
          })
          .nullable(),
        interAgency: z
          .object({
            lead: agencyRef,
            parallel: z
              .boolean()
              .nullable()
              .describe(
                'Gửi đồng thời cho mọi cơ quan (hồ sơ điện tử) hay lần lượt; null: chưa gửi',
              ),
            legs: z.array(
              z.object({
                agency: agencyRef,
                share: z.object({ amount: z.number(), unit: z.string() }),
                sentAt: instant.nullable(),
                dueAt: instant.nullable(),
                returnedAt: instant.nullable(),
                note: z.string().nullable(),
                onTime: z.boolean().nullable(),
              }),
            ),
          })
          .nullable()
          .describe(
            'Liên thông: cơ quan chủ trì và các cơ quan phối hợp theo thứ tự, mỗi cơ quan một phần thời hạn',
          ),
        consultations: z.array(
          z.object({
            agencyId: z.uuid(),
            question: z.string(),
            askedAt: instant,
            dueAt: instant,
            answer: z.string().nullable(),
            answeredAt: instant.nullable(),
          }),
        ),
        result: z
          .object({
            kind: z.enum(['granted', 'refused']),
            reasons: z.array(z.string()).optional(),
            documentCode: z.string().nullable().optional(),
            fileSha256: z
              .string()
              .nullable()
              .optional()
              .describe('Tệp kết quả điện tử, lưu trong kho dữ liệu của công dân'),
            decidedAt: instant,
            timeliness: z.enum(['early', 'on_time', 'late']),
          })
          .nullable(),
        returnedAt: instant.nullable(),
      })
      .describe('Giải quyết: người xử lý, bước hiện tại, bổ sung, gia hạn, lấy ý kiến, kết quả'),
    history: z.array(HistoryEntry),
  })
  .meta({ id: 'DossierDetail' });
export type DossierDetail = z.infer<typeof DossierDetail>;

export const ListQuery = z.strictObject({
  receivingAgencyId: z.uuid().optional(),
  from: z.iso.date().optional().describe('Local date (Asia/Ho_Chi_Minh); default today'),
  to: z.iso.date().optional().describe('Local date, inclusive; default from'),
  state: z.enum(DOSSIER_STATES).optional(),
  channel: z.enum(CHANNELS).optional(),
  q: z.string().trim().max(100).optional().describe('Code, applicant name or ID number'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const DossierSummary = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  state: z.enum(DOSSIER_STATES),
  nationalStatus: z.number().int(),
  channel: z.enum(CHANNELS),
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  receivingAgencyName: z.string(),
  competentAgencyName: z.string(),
  submittedAt: instant,
  receivedAt: instant.nullable(),
  dueAt: instant.nullable(),
  acceptanceDueAt: instant.nullable(),
});
export const DossierList = z
  .object({ items: z.array(DossierSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'DossierList' });

export const RegisterQuery = z.strictObject({
  receivingAgencyId: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
});

export const FormParams = z.strictObject({ id: z.uuid(), form: DossierDetail.shape.forms.element });

export const VersionBody = z.strictObject({ version: z.number().int().min(1) });
export const CorrectionBody = VersionBody.extend({
  items: z.array(MissingItem).min(1).max(60),
  note: optionalText(2000),
});
export const DeclineBody = VersionBody.extend({ reason: text(2000) });

const LateExplanation = z
  .strictObject({ who: text(300), why: text(2000) })
  .describe('Bắt buộc khi hồ sơ đã quá hạn: người chịu trách nhiệm và lý do');
const step = <A extends string, S extends z.ZodRawShape>(action: A, shape: S, summary: string) =>
  VersionBody.extend({ action: z.literal(action), ...shape }).describe(summary);

/** One action of processing (domain.md §4): the version read, the action and what it needs. */
export const ProcessingBody = z
  .discriminatedUnion('action', [
    step('assign', { handlerId: z.uuid() }, 'Lãnh đạo phân công (hoặc phân công lại) người xử lý'),
    step('claim', {}, 'Cán bộ nhận xử lý hồ sơ chưa được giao'),
    step(
      'forward',
      { handlerId: z.uuid().nullable().optional() },
      'Chuyển bước tiếp theo của quy trình (có thể giao người xử lý bước đó)',
    ),
    step(
      'consult',
      {
        agencyId: z.uuid(),
        question: text(4000),
        workingDays: z.number().int().min(1).max(30),
      },
      'Gửi lấy ý kiến cơ quan khác, với thời hạn trả lời',
    ),
    step(
      'record_reply',
      { consultation: z.number().int().min(0), answer: text(8000) },
      'Ghi nhận ý kiến trả lời',
    ),
    step(
      'send_to_agencies',
      {},
      'Liên thông: chuyển cơ quan phối hợp tiếp theo (hồ sơ giấy) hoặc đồng thời mọi cơ quan (hồ sơ điện tử)',
    ),
    step(
      'return_from_agency',
      { agencyId: z.uuid(), note: text(4000) },
      'Liên thông: cơ quan phối hợp trả phần việc đã xử lý (sang cơ quan kế tiếp hoặc về cơ quan chủ trì)',
    ),
    step(
      'request_supplement',
      { items: z.array(MissingItem).min(1).max(60) },
      'Yêu cầu bổ sung, hoàn thiện (Mẫu 02): một lần, trong 3 ngày làm việc từ khi tiếp nhận',
    ),
    step('supplement', {}, 'Người nộp đã bổ sung: tính lại thời hạn từ đầu'),
    step('close_unsupplemented', {}, 'Dừng giải quyết khi quá 15 ngày không bổ sung (Mẫu 05)'),
    step(
      'request_extension',
      { reason: text(4000), extra: z.number().int().min(1).max(365) },
      'Văn bản xin lỗi và đề nghị gia hạn (Mẫu 04): thêm bao nhiêu, theo đơn vị của thời hạn',
    ),
    step(
      'decide_extension',
      { approve: z.boolean(), note: optionalText(2000) },
      'Trung tâm quyết định gia hạn',
    ),
    step(
      'refuse_after_appraisal',
      {
        reasons: z.array(text(2000)).min(1).max(20),
        lateExplanation: LateExplanation.optional(),
      },
      'Từ chối giải quyết sau thẩm định (Mẫu 03), ghi nhận là kết quả',
    ),
    step(
      'approve',
      {
        resultType: z
          .number()
          .int()
          .min(0)
          .max(9)
          .optional()
          .describe('Loại kết quả (thứ tự trong danh mục thủ tục), mặc định loại đầu tiên'),
        documentCode: z
          .string()
          .trim()
          .max(100)
          .nullable()
          .optional()
          .describe(
            'Mã kết quả: số định danh chủ hồ sơ + mã loại kết quả; hệ thống tự gán và kiểm tra',
          ),
        fileSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable()
          .optional(),
        lateExplanation: LateExplanation.optional(),
      },
      'Lãnh đạo phê duyệt kết quả ở bước cuối',
    ),
    step(
      'return_result',
      { channel: z.enum(['counter', 'post', 'online']) },
      'Trả kết quả: tại quầy, qua bưu chính hoặc trực tuyến',
    ),
    step(
      'correct_result',
      {
        reason: text(2000),
        resultType: z.number().int().min(0).max(9).optional(),
        documentCode: z.string().trim().max(100).nullable().optional(),
        fileSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable()
          .optional(),
      },
      'Đính chính kết quả sai sót (trong 3 ngày làm việc): kết quả mới thay kết quả cũ, trả lại',
    ),
    step(
      'withdraw',
      { reason: text(2000), source: z.enum(['applicant', 'dvcqg']).default('applicant') },
      'Rút hồ sơ theo yêu cầu của người nộp (trước khi có kết quả)',
    ),
  ])
  .meta({ id: 'ProcessingBody' });
export type ProcessingBody = z.infer<typeof ProcessingBody>;

/** What DVCQG sends for a dossier submitted online: strict, so an unknown field is named. */
export const DvcqgFile = z.strictObject({
  name: text(255),
  contentBase64: z.base64().max(30_000_000),
  sha256: sha256.optional().describe('Checked against the content when given'),
});
export const DvcqgDossierBody = z.strictObject({
  dvcqgId: z.string().trim().min(1).max(64).describe('DVCQG’s own dossier id: the idempotency key'),
  dvcqgCode: z.string().trim().min(1).max(64),
  procedureCode: z.string().trim().min(1).max(40),
  receivingAgencyCode: z.string().trim().min(1).max(35).describe('Identifier (QĐ 20/2020)'),
  competentAgencyCode: z.string().trim().min(1).max(35).optional(),
  submittedAt: z.iso.datetime({ offset: true }),
  applicant: Applicant,
  proxy: ProxyPerson.optional(),
  components: z
    .array(
      z.strictObject({
        index: z.number().int().min(0).max(59),
        files: z.array(DvcqgFile).max(20).default([]),
      }),
    )
    .max(60),
  returnChannel: z.enum(CHANNELS).default('online'),
});
export type DvcqgDossierBody = z.infer<typeof DvcqgDossierBody>;

/** The applicant corrected an online dossier on DVCQG after a correction request. */
export const DvcqgResubmissionBody = z.strictObject({
  resubmittedAt: z.iso.datetime({ offset: true }),
  components: DvcqgDossierBody.shape.components,
});
export type DvcqgResubmissionBody = z.infer<typeof DvcqgResubmissionBody>;
export const ActionOutcome = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    state: z.enum(DOSSIER_STATES),
    nationalStatus: z.number().int(),
  })
  .meta({ id: 'ActionOutcome' })
  .describe('Với Prefer: return=minimal: chỉ phiên bản và trạng thái mới');

export const DossierHandlers = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        roles: z.array(z.string()),
        current: z.boolean().describe('The dossier’s handler now'),
      }),
    ),
  })
  .meta({ id: 'DossierHandlers' });

export const DvcqgIdParams = z.strictObject({ dvcqgId: z.string().trim().min(1).max(64) });
export const DvcqgWithdrawalBody = z.strictObject({
  requestedAt: z.iso.datetime({ offset: true }).describe('When the applicant asked DVCQG to stop'),
  reason: z.string().trim().min(1).max(2000).optional(),
});
export type DvcqgWithdrawalBody = z.infer<typeof DvcqgWithdrawalBody>;
export const DvcqgWithdrawalReceipt = z
  .object({
    id: z.uuid(),
    dvcqgId: z.string(),
    state: z.enum(DOSSIER_STATES),
    nationalStatus: z.number().int(),
    duplicate: z.boolean().describe('true when the dossier had already been stopped'),
  })
  .meta({ id: 'DvcqgWithdrawalReceipt' });
export const DvcqgReceipt = z
  .object({
    id: z.uuid(),
    dvcqgId: z.string(),
    state: z.enum(DOSSIER_STATES),
    nationalStatus: z.number().int(),
    acceptanceDueAt: instant,
    duplicate: z.boolean().describe('true when this dvcqgId had already been delivered'),
  })
  .meta({ id: 'DvcqgReceipt' });

export const StoredFile = z
  .object({
    sha256: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    duplicate: z.boolean().describe('The same content had been uploaded before'),
  })
  .meta({ id: 'StoredFile' });

export const LookupParams = z.strictObject({ code: z.string().trim().min(1).max(64) });
export const LookupQuery = z.strictObject({
  idNumber: z.string().trim().max(20).optional(),
  phone: z.string().trim().max(20).optional(),
});
export const PublicDossier = z
  .object({
    code: z.string(),
    procedureName: z.string(),
    nationalStatus: z.number().int(),
    status: z.string().describe('The national status in words'),
    progress: z
      .object({
        stage: z.enum(PROGRESS_STAGES),
        percent: z.number().int().min(0).max(100),
      })
      .describe('How far along: stage, and the share of the time limit used'),
    verified: z.boolean().describe('The ID number or phone matched: the fields below are filled'),
    currentStep: z.string().nullable(),
    dueAt: instant.nullable(),
    receivedAt: instant.nullable(),
  })
  .meta({ id: 'PublicDossier' });

export const NotificationList = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        title: z.string(),
        dossierId: z.uuid().nullable(),
        dossierCode: z
          .string()
          .nullable()
          .describe('The dossier code, or DVCQG’s before acceptance'),
        acceptanceDueAt: instant.nullable().describe('Online dossiers still waiting for an answer'),
        createdAt: instant,
      }),
    ),
  })
  .meta({ id: 'NotificationList' });
