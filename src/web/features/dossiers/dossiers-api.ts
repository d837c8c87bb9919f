import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { postJsonOnce, type UploadHandle, uploadRaw } from './dossier-http.js';
import type {
  AcceptRequest,
  AdminUnit,
  CorrectionRequest,
  DeclineRequest,
  DossierChannel,
  DossierDetail,
  DossierForm,
  DossierHandlers,
  DossierListResponse,
  DossierState,
  IntakeRequest,
  NotificationListResponse,
  StoredFile,
} from './dossier-types.js';

export const dossiersQueryKey = ['dossiers'] as const;
export const notificationsQueryKey = ['notifications'] as const;

const DOSSIERS = '/api/v1/dossiers';

function dossierPath(id: string): string {
  return `${DOSSIERS}/${encodeURIComponent(id)}`;
}

export interface DossierListParams {
  receivingAgencyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state?: DossierState | undefined;
  channel?: DossierChannel | undefined;
  q?: string | undefined;
}

export const LIST_PAGE_SIZE = 100;

/** The day's list, a page at a time (the server pages by cursor). */
export function dossierListQueryOptions(params: DossierListParams) {
  return infiniteQueryOptions({
    queryKey: [...dossiersQueryKey, 'list', params],
    queryFn: ({ pageParam, signal }) =>
      api<DossierListResponse>(DOSSIERS, {
        query: { ...params, limit: LIST_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Online arrivals not yet answered, over the last weeks: their 8-hour clock may still run. */
export function awaitingQueryOptions(
  receivingAgencyId: string | undefined,
  from: string,
  to: string,
) {
  return queryOptions({
    queryKey: [...dossiersQueryKey, 'awaiting', receivingAgencyId, from, to],
    queryFn: ({ signal }) =>
      api<DossierListResponse>(DOSSIERS, {
        query: { receivingAgencyId, from, to, state: 'awaiting_acceptance', limit: 200 },
        signal,
      }),
    enabled: receivingAgencyId !== undefined,
    refetchInterval: 60_000,
  });
}

export function dossierDetailQueryKey(id: string) {
  return [...dossiersQueryKey, 'detail', id] as const;
}

export function dossierDetailQueryOptions(id: string) {
  return queryOptions({
    queryKey: dossierDetailQueryKey(id),
    queryFn: ({ signal }) => api<DossierDetail>(dossierPath(id), { signal }),
  });
}

/** The officers the dossier may be given to (assigned, or handed the next step). */
export function dossierHandlersQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...dossierDetailQueryKey(id), 'handlers'] as const,
    queryFn: ({ signal }) => api<DossierHandlers>(`${dossierPath(id)}/handlers`, { signal }),
    staleTime: 60_000,
  });
}

export function createDossier(
  queryClient: QueryClient,
  body: IntakeRequest,
  idempotencyKey: string,
): Promise<DossierDetail> {
  return postJsonOnce<DossierDetail>(queryClient, DOSSIERS, body, idempotencyKey);
}

export function acceptDossier(id: string, body: AcceptRequest): Promise<DossierDetail> {
  return api<DossierDetail>(`${dossierPath(id)}/accept`, { method: 'POST', body });
}

export function requestCorrection(id: string, body: CorrectionRequest): Promise<DossierDetail> {
  return api<DossierDetail>(`${dossierPath(id)}/request-correction`, { method: 'POST', body });
}

export function declineDossier(id: string, body: DeclineRequest): Promise<DossierDetail> {
  return api<DossierDetail>(`${dossierPath(id)}/decline`, { method: 'POST', body });
}

/** The PDF of a form, opened in a tab of its own where the browser prints it. */
export function formUrl(id: string, form: DossierForm): string {
  return `${dossierPath(id)}/forms/${form}`;
}

/** The electronic result in force (after a correction, the corrected one), opened in a tab. */
export function resultFileUrl(id: string): string {
  return `${dossierPath(id)}/result-file`;
}

export interface RegisterParams {
  receivingAgencyId: string;
  from: string;
  to: string;
}

/** Form 07 for a date range, as PDF (A4) or Excel. */
export function registerUrl(format: 'pdf' | 'xlsx', params: RegisterParams): string {
  const search = new URLSearchParams({ ...params });
  return `${DOSSIERS}/register.${format}?${search.toString()}`;
}

export function uploadScan(
  queryClient: QueryClient,
  file: File,
  onProgress: (fraction: number) => void,
): UploadHandle<StoredFile> {
  return uploadRaw<StoredFile>(queryClient, '/api/v1/files', file, onProgress);
}

export const notificationsQueryOptions = queryOptions({
  queryKey: notificationsQueryKey,
  queryFn: ({ signal }) => api<NotificationListResponse>('/api/v1/notifications', { signal }),
  // Online arrivals have an 8-working-hour clock: the counter should hear of them soon.
  refetchInterval: 60_000,
  staleTime: 15_000,
});

export function markNotificationRead(id: number): Promise<void> {
  return api<void>(`/api/v1/notifications/${id}/read`, { method: 'POST' });
}

export function adminUnitsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['admin-units', q],
    queryFn: ({ signal }) =>
      api<{ items: AdminUnit[] }>('/api/v1/admin-units', { query: { q }, signal }),
    select: (response) => response.items,
    enabled: q.trim().length >= 2,
    staleTime: 60 * 60_000,
    placeholderData: keepPreviousData,
  });
}
