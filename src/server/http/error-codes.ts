/**
 * Every error the API can return, with its HTTP status and Vietnamese title. Codes are stable:
 * clients and the DVCQG adapter branch on them, so a code is never renamed, only added.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, title: 'Dữ liệu gửi lên không hợp lệ' },
  MALFORMED_JSON: { status: 400, title: 'Nội dung JSON không đúng cú pháp' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Kiểu nội dung không được hỗ trợ' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Dữ liệu gửi lên vượt quá dung lượng cho phép' },
  NOT_FOUND: { status: 404, title: 'Không tìm thấy' },
  ROUTE_NOT_FOUND: { status: 404, title: 'Không có địa chỉ này trong API' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Phương thức không được hỗ trợ' },
  AUTH_REQUIRED: { status: 401, title: 'Cần đăng nhập để thực hiện thao tác này' },
  AUTH_INVALID_CREDENTIALS: { status: 401, title: 'Tên đăng nhập hoặc mật khẩu không đúng' },
  AUTH_INVALID_TOKEN: {
    status: 401,
    title: 'Mã truy cập (API token) không hợp lệ hoặc đã bị thu hồi',
  },
  AUTH_ACCOUNT_LOCKED: {
    status: 423,
    title: 'Tài khoản tạm thời bị khoá do đăng nhập sai nhiều lần',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, title: 'Tài khoản đã bị vô hiệu hoá' },
  AUTH_WRONG_PASSWORD: { status: 400, title: 'Mật khẩu hiện tại không đúng' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    title: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang',
  },
  FORBIDDEN: { status: 403, title: 'Bạn không có quyền thực hiện thao tác này' },
  RATE_LIMITED: { status: 429, title: 'Quá nhiều yêu cầu; vui lòng thử lại sau' },
  VERSION_CONFLICT: {
    status: 409,
    title: 'Dữ liệu đã được người khác thay đổi; hãy tải lại và thử lại',
  },
  USERNAME_TAKEN: { status: 409, title: 'Tên đăng nhập đã được sử dụng' },
  AGENCY_CODE_TAKEN: { status: 409, title: 'Mã định danh cơ quan đã được sử dụng' },
  AGENCY_CLOSED: { status: 409, title: 'Cơ quan đã giải thể hoặc sáp nhập' },
  AGENCY_INVALID_MERGE: {
    status: 422,
    title: 'Không thể sáp nhập cơ quan vào chính nó hoặc cơ quan cấp dưới',
  },
  AGENCY_EFFECTIVE_DATE_INVALID: {
    status: 422,
    title: 'Ngày hiệu lực phải sau ngày hiệu lực trước đó của cơ quan',
  },
  UNKNOWN_AGENCY: { status: 422, title: 'Cơ quan không tồn tại' },
  PERIOD_INVALID: {
    status: 422,
    title: 'Kỳ báo cáo không hợp lệ (ngày không có thật, hoặc ngày kết thúc trước ngày bắt đầu)',
  },
  MONTH_INVALID: {
    status: 422,
    title: 'Tháng không hợp lệ (cần dạng năm-tháng, ví dụ 2025-11, và không sau tháng hiện tại)',
  },
  INDEX_SCHEME_INVALID: {
    status: 422,
    title:
      'Bộ chỉ số không hợp lệ (chỉ số trùng mã, điểm không lớn hơn 0 hoặc mục tiêu ngoài khoảng 0–100%)',
  },
  PLAN_TARGETS_INVALID: {
    status: 422,
    title: 'Mục tiêu của Kế hoạch không hợp lệ (mục tiêu trùng mã, thiếu hoặc ngoài khoảng 0–100%)',
  },
  INDICATOR_SETTINGS_IN_FORCE: {
    status: 409,
    title: 'Phiên bản đã có hiệu lực không được sửa hoặc xóa; hãy tạo phiên bản mới',
  },
  CALENDAR_OUT_OF_RANGE: {
    status: 422,
    title: 'Kết quả nằm ngoài khoảng năm lịch hỗ trợ (1900–2199)',
  },
  PROCEDURE_CODE_TAKEN: { status: 409, title: 'Mã thủ tục hành chính đã có trong danh mục' },
  PROCEDURE_VERSION_IMMUTABLE: {
    status: 409,
    title: 'Phiên bản đã công bố không được sửa; hãy tạo phiên bản dự thảo mới',
  },
  PROCEDURE_DRAFT_EXISTS: { status: 409, title: 'Thủ tục đã có một phiên bản dự thảo' },
  PROCEDURE_NOT_PUBLISHED: { status: 409, title: 'Thủ tục chưa có phiên bản đang có hiệu lực' },
  PROCEDURE_INVALID: { status: 422, title: 'Thông tin thủ tục chưa đầy đủ hoặc không nhất quán' },
  PROCESS_BUDGET_MISMATCH: {
    status: 422,
    title: 'Tổng thời gian các bước của quy trình nội bộ phải bằng thời hạn giải quyết',
  },
  IMPORT_INVALID: { status: 422, title: 'Tệp nhập có dòng không hợp lệ; chưa có gì được lưu' },
  UNKNOWN_PROCEDURE: { status: 422, title: 'Không có thủ tục này trong danh mục' },
  PROCEDURE_CHANNEL_UNAVAILABLE: {
    status: 422,
    title: 'Thủ tục không tiếp nhận hồ sơ theo hình thức này',
  },
  PROCEDURE_NOT_BOUNDARY_FREE: {
    status: 422,
    title: 'Thủ tục không được tiếp nhận không phụ thuộc địa giới hành chính tại quầy này',
  },
  DOSSIER_INCOMPLETE: {
    status: 422,
    title: 'Hồ sơ còn thiếu thành phần bắt buộc nên chưa thể tiếp nhận',
  },
  DOSSIER_INTAKE_INVALID: { status: 422, title: 'Thông tin tiếp nhận hồ sơ chưa đầy đủ' },
  DOSSIER_COMPETENT_AGENCY_REQUIRED: {
    status: 422,
    title: 'Chưa xác định được cơ quan có thẩm quyền giải quyết hồ sơ',
  },
  DOSSIER_TRANSITION_FORBIDDEN: {
    status: 409,
    title: 'Thao tác không được phép ở trạng thái hiện tại của hồ sơ',
  },
  DOSSIER_IMPORTED_READ_ONLY: {
    status: 409,
    title: 'Hồ sơ nhập từ hệ thống cũ đã kết thúc: chỉ để tra cứu, không thao tác được',
  },
  DOSSIER_VERSION_CONFLICT: {
    status: 409,
    title: 'Hồ sơ vừa được người khác thay đổi; hãy tải lại và thử lại',
  },
  PROCESS_LAST_STEP: {
    status: 409,
    title: 'Đây là bước cuối của quy trình: trình phê duyệt kết quả thay vì chuyển bước',
  },
  PROCESS_NOT_LAST_STEP: { status: 409, title: 'Chỉ phê duyệt kết quả ở bước cuối của quy trình' },
  SUPPLEMENT_ALREADY_REQUESTED: {
    status: 422,
    title: 'Hồ sơ đã được yêu cầu bổ sung một lần; không được yêu cầu bổ sung lần thứ hai',
  },
  SUPPLEMENT_TOO_LATE: {
    status: 422,
    title: 'Đã quá thời hạn yêu cầu bổ sung (trong 3 ngày làm việc kể từ ngày tiếp nhận hồ sơ)',
  },
  SUPPLEMENT_STILL_OPEN: { status: 409, title: 'Người nộp vẫn còn thời hạn bổ sung hồ sơ' },
  EXTENSION_ALREADY_REQUESTED: {
    status: 422,
    title: 'Hồ sơ đã đề nghị gia hạn một lần; chỉ được gia hạn một lần',
  },
  EXTENSION_TOO_LATE: {
    status: 422,
    title:
      'Văn bản xin lỗi và đề nghị gia hạn phải gửi chậm nhất 1 ngày làm việc trước hạn giải quyết',
  },
  EXTENSION_NOT_PENDING: {
    status: 409,
    title: 'Không có đề nghị gia hạn nào đang chờ quyết định',
  },
  LATE_EXPLANATION_REQUIRED: {
    status: 422,
    title: 'Hồ sơ đã quá hạn: cần ghi rõ người chịu trách nhiệm và lý do trước khi kết thúc',
  },
  CONSULTATION_UNKNOWN: {
    status: 422,
    title: 'Không có yêu cầu lấy ý kiến này, hoặc đã có trả lời',
  },
  RESULT_DOCUMENT_CODE_INVALID: {
    status: 422,
    title: 'Mã kết quả không đúng quy tắc: số định danh của chủ hồ sơ và mã loại kết quả',
  },
  INTER_AGENCY_NONE: {
    status: 409,
    title: 'Hồ sơ không có (hoặc không còn) cơ quan phối hợp liên thông nào để chuyển',
  },
  INTER_AGENCY_PENDING: {
    status: 409,
    title: 'Hồ sơ liên thông đang chờ cơ quan phối hợp xử lý phần việc của mình',
  },
  INTER_AGENCY_LEG_UNKNOWN: {
    status: 409,
    title: 'Cơ quan này không đang giữ phần việc nào của hồ sơ liên thông',
  },
  WITHDRAWAL_TOO_LATE: {
    status: 409,
    title: 'Hồ sơ đã có kết quả hoặc đã kết thúc; không thể dừng xử lý theo yêu cầu rút hồ sơ',
  },
  HANDLER_UNCHANGED: { status: 409, title: 'Hồ sơ đã được giao cho người này' },
  HANDLER_INVALID: {
    status: 422,
    title: 'Người được giao không phải cán bộ xử lý của cơ quan giải quyết hồ sơ',
  },
  DOSSIER_SEQUENCE_EXHAUSTED: {
    status: 503,
    title: 'Đã hết số thứ tự mã hồ sơ trong ngày của quầy tiếp nhận',
  },
  DOSSIER_FILES_TOO_LARGE: {
    status: 422,
    title: 'Tổng dung lượng các tệp của hồ sơ vượt quá giới hạn cho phép',
  },
  FILE_TOO_LARGE: { status: 413, title: 'Tệp vượt quá dung lượng cho phép' },
  FILE_TYPE_UNSUPPORTED: {
    status: 415,
    title: 'Chỉ nhận tệp PDF, JPEG hoặc PNG (xác định theo nội dung tệp)',
  },
  FILE_CORRUPT: { status: 422, title: 'Tệp bị hỏng hoặc không trọn vẹn' },
  FILE_DIGEST_MISMATCH: {
    status: 422,
    title: 'Mã kiểm tra (SHA-256) không khớp với nội dung tệp nhận được',
  },
  FILE_NOT_FOUND: { status: 422, title: 'Tệp chưa được tải lên hệ thống' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'Khóa Idempotency-Key đã được dùng cho một yêu cầu khác',
  },
  DVCQG_UNKNOWN_CODE: {
    status: 422,
    title: 'Mã thủ tục hoặc mã cơ quan từ Cổng DVCQG không có trong hệ thống',
  },
  DVCQG_DOSSIER_CONFLICT: {
    status: 409,
    title: 'Hồ sơ DVCQG này đã được gửi trước đó với nội dung khác',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    title: 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau',
  },
  DATABASE_NEWER_THAN_CODE: {
    status: 503,
    title: 'Cơ sở dữ liệu đã được nâng cấp bởi phiên bản mới hơn của phần mềm',
  },
  DATA_DIR_LOCKED: { status: 503, title: 'Thư mục dữ liệu đang được tiến trình khác sử dụng' },
  SERVICE_SHUTTING_DOWN: {
    status: 503,
    title: 'Hệ thống đang khởi động lại; vui lòng thử lại sau giây lát',
  },
  INTERNAL_ERROR: { status: 500, title: 'Lỗi hệ thống; đã ghi nhận để xử lý' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
