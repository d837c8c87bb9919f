import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error.js';
import { sendFile, sendRaw, type UploadHandle } from '../../api/raw-requests.js';

export type { UploadHandle };

/** A creating POST with its `Idempotency-Key`: sent again, it gives the same answer. */
export function postJsonOnce<T>(
  queryClient: QueryClient,
  path: string,
  body: unknown,
  idempotencyKey: string,
): Promise<T> {
  return sendRaw<T>(queryClient, {
    method: 'POST',
    path,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
  });
}

/** `sha-256=:<base64>:` (RFC 9530), when the page may use Web Crypto (HTTPS or localhost). */
async function contentDigest(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const hash = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  let binary = '';
  for (const byte of new Uint8Array(hash)) binary += String.fromCharCode(byte);
  return `sha-256=:${btoa(binary)}:`;
}

/** PUT with the file as the raw body and its digest; `onProgress` gets 0…1 as the bytes leave. */
export function uploadRaw<T>(
  queryClient: QueryClient,
  path: string,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle<T> {
  return sendFile<T>(queryClient, {
    method: 'PUT',
    path,
    file,
    contentType: file.type || 'application/octet-stream',
    headers: contentDigest(file).then(
      (digest): Record<string, string> => (digest ? { 'Content-Digest': digest } : {}),
    ),
    onProgress,
  });
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
