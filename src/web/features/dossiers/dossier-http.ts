import type { QueryClient } from '@tanstack/react-query';
import { type ApiError, errorFromResponse, isApiError, networkError } from '../../api/api-error.js';
import { rememberCsrfToken } from '../../api/client.js';
import type { SessionResponse } from '../../api/types.js';
import { fetchSession } from '../auth/auth-api.js';
import { replaceSession, sessionQueryKey } from '../auth/session-query.js';

/**
 * The two requests of intake that the shared client cannot make: a creating POST with its
 * `Idempotency-Key`, and a scan upload with progress. Both send the CSRF token the session query
 * holds and, like the shared client, fetch the current one once if the server says it rotated.
 */

function csrfToken(queryClient: QueryClient): string | null {
  return queryClient.getQueryData<SessionResponse | null>(sessionQueryKey)?.csrfToken ?? null;
}

async function refreshCsrfToken(queryClient: QueryClient): Promise<void> {
  const session = await fetchSession();
  queryClient.setQueryData(sessionQueryKey, session);
}

/** The session ended while the page was open: the shell then returns to the sign-in page. */
function onProblem(queryClient: QueryClient, error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'AUTH_REQUIRED') {
    rememberCsrfToken(null);
    replaceSession(queryClient, null);
  }
  return error;
}

async function twice<T>(
  queryClient: QueryClient,
  attempt: (token: string | null) => Promise<T>,
): Promise<T> {
  try {
    return await attempt(csrfToken(queryClient));
  } catch (error) {
    if (!isApiError(error, 'CSRF_TOKEN_INVALID')) throw error;
    await refreshCsrfToken(queryClient);
    return attempt(csrfToken(queryClient));
  }
}

export function postJsonOnce<T>(
  queryClient: QueryClient,
  path: string,
  body: unknown,
  idempotencyKey: string,
): Promise<T> {
  return twice(queryClient, async (token) => {
    const headers = new Headers({
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'application/json',
      'Idempotency-Key': idempotencyKey,
    });
    if (token) headers.set('X-CSRF-Token', token);
    let response: Response;
    try {
      response = await fetch(path, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify(body),
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

/** `sha-256=:<base64>:` (RFC 9530), when the page may use Web Crypto (HTTPS or localhost). */
async function contentDigest(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const hash = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  let binary = '';
  for (const byte of new Uint8Array(hash)) binary += String.fromCharCode(byte);
  return `sha-256=:${btoa(binary)}:`;
}

function abortError(): DOMException {
  return new DOMException('Upload aborted', 'AbortError');
}

/** PUT with the file as the raw body; `onProgress` gets 0…1 as the bytes leave. */
export function uploadRaw<T>(
  queryClient: QueryClient,
  path: string,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle<T> {
  let current: XMLHttpRequest | null = null;
  let aborted = false;
  const once = (token: string | null, digest: string | null) =>
    new Promise<T>((resolve, reject) => {
      if (aborted) return reject(abortError());
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('PUT', path);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      if (digest) xhr.setRequestHeader('Content-Digest', digest);
      if (token) xhr.setRequestHeader('X-CSRF-Token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(networkError());
      xhr.onabort = () => reject(abortError());
      xhr.onload = () => {
        const headers = new Headers();
        const type = xhr.getResponseHeader('Content-Type');
        if (type) headers.set('Content-Type', type);
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            resolve(JSON.parse(xhr.responseText) as T);
          } catch {
            reject(networkError());
          }
          return;
        }
        void errorFromResponse(new Response(xhr.responseText, { status: xhr.status, headers }))
          .then((error) => reject(onProblem(queryClient, error)))
          .catch(reject);
      };
      xhr.send(file);
    });
  const done = contentDigest(file)
    .catch(() => null)
    .then((digest) => twice(queryClient, (token) => once(token, digest)));
  return {
    done,
    abort: () => {
      aborted = true;
      (current as XMLHttpRequest | null)?.abort();
    },
  };
}

/**
 * The dossier changed under the officer (someone acted first) or the action is no longer open to
 * them: the page reloads the dossier rather than showing the answer as a form error.
 */
export function isStaleDossierError(error: unknown): boolean {
  return (
    isApiError(error, 'DOSSIER_VERSION_CONFLICT') ||
    isApiError(error, 'DOSSIER_TRANSITION_FORBIDDEN')
  );
}
