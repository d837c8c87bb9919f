import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  SchemeBody,
  SchemeList,
  SchemeVersion,
  TargetsBody,
  TargetsList,
  TargetsVersion,
  UpdateSchemeBody,
  UpdateTargetsBody,
} from '../../../server/features/indicator-settings/indicator-settings.contract.js';
import { api } from '../../api/client.js';

/** Wire shapes of the indicator settings' API; only types come from the contract. */
export type SchemeListResponse = z.infer<typeof SchemeList>;
export type SchemeVersionView = z.infer<typeof SchemeVersion>;
export type TargetsListResponse = z.infer<typeof TargetsList>;
export type TargetsVersionView = z.infer<typeof TargetsVersion>;
export type VersionStatus = SchemeVersionView['status'];
export type SchemeRequest = z.infer<typeof SchemeBody>;
export type UpdateSchemeRequest = z.infer<typeof UpdateSchemeBody>;
export type TargetsRequest = z.infer<typeof TargetsBody>;
export type UpdateTargetsRequest = z.infer<typeof UpdateTargetsBody>;

const BASE = '/api/v1/indicator-settings';

export const indicatorSettingsKey = ['indicator-settings'] as const;

export function schemesQueryOptions() {
  return queryOptions({
    queryKey: [...indicatorSettingsKey, 'schemes'],
    queryFn: ({ signal }) => api<SchemeListResponse>(`${BASE}/schemes`, { signal }),
  });
}

export function targetsQueryOptions() {
  return queryOptions({
    queryKey: [...indicatorSettingsKey, 'targets'],
    queryFn: ({ signal }) => api<TargetsListResponse>(`${BASE}/targets`, { signal }),
  });
}

export const createScheme = (body: SchemeRequest) =>
  api<SchemeVersionView>(`${BASE}/schemes`, { method: 'POST', body });
export const updateScheme = (id: string, body: UpdateSchemeRequest) =>
  api<SchemeVersionView>(`${BASE}/schemes/${id}`, { method: 'PUT', body });
export const deleteScheme = (id: string, rowVersion: number) =>
  api<void>(`${BASE}/schemes/${id}`, { method: 'DELETE', query: { rowVersion } });

export const createTargets = (body: TargetsRequest) =>
  api<TargetsVersionView>(`${BASE}/targets`, { method: 'POST', body });
export const updateTargets = (id: string, body: UpdateTargetsRequest) =>
  api<TargetsVersionView>(`${BASE}/targets/${id}`, { method: 'PUT', body });
export const deleteTargets = (id: string, rowVersion: number) =>
  api<void>(`${BASE}/targets/${id}`, { method: 'DELETE', query: { rowVersion } });
