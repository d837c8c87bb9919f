import { z } from 'zod';
import { Problem } from '../../http/problem.contract.js';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { dossierForm, register } from './dossier-forms.service.js';
import { handlersFor } from './dossier-handlers.service.js';
import { intake } from './dossier-intake.service.js';
import { listForCounter } from './dossier-list.service.js';
import { answerOnline } from './dossier-online.service.js';
import { act, type ProcessingCommand } from './dossier-processing.service.js';
import { dossierDetail } from './dossier-view.js';
import {
  ActionOutcome,
  CorrectionBody,
  DeclineBody,
  DossierDetail,
  DossierHandlers,
  DossierList,
  DossierParams,
  FormParams,
  IntakeBody,
  ListQuery,
  ProcessingBody,
  RegisterQuery,
  VersionBody,
} from './dossiers.contract.js';
import { IDEMPOTENCY_KEY } from './idempotency.js';

const tags = ['Hồ sơ'];
const errors = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function idempotencyScope(actorId: string, header: string | string[] | undefined) {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !IDEMPOTENCY_KEY.test(header))
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'headers.idempotency-key',
          code: 'invalid_key',
          message:
            'Idempotency-Key gồm 8–128 ký tự chữ, số, dấu chấm, gạch ngang, gạch dưới, hai chấm',
        },
      ],
    });
  return { actor: actorId, key: header };
}

export function dossierRoutes(app: App, { config }: Deps): void {
  app.post(
    '/api/v1/dossiers',
    {
      // The reply is built field by field from the contract's type (toDetail); parsing it again
      // through zod on the busiest endpoint of a counter costs a tenth of its time.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags,
        summary:
          'Tiếp nhận hồ sơ tại quầy hoặc qua bưu chính: đủ (cấp mã, hẹn trả, Mẫu 01), chưa đủ (Mẫu 02) hoặc từ chối (Mẫu 03). Gửi kèm Idempotency-Key để gửi lại không tạo hồ sơ trùng.',
        body: IntakeBody,
        response: { 200: DossierDetail, 201: DossierDetail, ...errors },
      },
    },
    async (request, reply) => {
      const actorId = request.actor.kind === 'anonymous' ? 'anonymous' : request.actor.id;
      const scope = idempotencyScope(actorId, request.headers['idempotency-key']);
      const { dossierId, replayed, detail } = await intake(
        request.db,
        request.actor,
        request.body,
        scope,
        request.session?.user.fullName,
      );
      return reply
        .code(replayed ? 200 : 201)
        .header('location', `/api/v1/dossiers/${dossierId}`)
        .send(detail ?? (await dossierDetail(request.db, request.actor, dossierId)));
    },
  );
  app.get(
    '/api/v1/dossiers',
    {
      schema: {
        tags,
        summary: 'Danh sách hồ sơ tiếp nhận tại các quầy mình phụ trách (mặc định: hôm nay)',
        querystring: ListQuery,
        response: { 200: DossierList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    (request) => listForCounter(request.db, request.actor, request.query),
  );
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/api/v1/dossiers/register.${format}`,
      {
        schema: {
          tags,
          summary: `Mẫu 07 — Sổ theo dõi hồ sơ của một quầy trong khoảng ngày (${format === 'pdf' ? 'PDF, A4' : 'Excel'})`,
          querystring: RegisterQuery,
        },
      },
      async (request, reply) => {
        const file = await register(request.db, request.actor, request.query, format);
        const name = `so-theo-doi-ho-so-${request.query.from}-${request.query.to}.${format}`;
        return reply
          .type(format === 'pdf' ? 'application/pdf' : XLSX)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(file);
      },
    );
  }
  app.get(
    '/api/v1/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ và lịch sử',
        params: DossierParams,
        response: { 200: DossierDetail, ...errors },
      },
    },
    (request) => dossierDetail(request.db, request.actor, request.params.id),
  );
  app.get(
    '/api/v1/dossiers/:id/handlers',
    {
      schema: {
        tags,
        summary:
          'Cán bộ có thể nhận hồ sơ (phân công, giao bước tiếp theo): đang hoạt động, có quyền xử lý tại cơ quan giải quyết',
        params: DossierParams,
        response: { 200: DossierHandlers, ...errors },
      },
    },
    (request) => handlersFor(request.db, request.actor, request.params.id),
  );
  app.get(
    '/api/v1/dossiers/:id/forms/:form',
    {
      schema: {
        tags,
        summary:
          'In mẫu 01 (giấy tiếp nhận, hẹn trả), 02 (yêu cầu bổ sung), 03 (từ chối), 04 (xin lỗi, ' +
          'đề nghị gia hạn), 05 (dừng giải quyết) hoặc 06 (phiếu kiểm soát), PDF khổ A5',
        description:
          'Chỉ các mẫu có trong `forms` của hồ sơ; mẫu khác trả 404. Mẫu 02, 03 sau thẩm định lấy ' +
          'nội dung từ yêu cầu bổ sung, quyết định từ chối của cơ quan giải quyết.',
        params: FormParams,
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await dossierForm(
        request.db,
        request.actor,
        request.params.id,
        request.params.form,
        config.publicBaseUrl,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  );
  const answer = (
    path: string,
    action: 'accept' | 'request_correction' | 'decline_not_competent',
    body: typeof VersionBody | typeof CorrectionBody | typeof DeclineBody,
    summary: string,
  ) =>
    app.post(
      `/api/v1/dossiers/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          params: DossierParams,
          body,
          response: { 200: DossierDetail, ...errors },
        },
      },
      async (request) => {
        await answerOnline(
          request.db,
          request.actor,
          request.params.id,
          action,
          request.body as never,
        );
        return dossierDetail(request.db, request.actor, request.params.id);
      },
    );
  app.post(
    '/api/v1/dossiers/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Một thao tác giải quyết hồ sơ: phân công, chuyển bước, lấy ý kiến, yêu cầu bổ sung, gia hạn, từ chối, phê duyệt, trả kết quả, đính chính, rút hồ sơ. Gửi kèm version đã đọc; người khác đã thay đổi thì trả 409 với trạng thái hiện tại.',
        params: DossierParams,
        body: ProcessingBody,
        headers: z.object({
          prefer: z
            .string()
            .optional()
            .describe('return=minimal: trả về phiên bản và trạng thái mới thay cho cả hồ sơ'),
        }),
        response: { 200: z.union([DossierDetail, ActionOutcome]), ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await act(
        request.db,
        request.actor,
        request.params.id,
        request.body as ProcessingCommand,
      );
      // RFC 7240: a client that reads the dossier on its own terms need not have it sent back.
      if (/\breturn=minimal\b/.test(request.headers.prefer ?? ''))
        return reply.header('preference-applied', 'return=minimal').send(outcome);
      return dossierDetail(request.db, request.actor, request.params.id);
    },
  );
  answer(
    'accept',
    'accept',
    VersionBody,
    'Tiếp nhận hồ sơ trực tuyến: cấp mã, tính hạn giải quyết',
  );
  answer(
    'request-correction',
    'request_correction',
    CorrectionBody,
    'Yêu cầu bổ sung, hoàn thiện hồ sơ trực tuyến (Mẫu 02)',
  );
  answer(
    'decline',
    'decline_not_competent',
    DeclineBody,
    'Trả lại hồ sơ trực tuyến không thuộc thẩm quyền (Mẫu 03)',
  );
}
