import type { ApiError } from '../api/api-error.js';

interface FormWithErrors {
  setFieldError: (path: never, error: string) => void;
}

/**
 * Puts the server's per-field messages under the matching inputs. Server field names may be JSON
 * pointers or carry a `body` prefix; both are reduced to the form's dotted paths.
 */
export function showFieldProblems(form: FormWithErrors, error: ApiError): void {
  for (const problem of error.errors) {
    const path = problem.field
      .replace(/^\/+/, '')
      .replace(/^body[./]/, '')
      .replaceAll('/', '.');
    if (path) form.setFieldError(path as never, problem.message);
  }
}
