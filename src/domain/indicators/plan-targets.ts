import { z } from 'zod';
import { versionInForce } from './index-scheme.js';

/**
 * The plan's targets (domain.md §7, the province's plan for the second half of 2025) as data shown
 * beside the live figures. Plans change by year and province, so the targets are a version with
 * the date it applies from, kept as data an administrator replaces (issue 7); the code knows only
 * how to hold a figure against a target.
 */
export const PLAN_TARGET_COMPARISONS = ['above', 'atLeast'] as const;
export type PlanTargetComparison = (typeof PLAN_TARGET_COMPARISONS)[number];

export const PlanTargetDef = z.strictObject({
  /** A stable name the code and reports use: "onTime", "early", "satisfaction" ... */
  id: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/, 'Mã mục tiêu chỉ gồm chữ cái và số, bắt đầu bằng chữ thường'),
  /** The target in words, as the plan writes it. */
  name: z.string().trim().min(1).max(300),
  /** The share (0–1] the figure is held against. */
  share: z.number().gt(0, 'Mục tiêu phải lớn hơn 0%').max(1, 'Mục tiêu không được quá 100%'),
  /** "above": met only above the share (the plan's "> 90%"); "atLeast": met at it ("≥ 90%", "100%"). */
  comparison: z.enum(PLAN_TARGET_COMPARISONS),
});
export type PlanTargetDef = z.infer<typeof PlanTargetDef>;

/** The targets the code itself shows beside a figure: a version must hold them. */
export const REQUIRED_PLAN_TARGETS = ['onTime', 'early'] as const;

export const PlanTargets = z
  .strictObject({
    /** Version name, e.g. "KH 2025-H2". */
    version: z.string().trim().min(1).max(100),
    /** Local date from which the targets apply. */
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: z.string().trim().min(1).max(500),
    targets: z.array(PlanTargetDef).min(1).max(100),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    for (const [i, target] of t.targets.entries()) {
      if (seen.has(target.id))
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'id'],
          message: `Mục tiêu ${target.id} bị trùng`,
        });
      seen.add(target.id);
    }
    for (const id of REQUIRED_PLAN_TARGETS)
      if (!seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['targets'],
          message: `Thiếu mục tiêu ${id}, là mục tiêu được hiển thị bên cạnh số liệu`,
        });
  });
export type PlanTargets = z.infer<typeof PlanTargets>;

/** What a figure is held against. */
export type PlanTarget = Pick<PlanTargetDef, 'share' | 'comparison'>;

/** Met, missed, or no figure to judge. */
export function targetMet(ratio: number | null, target: PlanTarget): boolean | null {
  if (ratio === null) return null;
  return target.comparison === 'above' ? ratio > target.share : ratio >= target.share;
}

/** A target of a version by its id. */
export function targetOf(targets: Pick<PlanTargets, 'targets'>, id: string) {
  return targets.targets.find((t) => t.id === id);
}

/** The version in force on a local date: the latest whose validFrom is not after it. */
export function targetsOn<T extends Pick<PlanTargets, 'validFrom'>>(
  versions: readonly T[],
  date: string,
): T | undefined {
  return versionInForce(versions, date);
}

const above = (id: string, name: string, share: number): PlanTargetDef => ({
  id,
  name,
  share,
  comparison: 'above',
});
const atLeast = (id: string, name: string, share: number): PlanTargetDef => ({
  id,
  name,
  share,
  comparison: 'atLeast',
});

/**
 * The targets shipped with motcua: the province's plan for the second half of 2025 (domain.md §7),
 * applied from the start of 2025 so that every period a new installation shows has targets. Only
 * onTime and early are held against a figure today; the others wait for their figures.
 */
export const SHIPPED_PLAN_TARGETS: PlanTargets = {
  version: 'KH 2025-H2',
  validFrom: '2025-01-01',
  source: 'Kế hoạch của tỉnh về giải quyết TTHC 6 tháng cuối năm 2025 (domain.md §7)',
  targets: [
    above('onTime', 'Hồ sơ giải quyết đúng hạn và trước hạn', 0.9),
    above('early', 'Trong đó, hồ sơ giải quyết trước hạn', 0.6),
    atLeast('satisfaction', 'Mức độ hài lòng của người dân, doanh nghiệp', 0.9),
    atLeast('satisfactionLandConstruction', 'Mức độ hài lòng: đất đai, xây dựng, đầu tư', 0.85),
    atLeast('digitisedResults', 'Kết quả giải quyết TTHC được số hóa', 1),
    above('noResubmission', 'Người dân không phải nộp lại giấy tờ cơ quan nhà nước đã có', 0.8),
    atLeast('boundaryFree', 'TTHC không phụ thuộc địa giới hành chính trong tỉnh', 1),
    atLeast('electronicTransfers', 'Hồ sơ liên thông được chuyển điện tử', 0.9),
    atLeast('feesPayableOnline', 'TTHC có phí, lệ phí được thanh toán trực tuyến', 1),
    above('onlinePayments', 'Giao dịch thanh toán trực tuyến trên tổng số giao dịch', 0.7),
    atLeast('dvcqgSync', 'Danh mục TTHC và trạng thái hồ sơ đồng bộ với Cổng DVCQG', 1),
    atLeast('fullyOnline', 'TTHC đủ điều kiện được cung cấp trực tuyến toàn trình', 1),
    atLeast('paknHandled', 'Phản ánh, kiến nghị được xử lý và công khai', 1),
    atLeast('postal', 'TTHC đủ điều kiện tiếp nhận, trả kết quả qua bưu chính', 1),
    atLeast('internalProcess', 'TTHC được công bố quy trình nội bộ', 1),
  ],
};
