import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  LateDossiersView,
  PublicUnitsView,
} from '../../../server/features/public-index/public-index.contract.js';
import { api } from '../../api/client.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';

/** Wire shapes of the public index's API; only types come from the contract. */
export type PublicUnitsResponse = z.infer<typeof PublicUnitsView>;
export type PublicUnit = PublicUnitsResponse['total'];
export type LateDossiersResponse = z.infer<typeof LateDossiersView>;
export type LateDossier = LateDossiersResponse['agencies'][number]['items'][number];

/** What the public pages' addresses hold: the month shown, and a unit other than the province. */
export interface PublicIndexSearch {
  month?: string | undefined;
  agencyId?: string | undefined;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function currentMonth(): string {
  return todayInVietnam().slice(0, 7);
}

/** A month from an address: kept if well formed and not to come, else the current one applies. */
export function parsePublicIndexSearch(raw: Record<string, unknown>): PublicIndexSearch {
  const month =
    typeof raw.month === 'string' && MONTH.test(raw.month) && raw.month <= currentMonth()
      ? raw.month
      : undefined;
  const agencyId =
    typeof raw.agencyId === 'string' && UUID.test(raw.agencyId) ? raw.agencyId : undefined;
  return { month, agencyId };
}

/** The months a visitor may pick: this one and the two years before it, latest first. */
export function monthChoices(current: string, count = 24): string[] {
  const [year, month] = current.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

// The public endpoints are rate limited and their replies cached for a minute: re-reading a page
// should not spend a visitor's quota.
const FRESH_FOR = 60_000;

export function publicUnitsQueryOptions(q: { month: string; agencyId?: string | undefined }) {
  return queryOptions({
    queryKey: ['public-index', 'units', q],
    queryFn: ({ signal }) =>
      api<PublicUnitsResponse>('/api/v1/public/index/units', {
        query: { period: 'month', date: `${q.month}-01`, agencyId: q.agencyId },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: FRESH_FOR,
    retry: false,
  });
}

export function lateDossiersQueryOptions(q: { month: string; agencyId?: string | undefined }) {
  return queryOptions({
    queryKey: ['public-index', 'late-dossiers', q],
    queryFn: ({ signal }) =>
      api<LateDossiersResponse>('/api/v1/public/index/late-dossiers', {
        query: { month: q.month, agencyId: q.agencyId },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: FRESH_FOR,
    retry: false,
  });
}
