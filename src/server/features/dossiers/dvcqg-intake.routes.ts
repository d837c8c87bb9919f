import type { FastifyRequest } from 'fastify';
import { scopesFor } from '../../../domain/access/policy.js';
import { Problem } from '../../http/problem.contract.js';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { receiveFromDvcqg, resubmitFromDvcqg } from './dossier-online.service.js';
import {
  DvcqgDossierBody,
  DvcqgIdParams,
  DvcqgReceipt,
  DvcqgResubmissionBody,
  DvcqgWithdrawalBody,
  DvcqgWithdrawalReceipt,
} from './dossiers.contract.js';
import { withdrawFromDvcqg } from './dvcqg-withdrawal.service.js';

/** A dossier with its scans inline (base64) stays well under this. */
const BODY_LIMIT = 120 * 1024 * 1024;

/**
 * Only the DVCQG adapter's token gets further than the headers: nobody else may make the server
 * read a large body, nor learn from the answers which DVCQG ids exist.
 */
async function adapterOnly(request: FastifyRequest) {
  if (scopesFor(request.actor, 'dossier.submit_online').length === 0)
    throw new AppError(request.actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
}

export function dvcqgIntakeRoutes(app: App, { files }: Deps): void {
  app.post(
    '/api/v1/integrations/dvcqg/dossiers',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: adapterOnly,
      schema: {
        tags: ['Tích hợp DVCQG'],
        summary:
          'Cổng DVCQG chuyển hồ sơ nộp trực tuyến (API token có quyền dossier.submit_online). Gửi lại cùng dvcqgId trả về hồ sơ đã nhận, không tạo bản trùng.',
        security: [{ bearer: [] }],
        body: DvcqgDossierBody,
        response: {
          200: DvcqgReceipt,
          201: DvcqgReceipt,
          400: Problem,
          401: Problem,
          403: Problem,
          409: Problem,
          413: Problem,
          422: Problem,
        },
      },
    },
    async (request, reply) => {
      const receipt = await receiveFromDvcqg(request.db, files, request.actor, request.body);
      return reply.code(receipt.duplicate ? 200 : 201).send(receipt);
    },
  );
  app.post(
    '/api/v1/integrations/dvcqg/dossiers/:dvcqgId/resubmissions',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: adapterOnly,
      schema: {
        tags: ['Tích hợp DVCQG'],
        summary:
          'Cổng DVCQG chuyển hồ sơ công dân đã bổ sung, hoàn thiện theo yêu cầu: hồ sơ chờ tiếp nhận lại với hạn 8 giờ làm việc mới. Gửi lại cùng nội dung trả về kết quả lần đầu.',
        security: [{ bearer: [] }],
        params: DvcqgIdParams,
        body: DvcqgResubmissionBody,
        response: {
          200: DvcqgReceipt,
          201: DvcqgReceipt,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (request, reply) => {
      const receipt = await resubmitFromDvcqg(
        request.db,
        files,
        request.actor,
        request.params.dvcqgId,
        request.body,
      );
      return reply.code(receipt.duplicate ? 200 : 201).send(receipt);
    },
  );
  app.post(
    '/api/v1/integrations/dvcqg/dossiers/:dvcqgId/withdrawals',
    {
      onRequest: adapterOnly,
      schema: {
        tags: ['Tích hợp DVCQG'],
        summary:
          'Cổng DVCQG chuyển yêu cầu dừng xử lý (rút hồ sơ) của công dân trước khi có kết quả: trạng thái 7. Gửi lại trả về kết quả lần đầu; hồ sơ đã có kết quả thì từ chối (WITHDRAWAL_TOO_LATE).',
        security: [{ bearer: [] }],
        params: DvcqgIdParams,
        body: DvcqgWithdrawalBody,
        response: {
          200: DvcqgWithdrawalReceipt,
          201: DvcqgWithdrawalReceipt,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request, reply) => {
      const receipt = await withdrawFromDvcqg(
        request.db,
        request.actor,
        request.params.dvcqgId,
        request.body,
      );
      return reply.code(receipt.duplicate ? 200 : 201).send(receipt);
    },
  );
}
