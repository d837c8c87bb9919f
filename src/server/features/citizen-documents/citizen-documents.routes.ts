import type { FastifyReply } from 'fastify';
import { Problem } from '../../http/problem.contract.js';
import type { App, Deps } from '../../http/types.js';
import { DossierParams } from '../dossiers/dossiers.contract.js';
import {
  CitizenDocumentList,
  CitizenDocumentParams,
  CitizenDocumentsQuery,
} from './citizen-documents.contract.js';
import { documentFile, documentsOf, dossierResultFile } from './citizen-documents.service.js';

const tags = ['Kho dữ liệu công dân'];

/** A kept file, shown in the browser (a PDF opens in a tab) under a name that says what it is. */
function sendFile(
  reply: FastifyReply,
  file: { bytes: Buffer; mediaType: string; filename: string },
) {
  return reply
    .type(file.mediaType)
    .header('content-disposition', `inline; filename="${file.filename}"`)
    .send(file.bytes);
}

export function citizenDocumentRoutes(app: App, { files }: Deps): void {
  app.get(
    '/api/v1/citizen-documents',
    {
      schema: {
        tags,
        summary:
          'Kết quả điện tử trong kho dữ liệu của công dân, tổ chức (theo số định danh), để dùng lại cho hồ sơ sau',
        querystring: CitizenDocumentsQuery,
        response: { 200: CitizenDocumentList, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    (request) => documentsOf(request.db, request.actor, request.query),
  );
  app.get(
    '/api/v1/citizen-documents/:id/file',
    {
      schema: {
        tags,
        summary: 'Tệp kết quả điện tử',
        params: CitizenDocumentParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, await documentFile(request.db, files, request.actor, request.params.id)),
  );
  app.get(
    '/api/v1/dossiers/:id/result-file',
    {
      schema: {
        tags: ['Hồ sơ'],
        summary: 'Tệp kết quả điện tử đang có hiệu lực của hồ sơ (sau đính chính: tệp mới)',
        params: DossierParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, await dossierResultFile(request.db, files, request.actor, request.params.id)),
  );
}
