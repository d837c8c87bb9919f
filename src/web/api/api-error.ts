import type { Problem } from '../../server/http/problem.contract.js';

export type FieldProblem = NonNullable<Problem['errors']>[number];

/** An RFC 9457 problem as thrown to the UI; transport failures are folded into the same shape. */
export class ApiError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldProblem[];
  readonly requestId: string | undefined;
  /** The problem's extension members (RFC 9457 §3.2), e.g. `expectedDocumentCode`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
    const { type, title, status, code, detail, instance, requestId, errors, ...extensions } =
      problem;
    this.extensions = extensions;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function networkError(): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: 'Không kết nối được tới máy chủ; kiểm tra mạng và thử lại',
    status: 0,
    code: 'NETWORK_ERROR',
  });
}

/** A proxy or crash can answer with HTML; the UI still gets a Vietnamese title to show. */
export function unexpectedResponseError(status: number): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: `Máy chủ trả lời không như mong đợi (mã ${status})`,
    status,
    code: `HTTP_${status}`,
  });
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.title === 'string' &&
    typeof candidate.code === 'string' &&
    typeof candidate.status === 'number'
  );
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!isProblem(body)) return unexpectedResponseError(response.status);
  return new ApiError({ ...body, type: body.type ?? 'about:blank' });
}
