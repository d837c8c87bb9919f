import { z } from 'zod';

/**
 * The API of the import of dossiers from a previous system (issue 8, docs/dossier-import.md): a
 * JSON Lines file uploaded as the raw body, imported in the background while its run shows the
 * progress; the rejected lines as a JSON Lines download; the agency map as CSV.
 */

const instant = z.iso.datetime({ offset: true });

export const IdParams = z.strictObject({ id: z.uuid() });

export const UploadQuery = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe('Tên tệp gốc, để nhận ra lượt nhập; mặc định "upload.jsonl"'),
});

export const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const RUN_STATES = ['running', 'done', 'failed', 'interrupted'] as const;

/**
 * A running run whose row has not moved for this long (no batch written, no heartbeat while its
 * upload arrives) has lost its process: it is marked interrupted.
 */
export const STALE_RUN_MS = 5 * 60_000;

/**
 * The error of an interrupted run, whoever ran it (the API's upload, the command line) and
 * whatever stopped it (a shutdown, a process that died). Both ways on are open: the file the API
 * kept can be run with the command line, or the file uploaded again.
 */
export const INTERRUPTED_RUN =
  'Lượt nhập bị gián đoạn (máy chủ hoặc tiến trình nhập đã dừng). Để nhập tiếp, chạy lại tệp bằng lệnh "motcua import dossiers" (tệp tải lên qua API được giữ ở imports/<mã lượt nhập>.jsonl trong thư mục dữ liệu của máy chủ) hoặc tải tệp lên lại; các dòng đã nhập được bỏ qua';

export const ImportRun = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    state: z
      .enum(RUN_STATES)
      .describe(
        'running: đang nhập; done: đã đọc hết tệp; failed: dừng vì lỗi (xem error); interrupted: máy chủ hoặc tiến trình nhập dừng giữa chừng, hoặc không ghi được lô nào trong 5 phút (chạy tệp đã lưu bằng lệnh "motcua import dossiers" hoặc tải tệp lên lại; các dòng đã nhập được bỏ qua)',
      ),
    startedBy: z.string().nullable().describe('Người (hoặc hệ thống) tải tệp lên'),
    startedAt: instant,
    updatedAt: instant.describe(
      'Lần cuối lượt nhập còn chạy: một lô được ghi, hoặc tệp đang được tải lên. Đang chạy mà không đổi quá 5 phút: tiến trình đã dừng, lượt nhập được ghi là interrupted',
    ),
    finishedAt: instant.nullable(),
    bytesTotal: z.number().int().nullable().describe('Dung lượng tệp; null khi đang tải lên'),
    bytesRead: z.number().int(),
    lines: z.number().int().describe('Số dòng đã đọc'),
    imported: z.number().int().describe('Hồ sơ đã nhập mới'),
    unchanged: z.number().int().describe('Dòng đã nhập từ trước với cùng nội dung: bỏ qua'),
    rejected: z.number().int().describe('Dòng bị từ chối (tải về ở /rejects)'),
    truncated: z
      .boolean()
      .describe(
        'Dòng cuối không trọn vẹn (không có ký tự xuống dòng, không hợp lệ): tệp có thể bị cắt ngang',
      ),
    error: z.string().nullable(),
    percent: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .describe('Phần trăm dung lượng tệp đã đọc; null khi chưa biết dung lượng'),
    ratePerSecond: z.number().min(0).describe('Số dòng mỗi giây, từ lúc bắt đầu'),
    etaSeconds: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Số giây ước tính còn lại; null khi không đang nhập hoặc chưa ước tính được'),
  })
  .meta({ id: 'DossierImportRun' });
export type ImportRun = z.infer<typeof ImportRun>;

export const ImportRunList = z
  .object({ items: z.array(ImportRun).describe('Mới nhất trước') })
  .meta({ id: 'DossierImportRuns' });

export const AgencyMapSaved = z.object({
  saved: z.number().int().describe('Số dòng đã lưu (thêm mới hoặc thay thế)'),
});

export const AgencyMapList = z
  .object({
    items: z.array(
      z.object({
        oldCode: z.string().describe('Mã cơ quan trong hệ thống cũ'),
        agencyCode: z.string().describe('Mã cơ quan hiện hành nhận hồ sơ của nó'),
        agencyName: z.string(),
        note: z.string().nullable(),
        updatedAt: instant,
      }),
    ),
  })
  .meta({ id: 'DossierImportAgencyMap' });
