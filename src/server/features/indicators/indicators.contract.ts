import { z } from 'zod';
import { BUCKETS } from '../../../domain/indicators/buckets.js';
import { DOSSIER_INDICATORS } from '../../../domain/indicators/dossier-indicators.js';
import { PERIOD_KINDS } from '../../../domain/indicators/periods.js';
import { FigureTargets } from '../indicator-settings/indicator-settings.contract.js';

const date = z.iso.date().describe('YYYY-MM-DD, giờ Việt Nam');

export const ProgressQuery = z.strictObject({
  agencyId: z.uuid().describe('Đơn vị: tỉnh, sở, ban, ngành hoặc xã; gồm cả các đơn vị trực thuộc'),
  period: z.enum(PERIOD_KINDS).default('month'),
  date: date.describe('Một ngày trong kỳ (ngày đầu với kỳ tùy chọn)'),
  to: date.optional().describe('Ngày cuối của kỳ tùy chọn (period=custom)'),
});

const ratio = z.number().min(0).max(1).nullable();

export const ProgressView = z
  .object({
    agency: z.object({ id: z.uuid(), name: z.string() }),
    period: z.object({
      kind: z.enum(PERIOD_KINDS),
      from: date,
      to: date,
      countedTo: date
        .nullable()
        .describe('Ngày cuối đã tính: hôm nay với kỳ chưa kết thúc, null với kỳ chưa bắt đầu'),
    }),
    counts: z
      .object({
        counted: z.number().int().describe('Hồ sơ trong kỳ: tồn kỳ trước + tiếp nhận trong kỳ'),
        carried: z.number().int().describe('Tồn từ kỳ trước'),
        received: z.number().int().describe('Tiếp nhận trong kỳ'),
        finishedEarly: z.number().int(),
        finishedOnTime: z.number().int(),
        finishedLate: z.number().int(),
        openOnTime: z.number().int().describe('Đang giải quyết, trong hạn (cuối kỳ)'),
        openLate: z.number().int().describe('Đang giải quyết, quá hạn (cuối kỳ)'),
        openWaiting: z.number().int().describe('Trong số đang giải quyết: chờ bổ sung'),
      })
      .describe('Số hồ sơ theo quy tắc đúng hạn của Bộ chỉ số (Quyết định 766)'),
    onTime: ratio.describe('Chỉ số 2.1: (đúng hạn, trước hạn + đang trong hạn) / hồ sơ trong kỳ'),
    early: ratio.describe('Tỷ lệ trước hạn trong số đã giải quyết'),
    score: z
      .object({
        indicator: z.literal('2.1'),
        points: z.number().nullable(),
        max: z.number(),
        scheme: z.string(),
      })
      .describe('Điểm chỉ số 2.1 theo bộ chỉ số đang áp dụng'),
    flows: z
      .object({
        supplemented: z.number().int().describe('Hồ sơ được yêu cầu bổ sung lần đầu trong kỳ'),
        digitised: z
          .number()
          .int()
          .describe('Tiếp nhận trong kỳ, mọi thành phần đã nộp đều có bản điện tử'),
        granted: z.number().int().describe('Có kết quả giải quyết (cấp) trong kỳ'),
        eResults: z.number().int().describe('Kết quả có bản điện tử, lần đầu trong kỳ'),
        onlineEResults: z.number().int().describe('Như trên, với hồ sơ nộp trực tuyến'),
      })
      .describe('Các số đếm khác của Bộ chỉ số'),
    indicators: z
      .array(
        z.object({
          id: z.enum(DOSSIER_INDICATORS),
          name: z.string(),
          numerator: z.number().int(),
          denominator: z.number().int(),
          ratio,
          points: z.number().nullable(),
          max: z.number(),
          target: z.number().nullable(),
        }),
      )
      .describe('Các chỉ số tính được từ hồ sơ (2.1, 3.3, 4.1, 4.2) và điểm theo bộ chỉ số'),
  })
  .meta({ id: 'ProgressView' });
export type ProgressView = z.infer<typeof ProgressView>;

export const UnitsQuery = ProgressQuery;

const UnitFigures = z.object({
  agency: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  counts: ProgressView.shape.counts,
  onTime: ratio,
  early: ratio,
});

export const UnitsView = z
  .object({
    period: ProgressView.shape.period,
    targets: FigureTargets,
    total: UnitFigures.describe('The unit asked for, all its agencies together'),
    units: z
      .array(UnitFigures)
      .describe('Each agency directly under it, with those under that one'),
  })
  .meta({ id: 'UnitsView' });
export type UnitsView = z.infer<typeof UnitsView>;

export const DossiersBehindQuery = ProgressQuery.extend({
  bucket: z.enum(BUCKETS).describe('Which figure: its dossiers are listed'),
});

export const DossiersBehindView = z
  .object({
    total: z.number().int(),
    items: z
      .array(
        z.object({
          id: z.uuid(),
          code: z.string().nullable(),
          procedureName: z.string(),
          applicantName: z.string(),
          channel: z.string(),
          state: z.string(),
          receivedAt: z.iso.datetime(),
          dueAt: z.iso.datetime().nullable(),
        }),
      )
      .describe('At most 500, in order of receipt'),
  })
  .meta({ id: 'DossiersBehindView' });
export type DossiersBehindView = z.infer<typeof DossiersBehindView>;

export const TrendQuery = z.strictObject({
  agencyId: ProgressQuery.shape.agencyId,
  period: z
    .enum(PERIOD_KINDS)
    .default('month')
    .describe('Loại kỳ của xu hướng: week, month hoặc quarter (loại khác: 422 PERIOD_INVALID)'),
  date: date.describe('Một ngày trong kỳ cuối cùng của xu hướng'),
  count: z.coerce
    .number()
    .int()
    .min(2)
    .max(24)
    .default(12)
    .describe('Số kỳ, kể cả kỳ chứa ngày `date`'),
});

export const TrendView = z
  .object({
    agency: z.object({ id: z.uuid(), name: z.string() }),
    kind: z.enum(PERIOD_KINDS),
    periods: z
      .array(
        z.object({
          period: ProgressView.shape.period,
          counts: ProgressView.shape.counts,
          onTime: ratio.describe('Chỉ số 2.1 của kỳ'),
          early: ratio.describe('Tỷ lệ trước hạn trong số đã giải quyết của kỳ'),
          targets: FigureTargets,
        }),
      )
      .describe(
        'Kỳ cũ nhất trước; kỳ chưa kết thúc tính đến hết hôm nay; kỳ chưa bắt đầu không có trong danh sách',
      ),
  })
  .meta({ id: 'TrendView' });
export type TrendView = z.infer<typeof TrendView>;
