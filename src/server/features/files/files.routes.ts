import { scopesFor } from '../../../domain/access/policy.js';
import { Problem } from '../../http/problem.contract.js';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { StoredFile } from '../dossiers/dossiers.contract.js';
import { claimedSha256, storeScan } from './files.service.js';

/** The hard ceiling of one upload; the administrator's limit (files.limits) is checked below it. */
const UPLOAD_CEILING = 64 * 1024 * 1024;

const UPLOADERS = [
  'dossier.receive',
  'dossier.submit_online',
  'dossier.process',
  'dossier.approve',
] as const;

export function fileRoutes(app: App, { files }: Deps): void {
  app.register(async (scope) => {
    // The scan is the raw body, whatever type the client names: the content decides.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_CEILING },
      (_request, body, done) => done(null, body),
    );
    scope.put(
      '/api/v1/files',
      {
        bodyLimit: UPLOAD_CEILING,
        // Scans are uploaded by counter officers and by the DVCQG adapter, electronic results by
        // those who process and approve dossiers; nobody else. Refused before the body is read.
        onRequest: async (request) => {
          if (UPLOADERS.every((action) => scopesFor(request.actor, action).length === 0))
            throw new AppError(request.actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
        },
        schema: {
          tags: ['Hồ sơ'],
          summary:
            'Tải lên một bản quét (PDF, JPEG, PNG; nội dung tệp là thân yêu cầu). Tải lại cùng nội dung không tạo bản sao. Tuỳ chọn: Content-Digest: sha-256=:…: để kiểm tra toàn vẹn.',
          response: {
            200: StoredFile,
            201: StoredFile,
            401: Problem,
            403: Problem,
            413: Problem,
            415: Problem,
            422: Problem,
          },
        },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const stored = await storeScan(
          request.db,
          files,
          request.actor,
          body,
          claimedSha256(request.headers),
        );
        return reply.code(stored.duplicate ? 200 : 201).send(stored);
      },
    );
  });
}
