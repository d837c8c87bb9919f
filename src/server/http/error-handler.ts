import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isConnectionError } from '../db/connection-errors.js';
import type { ErrorCode } from './error-codes.js';
import { AppError, type FieldError, problemOf } from './problem.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

type Issue = { path: string[]; code: string; message: string; keys: string[] | undefined };

/** zod issues → one entry per field; an unknown field is named, not reported on its parent. */
function fieldErrors(where: string, issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const base = [where, ...issue.path].join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        field: [base, key].filter(Boolean).join('.'),
        code: 'unknown_field',
        message: `Trường không được chấp nhận: ${key}`,
      }));
    }
    return [{ field: base, code: issue.code, message: issue.message }];
  });
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: { detail?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
) {
  const body = {
    ...problemOf(code, { ...options, instance: request.url, requestId: request.id }),
    ...options.extra,
  };
  return reply.code(body.status).type('application/problem+json').send(body);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, {
        ...(error.detail === undefined ? {} : { detail: error.detail }),
        ...(error.errors === undefined ? {} : { errors: error.errors }),
        ...(error.extra === undefined ? {} : { extra: error.extra }),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => ({
        path: v.instancePath.split('/').filter(Boolean),
        code: v.keyword,
        message: v.message ?? 'Không hợp lệ',
        keys: (v.params as { keys?: string[] }).keys,
      }));
      return sendProblem(request, reply, 'VALIDATION_FAILED', {
        errors: fieldErrors(where, issues),
      });
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 'RATE_LIMITED', { detail: error.message });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(request, reply, mapped, { detail: error.message });
    if (isConnectionError(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(request, reply, 'DATABASE_UNAVAILABLE');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, 'VALIDATION_FAILED', { detail: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'INTERNAL_ERROR');
  });
}
