import { ERROR_CODES, type ErrorCode } from './error-codes.js';
import type { Problem } from './problem.contract.js';

export type FieldError = { field: string; code: string; message: string };

/** An error that the API turns into problem+json with its stable code. */
export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    readonly code: ErrorCode,
    options: { detail?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(options.detail ?? ERROR_CODES[code].title);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

export function problemOf(
  code: ErrorCode,
  options: { detail?: string; errors?: FieldError[]; instance?: string; requestId?: string } = {},
): Problem {
  const { status, title } = ERROR_CODES[code];
  return {
    type: `urn:motcua:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    code,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
  };
}
