/** The columns of Form 07, shared by the PDF and the workbook so the two never drift apart. */
export const REGISTER_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Thủ tục',
  'Người nộp / địa chỉ / điện thoại',
  'Hình thức nộp',
  'Ngày nhận',
  'Hẹn trả',
  'Cơ quan giải quyết',
  'Tình trạng',
  'Ngày trả',
  'Ghi chú',
] as const;

export const REGISTER_TITLE = 'SỔ THEO DÕI HỒ SƠ';
export const REGISTER_EMPTY = 'Không có hồ sơ trong khoảng thời gian này';
