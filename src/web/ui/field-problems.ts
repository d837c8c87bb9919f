import type { ApiError } from '../api/api-error.js';

interface FormWithErrors {
  setFieldError: (path: never, error: string) => void;
}

/**
 * A server field name as the form's dotted path: JSON pointers (`/body/items/0/reason`) and the
 * `body` prefix (`body.items.0.reason`) both become `items.0.reason`.
 */
export function fieldPath(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replaceAll('/', '.');
}

/** The server's first message about `field` or anything inside it (`reasons` for `reasons.2`). */
export function fieldProblem(error: ApiError | null, field: string): string | undefined {
  return error?.errors.find((problem) => {
    const path = fieldPath(problem.field);
    return path === field || path.startsWith(`${field}.`);
  })?.message;
}

/**
 * Puts the server's per-field messages under the matching inputs. Server field names may be JSON
 * pointers or carry a `body` prefix; both are reduced to the form's dotted paths.
 */
export function showFieldProblems(form: FormWithErrors, error: ApiError): void {
  for (const problem of error.errors) {
    const path = fieldPath(problem.field);
    if (path) form.setFieldError(path as never, problem.message);
  }
}
