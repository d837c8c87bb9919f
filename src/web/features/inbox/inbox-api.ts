import type { MantineColor } from '@mantine/core';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import type { z } from 'zod';
import { URGENCIES, type Urgency } from '../../../domain/dossier/urgency.js';
import type {
  InboxQuery as InboxQuerySchema,
  Inbox as InboxSchema,
} from '../../../server/features/inbox/inbox.contract.js';
import { api } from '../../api/client.js';
import { dossiersQueryKey } from '../dossiers/dossiers-api.js';

/** Wire shapes of GET /api/v1/inbox; only types come from the contract, so zod stays server-side. */
export type InboxResponse = z.infer<typeof InboxSchema>;
export type InboxItem = InboxResponse['items'][number];
export type InboxCounts = InboxResponse['counts'];
export type InboxScope = z.infer<typeof InboxQuerySchema>['scope'];
export type { Urgency };
export { URGENCIES };

export const URGENCY_COLORS: Record<Urgency, MantineColor> = {
  overdue: 'red',
  due_today: 'orange',
  likely_late: 'yellow',
  due_soon: 'blue',
  paused: 'gray',
  ok: 'green',
};

export interface InboxParams {
  scope: InboxScope;
  urgency?: Urgency | undefined;
  q?: string | undefined;
}

export const INBOX_PAGE_SIZE = 50;

/** Under the dossiers' key, so every change of a dossier also refreshes the inbox. */
export const inboxQueryKey = [...dossiersQueryKey, 'inbox'] as const;

export function inboxQueryOptions(params: InboxParams) {
  return infiniteQueryOptions({
    queryKey: [...inboxQueryKey, params],
    queryFn: ({ pageParam, signal }) =>
      api<InboxResponse>('/api/v1/inbox', {
        query: { ...params, limit: INBOX_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
