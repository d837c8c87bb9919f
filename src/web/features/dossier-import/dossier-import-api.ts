import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgencyMapList,
  AgencyMapSaved,
  ImportRun,
  ImportRunList,
} from '../../../server/features/dossier-import/dossier-import.contract.js';
import { type ApiError, errorFromResponse, isApiError, networkError } from '../../api/api-error.js';
import { api, rememberCsrfToken } from '../../api/client.js';
import type { SessionResponse } from '../../api/types.js';
import { fetchSession } from '../auth/auth-api.js';
import { replaceSession, sessionQueryKey } from '../auth/session-query.js';

/** Wire shapes of the import's API (docs/dossier-import.md); only types come from the contract. */
export type ImportRunView = ImportRun;
export type RunState = ImportRun['state'];
export type ImportRunListResponse = z.infer<typeof ImportRunList>;
export type AgencyMapResponse = z.infer<typeof AgencyMapList>;
export type AgencyMapEntry = AgencyMapResponse['items'][number];
export type AgencyMapSavedResponse = z.infer<typeof AgencyMapSaved>;

const BASE = '/api/v1/dossier-imports';
/** The server's caps: what is larger is refused before it is sent. */
export const IMPORT_FILE_LIMIT = 2 * 1024 ** 3;
export const AGENCY_MAP_LIMIT = 5 * 1024 * 1024;
/** How often the runs are read again while one of them is running. */
export const POLL_MS = 2_000;

export const dossierImportKey = ['dossier-import'] as const;
const runsKey = [...dossierImportKey, 'runs'] as const;

export function runsQueryOptions() {
  return queryOptions({
    queryKey: runsKey,
    queryFn: ({ signal }) => api<ImportRunListResponse>(BASE, { signal }),
    // Read again every 2 s while a run is running, and not at all once none is.
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => run.state === 'running') ? POLL_MS : false,
  });
}

export function agencyMapQueryOptions() {
  return queryOptions({
    queryKey: [...dossierImportKey, 'agency-map'],
    queryFn: ({ signal }) => api<AgencyMapResponse>(`${BASE}/agency-map`, { signal }),
  });
}

/** The rejected lines of a run as a JSON Lines download (the session cookie goes along). */
export const rejectsUrl = (runId: string) => `${BASE}/${encodeURIComponent(runId)}/rejects`;

/** A run just accepted goes to the top of the list at once, so that polling starts with it. */
export function showNewRun(queryClient: QueryClient, run: ImportRunView): void {
  queryClient.setQueryData<ImportRunListResponse>(runsKey, (list) => ({
    items: [run, ...(list?.items ?? []).filter((r) => r.id !== run.id)],
  }));
  void queryClient.invalidateQueries({ queryKey: runsKey });
}

// The two requests here send a file as the raw body, which the shared client (JSON only) cannot.
// Like it, they carry the session's CSRF token and fetch the current one once if it was rotated.

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

/**
 * Loads an agency map: the CSV file as it is, `text/csv`. Answers the number of old codes saved,
 * or throws the 422 `IMPORT_INVALID` with every problem by line (nothing saved).
 */
export function putAgencyMap(
  queryClient: QueryClient,
  file: File,
): Promise<AgencyMapSavedResponse> {
  return withCsrf(queryClient, async (token) => {
    const headers = new Headers({
      Accept: 'application/json, application/problem+json',
      'Content-Type': 'text/csv',
    });
    if (token) headers.set('X-CSRF-Token', token);
    let response: Response;
    try {
      response = await fetch(`${BASE}/agency-map`, {
        method: 'PUT',
        headers,
        credentials: 'same-origin',
        body: file,
      });
    } catch {
      throw networkError();
    }
    if (!response.ok) throw onProblem(queryClient, await errorFromResponse(response));
    return (await response.json()) as AgencyMapSavedResponse;
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
 * POSTs a JSON Lines file as the raw body, `application/x-ndjson`, with its name in `fileName`.
 * The File itself is the body: the browser streams it from disk, so a file of a province's
 * history (up to 2 GiB) is never read into the page's memory. `onProgress` gets 0…1 as the bytes
 * leave; the answer (202) is the run, whose import then goes on in the background.
 */
export function uploadImportFile(
  queryClient: QueryClient,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle<ImportRunView> {
  let current: XMLHttpRequest | null = null;
  let aborted = false;
  const path = `${BASE}?${new URLSearchParams({ fileName: file.name })}`;
  const once = (token: string | null) =>
    new Promise<ImportRunView>((resolve, reject) => {
      if (aborted) return reject(abortError());
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', path);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('Content-Type', 'application/x-ndjson');
      if (token) xhr.setRequestHeader('X-CSRF-Token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(networkError());
      xhr.onabort = () => reject(abortError());
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          try {
            resolve(JSON.parse(xhr.responseText) as ImportRunView);
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
      xhr.send(file);
    });
  return {
    done: withCsrf(queryClient, once),
    abort: () => {
      aborted = true;
      (current as XMLHttpRequest | null)?.abort();
    },
  };
}
