import { z } from 'zod';
import { PERIOD_KINDS } from '../../../domain/indicators/periods.js';
import { PLAN_TARGET_COMPARISONS } from '../../../domain/indicators/plan-targets.js';
import { UnitsView } from '../indicators/indicators.contract.js';

/**
 * The service index as the province discloses it to citizens and the press (issue 7, item 4):
 * no sign-in, no personal data.
 */

const date = z.iso.date().describe('YYYY-MM-DD, giờ Việt Nam');
const met = z
  .boolean()
  .nullable()
  .describe('Đạt mục tiêu của Kế hoạch (tỷ lệ trên mức mục tiêu); null khi chưa có hồ sơ để tính');

export const PublicUnitsQuery = z.strictObject({
  agencyId: z
    .uuid()
    .optional()
    .describe('Đơn vị có các đơn vị trực thuộc cần xem; mặc định là tỉnh (gốc cây đơn vị)'),
  period: z.enum(PERIOD_KINDS).default('month'),
  date: date.describe('Một ngày trong kỳ (ngày đầu với kỳ tùy chọn)'),
  to: date.optional().describe('Ngày cuối của kỳ tùy chọn (period=custom)'),
});

const PublicUnitFigures = UnitsView.shape.total.extend({
  onTimeMet: met.describe('Tỷ lệ đúng hạn (chỉ số 2.1) trên mục tiêu của Kế hoạch'),
  earlyMet: met.describe('Tỷ lệ trước hạn trên mục tiêu của Kế hoạch'),
});

const target = z.object({
  above: z
    .number()
    .min(0)
    .max(1)
    .describe('Mức mục tiêu: tỷ lệ phải vượt (comparison above) hoặc phải đạt (atLeast)'),
  comparison: z
    .enum(PLAN_TARGET_COMPARISONS)
    .describe('above: đạt khi vượt mức; atLeast: đạt khi bằng hoặc vượt mức'),
});

export const PublicUnitsView = z
  .object({
    period: UnitsView.shape.period,
    targets: z
      .object({ onTime: target, early: target })
      .describe(
        'Mục tiêu của Kế hoạch áp dụng vào ngày cuối kỳ (quản trị viên đặt; mặc định: đúng hạn và trước hạn trên 90%, trong đó trước hạn trên 60%)',
      ),
    total: PublicUnitFigures.describe('Đơn vị được hỏi, gồm mọi đơn vị trực thuộc'),
    units: z
      .array(PublicUnitFigures)
      .describe('Từng đơn vị trực thuộc trực tiếp, gồm cả cấp dưới của đơn vị đó'),
  })
  .meta({ id: 'PublicUnitsView' });
export type PublicUnitsView = z.infer<typeof PublicUnitsView>;

export const LateDossiersQuery = z.strictObject({
  month: z
    .string()
    .describe(
      'Tháng theo dạng YYYY-MM (giờ Việt Nam), không sau tháng hiện tại; sai dạng hoặc tháng chưa đến: 422 MONTH_INVALID',
    ),
  agencyId: z
    .uuid()
    .optional()
    .describe('Chỉ các hồ sơ của đơn vị này và các đơn vị trực thuộc; mặc định là cả tỉnh'),
});

/**
 * A late dossier as published: no applicant's name, even masked. Anyone with the code may look up
 * its status (public lookup), and who applied stays behind a proof there; a list pairing codes with
 * names would give that away.
 */
export const LateDossier = z.object({
  code: z.string().nullable().describe('Mã hồ sơ'),
  procedureName: z.string(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable().describe('Hạn giải quyết có hiệu lực khi hồ sơ được xét'),
  finishedAt: z.iso
    .datetime()
    .nullable()
    .describe('Thời điểm kết thúc giải quyết; null: đang giải quyết (quá hạn vào cuối tháng)'),
});

export const LateDossiersView = z
  .object({
    month: z.string().describe('YYYY-MM'),
    from: date,
    to: date,
    countedTo: date.describe(
      'Ngày cuối đã xét: hôm nay với tháng hiện tại (hồ sơ đang giải quyết xét như tối nay)',
    ),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    total: z.number().int().describe('Số hồ sơ trễ hạn trong danh sách'),
    agencies: z
      .array(
        z.object({
          agency: z.object({ id: z.uuid(), name: z.string() }),
          items: z.array(LateDossier).describe('Theo thứ tự tiếp nhận'),
        }),
      )
      .describe(
        'Các đơn vị có hồ sơ trễ hạn (cơ quan có thẩm quyền giải quyết), theo tên: hồ sơ giải quyết quá hạn trong tháng và hồ sơ còn đang giải quyết đã quá hạn vào cuối tháng, theo quy tắc của chỉ số 2.1',
      ),
  })
  .meta({ id: 'LateDossiersView' });
export type LateDossiersView = z.infer<typeof LateDossiersView>;
