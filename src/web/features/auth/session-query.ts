import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchSession } from './auth-api.js';

export const sessionQueryKey = ['auth', 'session'] as const;

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  // Rechecked when the officer comes back to the tab, so an expired session is noticed early.
  staleTime: 60_000,
  retry: false,
});

/**
 * Drops everything cached for the previous officer, so that whoever signs in next on this
 * computer (common at a shared counter) never glimpses it.
 */
export function replaceSession(
  queryClient: QueryClient,
  session: Awaited<ReturnType<typeof fetchSession>>,
): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
}
