import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import {
  AbolishBody,
  CatalogDocument,
  CodeParams,
  CreateProcedureBody,
  DetailQuery,
  DiffQuery,
  DiffResult,
  DiscardDraftQuery,
  DraftList,
  ImportReport,
  NewDraftBody,
  ProcedureDetail,
  PublishBody,
  SearchQuery,
  SearchResult,
  SetProcessBody,
  UpdateDraftBody,
  VersionParams,
} from './catalog.contract.js';
import * as catalog from './catalog.service.js';
import { exportWorkbook, importWorkbook } from './catalog.workbook.js';
import { MAX_XLSX_BYTES } from './catalog.xlsx.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tags = ['Danh mục thủ tục hành chính'];
const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};
const publicLimit = { rateLimit: { max: 600, timeWindow: '1 minute' } };
/** A province's whole catalog with its processes, as JSON, stays well under this. */
const IMPORT_LIMIT = 20 * 1024 * 1024;

export function catalogRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/v1/procedures',
    {
      config: publicLimit,
      schema: {
        tags,
        summary:
          'Tìm thủ tục (không dấu, gõ sai vẫn tìm được); lọc theo cấp, lĩnh vực, cơ quan, mức độ trực tuyến',
        querystring: SearchQuery,
        response: { 200: SearchResult, 400: Problem },
      },
    },
    (request) => catalog.search(db, request.query),
  );
  app.get(
    '/api/v1/procedures/drafts',
    {
      schema: {
        tags,
        summary: 'Các phiên bản dự thảo đang soạn (cán bộ quản lý danh mục)',
        response: { 200: DraftList, 401: Problem, 403: Problem },
      },
    },
    (request) => catalog.drafts(db, request.actor),
  );
  app.get(
    '/api/v1/procedures/export',
    {
      schema: {
        tags,
        summary: 'Xuất danh mục đang có hiệu lực (JSON)',
        response: { 200: CatalogDocument },
      },
    },
    () => catalog.exportDocument(db),
  );
  app.post(
    '/api/v1/procedures/import',
    {
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags,
        summary:
          'Nhập danh mục (JSON): kiểm tra mọi dòng, lưu tất cả hoặc không lưu gì; nhập lại cùng tệp không thay đổi gì',
        body: CatalogDocument,
        response: { 200: ImportReport, ...errors },
      },
    },
    (request) => catalog.importDocument(db, request.actor, request.body),
  );
  app.get(
    '/api/v1/procedures/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh mục đang có hiệu lực (Excel, bố cục trong docs/catalog-import.md)',
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"')
        .send(await exportWorkbook(db)),
  );
  app.register(async (scope) => {
    // The workbook arrives as the raw request body, typed by its content type.
    scope.addContentTypeParser(
      XLSX,
      { parseAs: 'buffer', bodyLimit: MAX_XLSX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/procedures/import.xlsx',
      {
        bodyLimit: MAX_XLSX_BYTES,
        schema: {
          tags,
          summary: `Nhập danh mục từ Excel (gửi tệp .xlsx làm nội dung, Content-Type: ${XLSX}); lỗi nêu rõ trang, dòng, cột`,
          response: { 200: ImportReport, ...errors, 413: Problem, 415: Problem },
        },
      },
      (request) => importWorkbook(db, request.actor, request.body as Buffer),
    );
  });
  app.post(
    '/api/v1/procedures',
    {
      schema: {
        tags,
        summary: 'Tạo thủ tục mới (phiên bản dự thảo 1)',
        body: CreateProcedureBody,
        response: { 201: ProcedureDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await catalog.create(db, request.actor, request.body.nationalCode, request.body.content),
        ),
  );
  app.get(
    '/api/v1/procedures/:code',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Chi tiết thủ tục: phiên bản đang có hiệu lực, hoặc ?version=',
        params: CodeParams,
        querystring: DetailQuery,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    (request) => catalog.detail(db, request.actor, request.params.code, request.query.version),
  );
  app.get(
    '/api/v1/procedures/:code/diff',
    {
      schema: {
        tags,
        summary: 'Những gì thay đổi giữa hai phiên bản',
        params: CodeParams,
        querystring: DiffQuery,
        response: { 200: DiffResult, ...errors },
      },
    },
    (request) =>
      catalog.compare(db, request.actor, request.params.code, request.query.from, request.query.to),
  );
  app.post(
    '/api/v1/procedures/:code/versions',
    {
      schema: {
        tags,
        summary: 'Tạo phiên bản dự thảo mới từ phiên bản đang có hiệu lực',
        params: CodeParams,
        body: NewDraftBody,
        response: { 201: ProcedureDetail, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await catalog.newDraft(db, request.actor, request.params.code, request.body.content)),
  );
  app.put(
    '/api/v1/procedures/:code/versions/:versionNo',
    {
      schema: {
        tags,
        summary: 'Sửa phiên bản dự thảo (phiên bản đã công bố không sửa được)',
        params: VersionParams,
        body: UpdateDraftBody,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    (request) =>
      catalog.updateDraft(
        db,
        request.actor,
        request.params.code,
        request.params.versionNo,
        request.body,
      ),
  );
  app.delete(
    '/api/v1/procedures/:code/versions/:versionNo',
    {
      schema: {
        tags,
        summary: 'Xoá phiên bản dự thảo (phiên bản đã công bố không xoá được)',
        params: VersionParams,
        querystring: DiscardDraftQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await catalog.discardDraft(
        db,
        request.actor,
        request.params.code,
        request.params.versionNo,
        request.query.rowVersion,
      );
      return reply.code(204).send(null);
    },
  );
  app.put(
    '/api/v1/procedures/:code/versions/:versionNo/process',
    {
      schema: {
        tags,
        summary: 'Đặt quy trình nội bộ của một cơ quan (hoặc chung) cho phiên bản dự thảo',
        params: VersionParams,
        body: SetProcessBody,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    (request) =>
      catalog.setProcess(
        db,
        request.actor,
        request.params.code,
        request.params.versionNo,
        request.body,
      ),
  );
  app.post(
    '/api/v1/procedures/:code/versions/:versionNo/publish',
    {
      schema: {
        tags,
        summary: 'Công bố phiên bản dự thảo từ một ngày hiệu lực',
        params: VersionParams,
        body: PublishBody,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    (request) =>
      catalog.publish(
        db,
        request.actor,
        request.params.code,
        request.params.versionNo,
        request.body,
      ),
  );
  app.post(
    '/api/v1/procedures/:code/abolish',
    {
      schema: {
        tags,
        summary: 'Bãi bỏ thủ tục từ một ngày',
        params: CodeParams,
        body: AbolishBody,
        response: { 200: ProcedureDetail, ...errors },
      },
    },
    (request) =>
      catalog.abolish(db, request.actor, request.params.code, request.body.effectiveFrom),
  );
}
