import type { QueryClient } from '@tanstack/react-query';
import { fetchSession } from '../features/auth/auth-api.js';
import { replaceSession, sessionQueryKey } from '../features/auth/session-query.js';
import { type ApiError, errorFromResponse, isApiError, networkError } from './api-error.js';
import { rememberCsrfToken } from './client.js';
import type { SessionResponse } from './types.js';

/**
 * Requests the shared client (JSON bodies, no progress) cannot make: a creating POST with its
 * `Idempotency-Key`, a file sent as the raw body with its progress. Like the shared client, they
 * send the CSRF token the session query holds and fetch the current one once if the server says
 * it rotated; a session that ended sends the page back to the sign-in.
 */

function csrfToken(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<SessionResponse | null>(sessionQueryKey)?.csrfToken ?? null;
}

/** The session ended while the page was open: the shell then returns to the sign-in page. */
function onProblem(queryClient: QueryClient, error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'AUTH_REQUIRED') {
    rememberCsrfToken(null);
    replaceSession(queryClient, null);
  }
  return error;
}

async function withCsrf<T>(
  queryClient: QueryClient,
  attempt: (token: string | null) => Promise<T>,
): Promise<T> {
  try {
    return await attempt(csrfToken(queryClient));
  } catch (error) {
    if (!isApiError(error, 'CSRF_TOKEN_INVALID')) throw error;
    queryClient.setQueryData(sessionQueryKey, await fetchSession());
    return attempt(csrfToken(queryClient));
  }
}

/** One request through fetch with the body given as it is; the answer's JSON, or the problem. */
export function sendRaw<T>(
  queryClient: QueryClient,
  request: {
    method: 'POST' | 'PUT';
    path: string;
    body: BodyInit;
    headers: Record<string, string>;
  },
): Promise<T> {
  return withCsrf(queryClient, async (token) => {
    const headers = new Headers({
      Accept: 'application/json, application/problem+json',
      ...request.headers,
    });
    if (token) headers.set('X-CSRF-Token', token);
    let response: Response;
    try {
      response = await fetch(request.path, {
        method: request.method,
        headers,
        credentials: 'same-origin',
        body: request.body,
      });
    } catch {
      throw networkError();
    }
    if (!response.ok) throw onProblem(queryClient, await errorFromResponse(response));
    return (await response.json()) as T;
  });
}

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

function abortError(): DOMException {
  return new DOMException('Upload aborted', 'AbortError');
}

/**
 * A file as the raw body, through XMLHttpRequest for its upload progress (0…1 to `onProgress`).
 * The File itself is sent: the browser streams it from disk, never reading it into the page.
 */
export function sendFile<T>(
  queryClient: QueryClient,
  request: {
    method: 'POST' | 'PUT';
    path: string;
    file: File;
    contentType: string;
    /** More headers, ready before the first attempt (a digest of the content). */
    headers?: Promise<Record<string, string>>;
    onProgress: (fraction: number) => void;
  },
): UploadHandle<T> {
  let current: XMLHttpRequest | null = null;
  let aborted = false;
  const once = (token: string | null, more: Record<string, string>) =>
    new Promise<T>((resolve, reject) => {
      if (aborted) return reject(abortError());
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open(request.method, request.path);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('Content-Type', request.contentType);
      for (const [name, value] of Object.entries(more)) xhr.setRequestHeader(name, value);
      if (token) xhr.setRequestHeader('X-CSRF-Token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0)
          request.onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(networkError());
      xhr.onabort = () => reject(abortError());
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            resolve(JSON.parse(xhr.responseText) as T);
          } catch {
            reject(networkError());
          }
          return;
        }
        const headers = new Headers();
        const type = xhr.getResponseHeader('Content-Type');
        if (type) headers.set('Content-Type', type);
        void errorFromResponse(new Response(xhr.responseText, { status: xhr.status, headers }))
          .then((error) => reject(onProblem(queryClient, error)))
          .catch(reject);
      };
      xhr.send(request.file);
    });
  const done = (request.headers ?? Promise.resolve({}))
    .catch(() => ({}))
    .then((more) => withCsrf(queryClient, (token) => once(token, more)));
  return {
    done,
    abort: () => {
      aborted = true;
      (current as XMLHttpRequest | null)?.abort();
    },
  };
}
