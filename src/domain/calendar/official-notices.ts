import type { CalendarEntry } from './calendar-types.js';

/**
 * The official holiday notices shipped with motcua. They seed the database; from then on an
 * administrator keeps each year's notice up to date through the API, so these are a starting
 * point, not the source of truth.
 */
export const OFFICIAL_NOTICES: Record<number, { reference: string; entries: CalendarEntry[] }> = {
  2025: {
    reference: 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết, lễ năm 2025',
    entries: [
      { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2025-04-26', kind: 'makeup_workday', name: 'Làm bù cho ngày thứ Sáu 02/5/2025' },
      {
        date: '2025-04-30',
        kind: 'holiday',
        name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
      },
      { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
      { date: '2025-05-02', kind: 'day_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' },
      { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh' },
      { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh' },
    ],
  },
  2026: {
    reference: 'Thông báo số 9441/TB-BNV của Bộ Nội vụ',
    entries: [
      { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2026-04-27', kind: 'day_off', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
      {
        date: '2026-04-30',
        kind: 'holiday',
        name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
      },
      { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động' },
      { date: '2026-08-22', kind: 'makeup_workday', name: 'Làm bù cho ngày thứ Hai 31/8/2026' },
      { date: '2026-08-31', kind: 'day_off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)' },
      { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh' },
      { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' },
    ],
  },
};
