import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  AbolishRequest,
  CreateProcedureRequest,
  OnlineLevel,
  ProcedureDetail,
  ProcedureDiffResponse,
  ProcedureDraftsResponse,
  ProcedureLevel,
  ProcedureSearchResponse,
  PublishRequest,
  SetProcessRequest,
  UpdateDraftRequest,
} from '../../api/types.js';

export const CATALOG_PAGE_SIZE = 20;

export interface ProcedureSearchParams {
  q?: string | undefined;
  level?: ProcedureLevel | undefined;
  onlineLevel?: OnlineLevel | undefined;
  page: number;
}

export const catalogQueryKey = ['catalog'] as const;

/** Published versions only: the same answer for citizens and for officers. */
export function procedureSearchQueryOptions(params: ProcedureSearchParams) {
  return queryOptions({
    queryKey: [...catalogQueryKey, 'search', params],
    queryFn: ({ signal }) =>
      api<ProcedureSearchResponse>('/api/v1/procedures', {
        query: { ...params, pageSize: CATALOG_PAGE_SIZE },
        signal,
      }),
    // Keeps the old page on screen while the next loads, so the list does not jump.
    placeholderData: keepPreviousData,
  });
}

/** Drafts in preparation, which the search (published versions only) does not list. */
export function draftsQueryOptions() {
  return queryOptions({
    queryKey: [...catalogQueryKey, 'drafts'],
    queryFn: ({ signal }) => api<ProcedureDraftsResponse>('/api/v1/procedures/drafts', { signal }),
  });
}

function procedurePath(code: string): string {
  return `/api/v1/procedures/${encodeURIComponent(code)}`;
}

/** Without a version, the server picks the one in force (or, for managers, the only draft). */
export function procedureDetailQueryKey(code: string, version?: number) {
  return [...catalogQueryKey, 'detail', code, version ?? 'current'] as const;
}

export function procedureDetailQueryOptions(code: string, version?: number) {
  return queryOptions({
    queryKey: procedureDetailQueryKey(code, version),
    queryFn: ({ signal }) =>
      api<ProcedureDetail>(procedurePath(code), { query: { version }, signal }),
  });
}

export function procedureDiffQueryOptions(code: string, from: number, to: number) {
  return queryOptions({
    queryKey: [...catalogQueryKey, 'diff', code, from, to],
    queryFn: ({ signal }) =>
      api<ProcedureDiffResponse>(`${procedurePath(code)}/diff`, { query: { from, to }, signal }),
  });
}

export function createProcedure(body: CreateProcedureRequest): Promise<ProcedureDetail> {
  return api<ProcedureDetail>('/api/v1/procedures', { method: 'POST', body });
}

export function createDraftVersion(code: string): Promise<ProcedureDetail> {
  return api<ProcedureDetail>(`${procedurePath(code)}/versions`, { method: 'POST', body: {} });
}

export function updateDraft(
  code: string,
  versionNo: number,
  body: UpdateDraftRequest,
): Promise<ProcedureDetail> {
  return api<ProcedureDetail>(`${procedurePath(code)}/versions/${versionNo}`, {
    method: 'PUT',
    body,
  });
}

export function setProcess(
  code: string,
  versionNo: number,
  body: SetProcessRequest,
): Promise<ProcedureDetail> {
  return api<ProcedureDetail>(`${procedurePath(code)}/versions/${versionNo}/process`, {
    method: 'PUT',
    body,
  });
}

export function publishVersion(
  code: string,
  versionNo: number,
  body: PublishRequest,
): Promise<ProcedureDetail> {
  return api<ProcedureDetail>(`${procedurePath(code)}/versions/${versionNo}/publish`, {
    method: 'POST',
    body,
  });
}

export function abolishProcedure(code: string, body: AbolishRequest): Promise<ProcedureDetail> {
  return api<ProcedureDetail>(`${procedurePath(code)}/abolish`, { method: 'POST', body });
}
