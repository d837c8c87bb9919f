import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type {
  CreateUserRequest,
  SetRolesRequest,
  UpdateUserRequest,
  UserListResponse,
  UserView,
} from '../../api/types.js';

export const USERS_PAGE_SIZE = 50;

export interface UserListParams {
  q?: string | undefined;
  agencyId?: string | undefined;
  page: number;
}

export const usersQueryKey = ['users'] as const;

export function usersQueryOptions(params: UserListParams) {
  return queryOptions({
    queryKey: [...usersQueryKey, params],
    queryFn: ({ signal }) =>
      api<UserListResponse>('/api/v1/users', {
        query: { ...params, pageSize: USERS_PAGE_SIZE },
        signal,
      }),
    // Keeps the old page on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function createUser(body: CreateUserRequest): Promise<UserView> {
  return api<UserView>('/api/v1/users', { method: 'POST', body });
}

export function updateUser(id: string, body: UpdateUserRequest): Promise<UserView> {
  return api<UserView>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function setUserRoles(id: string, body: SetRolesRequest): Promise<UserView> {
  return api<UserView>(`/api/v1/users/${encodeURIComponent(id)}/roles`, { method: 'PUT', body });
}

export function resetUserPassword(id: string, newPassword: string): Promise<void> {
  return api<void>(`/api/v1/users/${encodeURIComponent(id)}/password`, {
    method: 'POST',
    body: { newPassword },
  });
}
