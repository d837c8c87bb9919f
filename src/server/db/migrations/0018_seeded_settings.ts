/**
 * What migration 0018 seeds: the scheme and the plan's targets as motcua shipped them on
 * 2026-12-07, frozen here so that a later change to the domain's shipped values
 * (SHIPPED_INDEX_SCHEME, SHIPPED_PLAN_TARGETS) never changes what this old migration writes.
 * A test checks that both still pass the domain's schemas.
 */
export const SEEDED_SCHEME = {
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
} as const;

export const SEEDED_TARGETS = {
  version: 'KH 2025-H2',
  validFrom: '2025-01-01',
  source: 'Kế hoạch của tỉnh về giải quyết TTHC 6 tháng cuối năm 2025 (domain.md §7)',
  targets: [
    {
      id: 'onTime',
      name: 'Hồ sơ giải quyết đúng hạn và trước hạn',
      share: 0.9,
      comparison: 'above',
    },
    {
      id: 'early',
      name: 'Trong đó, hồ sơ giải quyết trước hạn',
      share: 0.6,
      comparison: 'above',
    },
    {
      id: 'satisfaction',
      name: 'Mức độ hài lòng của người dân, doanh nghiệp',
      share: 0.9,
      comparison: 'atLeast',
    },
    {
      id: 'satisfactionLandConstruction',
      name: 'Mức độ hài lòng: đất đai, xây dựng, đầu tư',
      share: 0.85,
      comparison: 'atLeast',
    },
    {
      id: 'digitisedResults',
      name: 'Kết quả giải quyết TTHC được số hóa',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'noResubmission',
      name: 'Người dân không phải nộp lại giấy tờ cơ quan nhà nước đã có',
      share: 0.8,
      comparison: 'above',
    },
    {
      id: 'boundaryFree',
      name: 'TTHC không phụ thuộc địa giới hành chính trong tỉnh',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'electronicTransfers',
      name: 'Hồ sơ liên thông được chuyển điện tử',
      share: 0.9,
      comparison: 'atLeast',
    },
    {
      id: 'feesPayableOnline',
      name: 'TTHC có phí, lệ phí được thanh toán trực tuyến',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'onlinePayments',
      name: 'Giao dịch thanh toán trực tuyến trên tổng số giao dịch',
      share: 0.7,
      comparison: 'above',
    },
    {
      id: 'dvcqgSync',
      name: 'Danh mục TTHC và trạng thái hồ sơ đồng bộ với Cổng DVCQG',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'fullyOnline',
      name: 'TTHC đủ điều kiện được cung cấp trực tuyến toàn trình',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'paknHandled',
      name: 'Phản ánh, kiến nghị được xử lý và công khai',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'postal',
      name: 'TTHC đủ điều kiện tiếp nhận, trả kết quả qua bưu chính',
      share: 1,
      comparison: 'atLeast',
    },
    {
      id: 'internalProcess',
      name: 'TTHC được công bố quy trình nội bộ',
      share: 1,
      comparison: 'atLeast',
    },
  ],
} as const;
