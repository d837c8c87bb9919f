import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { Problem } from '../../http/problem.contract.js';
import { AppError } from '../../http/problem.js';
import type { App, Deps } from '../../http/types.js';
import { provincePath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import {
  AgencyMapList,
  AgencyMapSaved,
  IdParams,
  ImportRun,
  ImportRunList,
  ListQuery,
  UploadQuery,
} from './dossier-import.contract.js';
import {
  agencyMap,
  type RunRow,
  recentRuns,
  rejectsOf,
  runById,
} from './dossier-import.queries.js';
import { loadAgencyMap } from './dossier-import.service.js';
import { uploads } from './dossier-import.uploads.js';
import { runProgress } from './run-progress.js';

const tags = ['Nhập hồ sơ từ hệ thống cũ'];
const BASE = '/api/v1/dossier-imports';
const JSON_LINES = ['application/x-ndjson', 'application/jsonl'];
/** An agency map has a line per old agency: a few thousand at most. */
const AGENCY_MAP_LIMIT = 5 * 1024 * 1024;
const REJECTS_PAGE = 500;
const reads = { 400: Problem, 401: Problem, 403: Problem };

/** Dossiers land in every agency of the province: an administrator of the province only. */
async function mayImport(request: FastifyRequest) {
  authorize(request.actor, 'dossier.import', { agencyPath: await provincePath(request.db) });
}

export function dossierImportRoutes(app: App, { db, config }: Deps): void {
  const imports = uploads(db, { dataDir: config.dataDir, log: app.log });
  app.addHook('onClose', () => imports.stop());

  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Every route here, before any body is read.
    scope.addHook('onRequest', mayImport);

    scope.get(
      BASE,
      {
        schema: {
          tags,
          summary: 'Các lượt nhập gần đây, mới nhất trước, với tiến độ của từng lượt',
          querystring: ListQuery,
          response: { 200: ImportRunList, ...reads },
        },
      },
      async (request) => ({
        items: (await recentRuns(request.db, request.query.limit)).map((r) => runView(r)),
      }),
    );
    scope.get(
      `${BASE}/agency-map`,
      {
        schema: {
          tags,
          summary: 'Bảng đối chiếu mã cơ quan của hệ thống cũ sang cơ quan hiện hành',
          response: { 200: AgencyMapList, ...reads },
        },
      },
      async (request) => ({
        items: (await agencyMap(request.db)).map((m) => ({
          oldCode: m.old_code,
          agencyCode: m.agency_code,
          agencyName: m.agency_name,
          note: m.note,
          updatedAt: new Date(m.updated_at).toISOString(),
        })),
      }),
    );
    scope.get(
      `${BASE}/:id`,
      {
        schema: {
          tags,
          summary:
            'Tiến độ một lượt nhập: số dòng đã đọc, đã nhập, bỏ qua, bị từ chối; phần trăm, tốc độ, thời gian còn lại',
          params: IdParams,
          response: { 200: ImportRun, ...reads, 404: Problem },
        },
      },
      async (request) => runView(await existingRun(request.db, request.params.id)),
    );
    scope.get(
      `${BASE}/:id/rejects`,
      {
        schema: {
          tags,
          summary:
            'Tải về các dòng bị từ chối (JSON Lines: mỗi dòng {"line", "problems": [{"field", "reason"}], "text"}), theo thứ tự dòng',
          params: IdParams,
        },
      },
      async (request, reply) => {
        const run = await existingRun(request.db, request.params.id);
        return reply
          .type('application/x-ndjson; charset=utf-8')
          .header(
            'content-disposition',
            attachment(`${stemOf(run.file_name, run.id)}-rejects.jsonl`),
          )
          .send(Readable.from(rejectLines(request.db, run.id)));
      },
    );

    scope.register(async (plainUpload) => {
      const upload = plainUpload.withTypeProvider<ZodTypeProvider>();
      // The file is handed over as the request's stream and written to disk as it arrives.
      upload.removeAllContentTypeParsers();
      upload.addContentTypeParser(JSON_LINES, (_request, payload, done) => done(null, payload));
      upload.post(
        BASE,
        {
          schema: {
            tags,
            summary: `Tải lên một tệp JSON Lines hồ sơ từ hệ thống cũ (nội dung tệp là thân yêu cầu, Content-Type: application/x-ndjson; tối đa 2 GiB). Trả lời 202 khi tệp đã được lưu; việc nhập chạy nền, xem tiến độ ở Location`,
            querystring: UploadQuery,
            response: { 202: ImportRun, ...reads, 413: Problem, 415: Problem, 422: Problem },
          },
        },
        async (request, reply) => {
          if (!(request.body instanceof Readable))
            throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
              detail: 'Gửi tệp JSON Lines làm nội dung, Content-Type: application/x-ndjson',
            });
          const length = Number.parseInt(request.headers['content-length'] ?? '', 10);
          const run = await imports.accept({
            actor: request.actor,
            body: request.body,
            fileName: request.query.fileName ?? 'upload.jsonl',
            contentLength: Number.isFinite(length) ? length : null,
          });
          return reply.code(202).header('location', `${BASE}/${run.id}`).send(runView(run));
        },
      );
    });

    scope.register(async (csv) => {
      csv.removeAllContentTypeParsers();
      csv.addContentTypeParser(
        'text/csv',
        { parseAs: 'string', bodyLimit: AGENCY_MAP_LIMIT },
        (_request, body, done) => done(null, body),
      );
      csv.put(
        `${BASE}/agency-map`,
        {
          bodyLimit: AGENCY_MAP_LIMIT,
          schema: {
            tags,
            summary:
              'Nạp bảng đối chiếu mã cơ quan (CSV, Content-Type: text/csv, tiêu đề old_code,agency_code[,note]): lưu tất cả hoặc không lưu gì; mã cũ đã có được thay thế',
            response: { 200: AgencyMapSaved, ...reads, 413: Problem, 415: Problem, 422: Problem },
          },
        },
        async (request) => {
          const by = request.actor.kind === 'anonymous' ? 'anonymous' : request.actor.id;
          const { saved, problems } = await loadAgencyMap(
            request.db,
            request.body as string,
            by,
            (trx, count) =>
              appendAudit(trx, request.actor, {
                action: 'dossier_import.agency_map_loaded',
                subjectType: 'agency_import_map',
                subjectId: null,
                data: { entries: count },
              }),
          );
          if (problems.length > 0)
            throw new AppError('IMPORT_INVALID', {
              errors: problems.map((p) => ({
                field: p.field ? `line ${p.line}: ${p.field}` : `line ${p.line}`,
                code: 'invalid',
                message: p.reason,
              })),
            });
          return { saved };
        },
      );
    });
  });
}

async function existingRun(db: Kysely<DB>, id: string): Promise<RunRow> {
  const run = await runById(db, id);
  if (!run) throw new AppError('NOT_FOUND', { detail: 'Không có lượt nhập này' });
  return run;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** A run as its progress is read: counts, and the share, speed and time left worked out. */
export function runView(run: RunRow, now = Date.now()): ImportRun {
  const bytesTotal = run.bytes_total === null ? null : Number(run.bytes_total);
  const bytesRead = Number(run.bytes_read);
  const ended = run.finished_at ? new Date(run.finished_at).getTime() : now;
  const { share, linesPerSecond, secondsLeft } = runProgress({
    bytesTotal,
    bytesRead,
    lines: run.lines,
    elapsedMs: ended - new Date(run.started_at).getTime(),
    running: run.state === 'running',
    done: run.state === 'done',
  });
  return {
    id: run.id,
    fileName: run.file_name,
    state: run.state as ImportRun['state'],
    startedBy: run.started_by,
    startedAt: iso(run.started_at),
    updatedAt: iso(run.updated_at),
    finishedAt: run.finished_at ? iso(run.finished_at) : null,
    bytesTotal,
    bytesRead,
    lines: run.lines,
    imported: run.imported,
    unchanged: run.unchanged,
    rejected: run.rejected,
    truncated: run.truncated,
    error: run.error,
    percent: share === null ? null : Math.floor(share * 1000) / 10,
    ratePerSecond: Math.round(linesPerSecond * 10) / 10,
    etaSeconds: secondsLeft,
  };
}

/** The rejected lines in order, a page at a time: the download never holds them all. */
async function* rejectLines(db: Kysely<DB>, runId: string) {
  let after = 0;
  for (;;) {
    const page = await rejectsOf(db, runId, after, REJECTS_PAGE);
    let chunk = '';
    for (const r of page)
      chunk += `${JSON.stringify({ line: r.line, problems: r.problems, text: r.text })}\n`;
    if (chunk) yield chunk;
    const last = page.at(-1);
    if (!last || page.length < REJECTS_PAGE) return;
    after = last.line;
  }
}

/** The original file's name without its extension, as far as it is safe in a header. */
function stemOf(fileName: string, fallback: string) {
  const stem = fileName.replace(/\.[^.]*$/, '');
  return stem.length > 0 ? stem : fallback;
}

/** RFC 6266: an ASCII name for every client, and the exact one (UTF-8) for those that read it. */
function attachment(name: string) {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
