import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgencyMapList,
  AgencyMapSaved,
  ImportRun,
  ImportRunList,
} from '../../../server/features/dossier-import/dossier-import.contract.js';
import { api } from '../../api/client.js';
import { sendFile, sendRaw, type UploadHandle } from '../../api/raw-requests.js';

export type { UploadHandle };

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

/**
 * Loads an agency map: the CSV file as it is, `text/csv`. Answers the number of old codes saved,
 * or throws the 422 `IMPORT_INVALID` with every problem by line (nothing saved).
 */
export function putAgencyMap(
  queryClient: QueryClient,
  file: File,
): Promise<AgencyMapSavedResponse> {
  return sendRaw<AgencyMapSavedResponse>(queryClient, {
    method: 'PUT',
    path: `${BASE}/agency-map`,
    body: file,
    headers: { 'Content-Type': 'text/csv' },
  });
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
  return sendFile<ImportRunView>(queryClient, {
    method: 'POST',
    path: `${BASE}?${new URLSearchParams({ fileName: file.name })}`,
    file,
    contentType: 'application/x-ndjson',
    onProgress,
  });
}
