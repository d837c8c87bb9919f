import { queryOptions } from '@tanstack/react-query';
import { fetchSession } from './auth-api.js';

export const sessionQueryKey = ['auth', 'session'] as const;

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  // Rechecked when the officer comes back to the tab, so an expired session is noticed early.
  staleTime: 60_000,
  retry: false,
});
