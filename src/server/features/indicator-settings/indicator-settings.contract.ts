import { z } from 'zod';
import { PLAN_TARGET_COMPARISONS } from '../../../domain/indicators/plan-targets.js';

/**
 * The service index's scheme (Quyết định 766) and the plan's targets as versions an administrator
 * edits (issue 7). The bodies check the shape only (types, fields); what the content must satisfy
 * (indicator ids once each, points above 0, targets in (0, 1], a date not in the past) is checked
 * by the domain's schemas in the service and answered with 422 and the path of each field.
 */

const date = z.iso.date().describe('YYYY-MM-DD, giờ Việt Nam');
const instant = z.iso.datetime({ offset: true });

const IndicatorShape = z.strictObject({
  id: z.string().describe('Số hiệu theo Bộ chỉ số, ví dụ "2.1"'),
  name: z.string(),
  ratio: z.string().describe('Cách tính tỷ lệ: tử số / mẫu số'),
  points: z.number().describe('Điểm tối đa, lớn hơn 0'),
  target: z
    .number()
    .optional()
    .describe('Tỷ lệ (0–1] từ đó đạt đủ điểm; không có: đủ điểm khi đạt 100%'),
});

const GroupShape = z.strictObject({
  id: z.string(),
  name: z.string(),
  statedMax: z
    .number()
    .optional()
    .describe('Điểm tối đa của nhóm theo văn bản, khi các chỉ số không cộng đủ'),
  indicators: z.array(IndicatorShape).max(50),
});

export const SchemeBody = z.strictObject({
  version: z.string().describe('Tên phiên bản, ví dụ "766/2026"'),
  validFrom: z.string().describe('Ngày bắt đầu áp dụng (YYYY-MM-DD), không trước hôm nay'),
  source: z.string().describe('Văn bản làm căn cứ'),
  groups: z.array(GroupShape).max(20),
});

export const UpdateSchemeBody = SchemeBody.extend({
  rowVersion: z.number().int().describe('Phiên bản của bản ghi đã đọc; khác: 409'),
});

const TargetShape = z.strictObject({
  id: z.string().describe('Mã mục tiêu: onTime, early, satisfaction ...'),
  name: z.string(),
  share: z.number().describe('Tỷ lệ mục tiêu (0–1]'),
  comparison: z
    .enum(PLAN_TARGET_COMPARISONS)
    .describe('above: đạt khi vượt mức (> 90%); atLeast: đạt khi bằng hoặc vượt (≥ 90%, 100%)'),
});

export const TargetsBody = z.strictObject({
  version: z.string().describe('Tên phiên bản, ví dụ "KH 2026"'),
  validFrom: z.string().describe('Ngày bắt đầu áp dụng (YYYY-MM-DD), không trước hôm nay'),
  source: z.string().describe('Kế hoạch làm căn cứ'),
  targets: z.array(TargetShape).max(100),
});

export const UpdateTargetsBody = TargetsBody.extend({
  rowVersion: z.number().int().describe('Phiên bản của bản ghi đã đọc; khác: 409'),
});

export const IdParams = z.strictObject({ id: z.uuid() });
export const DeleteQuery = z.strictObject({ rowVersion: z.coerce.number().int() });
export const InForceQuery = z.strictObject({
  date: date.optional().describe('Ngày cần xem; mặc định hôm nay'),
});

const Person = z.object({ id: z.uuid(), name: z.string() }).nullable();

const VersionMeta = {
  id: z.uuid(),
  version: z.string(),
  validFrom: date,
  source: z.string(),
  status: z
    .enum(['past', 'in_force', 'planned'])
    .describe('Đã hết hiệu lực, đang áp dụng hôm nay, hoặc sẽ áp dụng (sửa, xóa được)'),
  rowVersion: z.number().int(),
  createdAt: instant,
  createdBy: Person.describe('null: có sẵn khi cài đặt'),
  updatedAt: instant,
  updatedBy: Person,
};

export const SchemeVersion = z
  .object({
    ...VersionMeta,
    groups: SchemeBody.shape.groups,
    points: z
      .object({ total: z.number(), stated: z.number() })
      .describe('Tổng điểm các chỉ số, và tổng theo văn bản'),
  })
  .meta({ id: 'IndexSchemeVersion' });
export type SchemeVersion = z.infer<typeof SchemeVersion>;

export const SchemeList = z
  .object({
    today: date,
    canManage: z.boolean().describe('Người hỏi có được tạo, sửa, xóa phiên bản không'),
    items: z.array(SchemeVersion).describe('Mới nhất trước (theo ngày áp dụng)'),
  })
  .meta({ id: 'IndexSchemeVersions' });

export const TargetsVersion = z
  .object({ ...VersionMeta, targets: TargetsBody.shape.targets })
  .meta({ id: 'PlanTargetsVersion' });
export type TargetsVersion = z.infer<typeof TargetsVersion>;

export const TargetsList = z
  .object({
    today: date,
    canManage: z.boolean(),
    items: z.array(TargetsVersion).describe('Mới nhất trước (theo ngày áp dụng)'),
  })
  .meta({ id: 'PlanTargetsVersions' });

/** A target beside a figure, as the dashboards show it. */
export const TargetView = z.object({
  name: z.string(),
  share: z.number().min(0).max(1).describe('Tỷ lệ mục tiêu'),
  comparison: z.enum(PLAN_TARGET_COMPARISONS),
});

/** The plan's targets a figure of a period is held against: those in force on its last day. */
export const FigureTargets = z
  .object({
    version: z.string(),
    validFrom: date,
    onTime: TargetView.describe('Tỷ lệ đúng hạn (chỉ số 2.1)'),
    early: TargetView.describe('Tỷ lệ trước hạn trong số đã giải quyết'),
  })
  .describe('Mục tiêu của Kế hoạch áp dụng cho kỳ (phiên bản có hiệu lực vào ngày cuối kỳ)');
export type FigureTargets = z.infer<typeof FigureTargets>;
