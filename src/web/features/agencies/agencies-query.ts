import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { AgencyListResponse } from '../../api/types.js';

/** The whole active tree is a few hundred rows and changes rarely: one request serves every picker. */
export const agenciesQueryOptions = queryOptions({
  queryKey: ['agencies', 'active'],
  queryFn: ({ signal }) => api<AgencyListResponse>('/api/v1/agencies', { signal }),
  select: (response) => response.items,
  staleTime: 10 * 60_000,
});
