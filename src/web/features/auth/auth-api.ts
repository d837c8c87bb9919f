import { ApiError } from '../../api/api-error.js';
import { api, rememberCsrfToken } from '../../api/client.js';
import type { ChangePasswordBody, LoginBody, SessionResponse } from '../../api/types.js';

/** Null means "not signed in", which is an answer here rather than an error. */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api<SessionResponse>('/api/v1/auth/session');
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      rememberCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signIn(body: LoginBody): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/api/v1/auth/login', { method: 'POST', body });
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await api<void>('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    rememberCsrfToken(null);
  }
}

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return api<void>('/api/v1/auth/password', { method: 'POST', body });
}
