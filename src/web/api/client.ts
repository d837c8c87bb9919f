import { errorFromResponse, networkError } from './api-error.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

const SESSION_PATH = '/api/v1/auth/session';

/**
 * Kept in memory only: the session cookie is httpOnly, and the token is what proves a request
 * came from this page rather than from another site riding on that cookie.
 */
let csrfToken: string | null = null;
let sessionLostListener: (() => void) | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can return to the sign-in page. */
export function onSessionLost(listener: () => void): void {
  sessionLostListener = listener;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

async function refreshCsrfToken(): Promise<void> {
  const response = await send(SESSION_PATH, {});
  if (!response.ok) return;
  const session = (await response.json()) as { csrfToken?: string };
  csrfToken = session.csrfToken ?? null;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response = await send(path, options);

  // The token may have been rotated by the server (e.g. another tab signed in again): fetch the
  // current one and try once more rather than failing the officer's change.
  if (method !== 'GET' && response.status === 403) {
    const error = await errorFromResponse(response.clone());
    if (error.code === 'CSRF_TOKEN_INVALID') {
      await refreshCsrfToken();
      response = await send(path, options);
    }
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.status === 401 && error.code === 'AUTH_REQUIRED' && path !== SESSION_PATH) {
      csrfToken = null;
      sessionLostListener?.();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
