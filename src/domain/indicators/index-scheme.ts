import { z } from 'zod';

/**
 * The service index of Quyết định 766/QĐ-TTg (domain.md §6) as data: groups, indicators, points
 * and targets. Weights and targets change with the government's guidance, so a scheme is a
 * version with the date it applies from, kept as data an administrator can replace; the code only
 * knows how to score a ratio against an indicator.
 */
export const IndicatorDef = z.strictObject({
  /** The national numbering: "2.1", "4.2" ... */
  id: z.string().regex(/^\d+\.\d+[a-z]?$/),
  name: z.string().min(1),
  /** The ratio in words: numerator / denominator. */
  ratio: z.string().min(1),
  points: z.number().positive(),
  /** Full points from this ratio on (0–1); without one, full points only at 100%. */
  target: z.number().gt(0).max(1).optional(),
});
export type IndicatorDef = z.infer<typeof IndicatorDef>;

export const GroupDef = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /**
   * The group's maximum as the published description states it, when its indicators do not add
   * up to it (digitisation: 22 stated, 20 in the indicators described): shown beside the sum so
   * that the gap is seen, not hidden.
   */
  statedMax: z.number().positive().optional(),
  indicators: z.array(IndicatorDef).min(1),
});

export const IndexScheme = z
  .strictObject({
    /** Version name, e.g. "766/2025". */
    version: z.string().min(1),
    /** Local date from which the scheme applies. */
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: z.string().min(1),
    groups: z.array(GroupDef).min(1),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    for (const [g, group] of s.groups.entries())
      for (const [i, indicator] of group.indicators.entries()) {
        if (seen.has(indicator.id))
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, 'indicators', i, 'id'],
            message: `indicator ${indicator.id} appears twice`,
          });
        seen.add(indicator.id);
      }
  });
export type IndexScheme = z.infer<typeof IndexScheme>;

/**
 * Points for a ratio: full points at or above the target, else ratio × points / target (domain.md
 * §6); without a target the ratio itself is the share of the points. Ratios outside 0–1 are
 * clamped; no data (null) scores nothing and is shown as such, not as zero.
 */
export function scoreOf(ratio: number | null, indicator: Pick<IndicatorDef, 'points' | 'target'>) {
  if (ratio === null) return null;
  const r = Math.min(1, Math.max(0, ratio));
  const target = indicator.target ?? 1;
  return r >= target ? indicator.points : (r * indicator.points) / target;
}

/**
 * Each group's maximum (what its indicators can score) and stated maximum, and the scheme's
 * totals of both (100 stated for the national index).
 */
export function maxPoints(scheme: IndexScheme) {
  const groups = scheme.groups.map((g) => {
    const max = g.indicators.reduce((sum, i) => sum + i.points, 0);
    return { id: g.id, max, stated: g.statedMax ?? max };
  });
  return {
    groups,
    total: groups.reduce((sum, g) => sum + g.max, 0),
    stated: groups.reduce((sum, g) => sum + g.stated, 0),
  };
}

/** The scheme in force on a local date: the latest whose validFrom is not after it. */
export function schemeOn(schemes: readonly IndexScheme[], date: string): IndexScheme | undefined {
  return versionInForce(schemes, date);
}

/** Of versions with the day they apply from, the one in force on a day (the latest begun). */
export function versionInForce<T extends { validFrom: string }>(
  versions: readonly T[],
  date: string,
): T | undefined {
  return [...versions]
    .filter((v) => v.validFrom <= date)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/**
 * The scheme shipped with motcua, as reconstructed in domain.md §6 from the government's published
 * description. Where the description gives a group's total but not the split between its
 * indicators (online service 3.1 and 3.3; population data 4.5), the points are split evenly: an
 * assumption, to be replaced by the province with the official figures.
 */
export const SHIPPED_INDEX_SCHEME: IndexScheme = {
  version: '766/2025',
  validFrom: '2025-01-01',
  source: 'Quyết định 766/QĐ-TTg; domain.md §6 (tái dựng, cần đối chiếu văn bản chính thức)',
  groups: [
    {
      id: 'transparency',
      name: 'Công khai, minh bạch',
      indicators: [
        {
          id: '1.1',
          name: 'TTHC được công bố đúng hạn',
          ratio: 'Số TTHC công bố đúng hạn / số TTHC được công bố',
          points: 6,
        },
        {
          id: '1.2',
          name: 'TTHC được cập nhật, công khai đúng hạn',
          ratio: 'Số TTHC cập nhật đúng hạn / số TTHC phải cập nhật',
          points: 4,
        },
        {
          id: '1.3',
          name: 'TTHC công khai đầy đủ các bộ phận',
          ratio: 'Số TTHC đầy đủ / số TTHC được công bố',
          points: 2,
        },
        {
          id: '1.4',
          name: 'Hồ sơ đồng bộ lên Cổng DVCQG',
          ratio: 'Số hồ sơ đã đồng bộ / số hồ sơ tiếp nhận',
          points: 6,
        },
      ],
    },
    {
      id: 'progress',
      name: 'Tiến độ giải quyết',
      indicators: [
        {
          id: '2.1',
          name: 'Hồ sơ giải quyết đúng hạn',
          ratio: '(Số hồ sơ giải quyết đúng hạn + đang giải quyết trong hạn) / số hồ sơ trong kỳ',
          points: 20,
        },
      ],
    },
    {
      id: 'online',
      name: 'Dịch vụ công trực tuyến',
      indicators: [
        {
          id: '3.1',
          name: 'TTHC cung cấp trực tuyến',
          ratio: 'Số TTHC trực tuyến / tổng số TTHC',
          points: 6,
          target: 0.8,
        },
        {
          id: '3.3',
          name: 'Hồ sơ trực tuyến',
          ratio: 'Số hồ sơ trực tuyến có kết quả điện tử / số hồ sơ tiếp nhận',
          points: 6,
          target: 0.5,
        },
      ],
    },
    {
      id: 'payment',
      name: 'Thanh toán trực tuyến',
      indicators: [
        {
          id: '3.5',
          name: 'Hồ sơ thanh toán trực tuyến',
          ratio: 'Số hồ sơ thanh toán trực tuyến / số hồ sơ có phí, lệ phí',
          points: 10,
          target: 0.8,
        },
      ],
    },
    {
      id: 'digitisation',
      name: 'Số hóa hồ sơ',
      // The description gives the group 22 points but its indicators 20: the 2 missing points
      // belong to an indicator it does not name. To be completed from the official text.
      statedMax: 22,
      indicators: [
        {
          id: '4.1',
          name: 'Kết quả điện tử',
          ratio: 'Số hồ sơ có tệp kết quả điện tử / số hồ sơ có kết quả là văn bản',
          points: 6,
        },
        {
          id: '4.2',
          name: 'Hồ sơ được số hóa',
          ratio: 'Số hồ sơ số hóa thành phần và kết quả / số hồ sơ tiếp nhận',
          points: 4,
          target: 0.8,
        },
        {
          id: '4.3',
          name: 'Tái sử dụng dữ liệu số hóa',
          ratio: 'Số hồ sơ có ít nhất một thành phần tái sử dụng / số hồ sơ tiếp nhận',
          points: 2,
          target: 0.8,
        },
        {
          id: '4.4',
          name: 'Kho dữ liệu của công dân',
          ratio: 'Số hồ sơ lấy thành phần từ kho hoặc đưa kết quả vào kho / số hồ sơ tiếp nhận',
          points: 4,
        },
        {
          id: '4.5a',
          name: 'Khai thác dữ liệu dân cư: xác thực',
          ratio: 'Số hồ sơ dùng dữ liệu dân cư quốc gia / số hồ sơ đủ điều kiện',
          points: 2,
        },
        {
          id: '4.5b',
          name: 'Khai thác dữ liệu dân cư: điền sẵn',
          ratio: 'Số hồ sơ dùng dữ liệu dân cư quốc gia / số hồ sơ đủ điều kiện',
          points: 2,
        },
      ],
    },
    {
      id: 'satisfaction',
      name: 'Mức độ hài lòng',
      indicators: [
        {
          id: '5.2',
          name: 'Xử lý phản ánh, kiến nghị đúng hạn',
          ratio: 'Số PAKN xử lý đúng hạn / số PAKN tiếp nhận',
          points: 6,
        },
        {
          id: '5.3',
          name: 'Hài lòng về xử lý phản ánh, kiến nghị',
          ratio: '(Số PAKN − không hài lòng, trễ hạn hoặc phản ánh lại) / số PAKN',
          points: 6,
        },
        {
          id: '5.4',
          name: 'Hài lòng về giải quyết hồ sơ',
          ratio: '100% − (tỷ lệ trễ hạn + tỷ lệ có khiếu nại, không hài lòng)',
          points: 6,
          target: 0.9,
        },
      ],
    },
  ],
};
