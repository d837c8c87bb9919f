import { z } from 'zod';
import type { DossierState } from '../../../domain/dossier/states.js';
import { URGENCIES } from '../../../domain/dossier/urgency.js';

/**
 * The inbox of an officer or of an agency: the open dossiers it has to work on, most pressing
 * first, with how many there are in each degree of urgency (domain.md §4 "likely late").
 */

/** OPEN_STATES as a tuple for zod; the inbox test checks that the two stay equal. */
export const INBOX_STATES = [
  'received',
  'in_progress',
  'awaiting_supplement',
] as const satisfies readonly DossierState[];

export const InboxQuery = z.strictObject({
  scope: z
    .enum(['mine', 'agency', 'partner'])
    .default('agency')
    .describe(
      'mine: hồ sơ đang giao cho tôi xử lý; agency: mọi hồ sơ của cơ quan; partner: hồ sơ liên thông cơ quan đang giữ phần việc (cơ quan phối hợp)',
    ),
  agencyId: z
    .uuid()
    .optional()
    .describe(
      'Chỉ hồ sơ thuộc thẩm quyền của cơ quan này và các đơn vị trực thuộc; mặc định: mọi cơ quan mà người dùng được xử lý hồ sơ',
    ),
  urgency: z.enum(URGENCIES).optional().describe('Chỉ hồ sơ ở mức khẩn này'),
  state: z.enum(INBOX_STATES).optional(),
  unassigned: z
    .stringbool()
    .optional()
    .describe('true: chỉ hồ sơ chưa giao cho ai; false: chỉ hồ sơ đã có người xử lý'),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Mã hồ sơ, số giấy tờ tùy thân, hoặc một phần tên người nộp'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional().describe('nextCursor của trang trước'),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

const instant = z.iso.datetime({ offset: true });
const agencyRef = z.object({ id: z.uuid(), name: z.string(), code: z.string() });

export const InboxItem = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    state: z.enum(INBOX_STATES),
    nationalStatus: z.number().int(),
    version: z.number().int().describe('Gửi lại cùng thao tác tiếp theo trên hồ sơ'),
    procedureCode: z.string(),
    procedureName: z.string(),
    applicantName: z.string(),
    receivingAgency: agencyRef,
    competentAgency: agencyRef,
    handler: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe('Người đang xử lý; null khi chưa giao'),
    step: z
      .object({
        index: z.number().int(),
        name: z.string().nullable(),
        dueAt: instant.nullable(),
      })
      .nullable()
      .describe('Bước của quy trình nội bộ đang thực hiện; null khi chưa bắt đầu xử lý'),
    receivedAt: instant.nullable(),
    dueAt: instant.nullable(),
    urgency: z
      .enum(URGENCIES)
      .describe(
        'overdue: quá hạn; due_today: đến hạn hôm nay; likely_late: còn không quá 8 giờ làm việc; due_soon: còn không quá 16 giờ làm việc; paused: chờ bổ sung (dừng tính thời gian); ok: còn hạn',
      ),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof InboxItem>;

const count = z.number().int().min(0);

export const Inbox = z
  .object({
    items: z.array(InboxItem),
    counts: z
      .object({
        overdue: count,
        due_today: count,
        likely_late: count,
        due_soon: count,
        paused: count,
        ok: count,
        total: count,
      })
      .describe('Số hồ sơ theo mức khẩn, với mọi bộ lọc trừ urgency và cursor'),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'Inbox' });
export type Inbox = z.infer<typeof Inbox>;
