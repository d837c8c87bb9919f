import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PeriodKind } from '../../../domain/indicators/periods.js';
import type {
  DossiersBehindView,
  ProgressView,
  TrendView,
  UnitsView,
} from '../../../server/features/indicators/indicators.contract.js';
import { api } from '../../api/client.js';

/** Wire shapes of the indicators' API; only types come from the contract. */
export type UnitsResponse = z.infer<typeof UnitsView>;
export type UnitFigures = UnitsResponse['total'];
export type DossiersBehindResponse = z.infer<typeof DossiersBehindView>;

import type { Bucket } from '../../../domain/indicators/buckets.js';

export type { Bucket };

export interface IndicatorSearch {
  agencyId?: string | undefined;
  period?: DashboardPeriod | undefined;
  date?: string | undefined;
}

/** The periods the dashboard offers (a custom run of days is the API's only). */
export type DashboardPeriod = Exclude<PeriodKind, 'custom'>;
export const PERIODS: readonly DashboardPeriod[] = [
  'day',
  'week',
  'month',
  'quarter',
  'half',
  'year',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseIndicatorSearch(raw: Record<string, unknown>): IndicatorSearch {
  const period = (PERIODS as readonly unknown[]).includes(raw.period)
    ? (raw.period as DashboardPeriod)
    : undefined;
  return {
    agencyId: typeof raw.agencyId === 'string' ? raw.agencyId : undefined,
    period,
    date: typeof raw.date === 'string' && DATE.test(raw.date) ? raw.date : undefined,
  };
}

export function unitsQueryOptions(q: { agencyId: string; period: PeriodKind; date: string }) {
  return queryOptions({
    queryKey: ['indicators', 'units', q],
    queryFn: ({ signal }) => api<UnitsResponse>('/api/v1/indicators/units', { query: q, signal }),
    placeholderData: keepPreviousData,
    // The figures are live: they move with every dossier change.
    refetchInterval: 60_000,
  });
}

export function dossiersBehindQueryOptions(q: {
  agencyId: string;
  period: PeriodKind;
  date: string;
  bucket: Bucket;
}) {
  return queryOptions({
    queryKey: ['indicators', 'dossiers', q],
    queryFn: ({ signal }) =>
      api<DossiersBehindResponse>('/api/v1/indicators/dossiers', { query: q, signal }),
  });
}

export type TrendResponse = z.infer<typeof TrendView>;
export type TrendPoint = TrendResponse['periods'][number];

/** The kinds of period the API draws a trend over. */
export type TrendKind = Extract<PeriodKind, 'week' | 'month' | 'quarter'>;
export const TREND_KINDS: readonly TrendKind[] = ['week', 'month', 'quarter'];

export function trendQueryOptions(q: {
  agencyId: string;
  period: TrendKind;
  date: string;
  count: number;
}) {
  return queryOptions({
    queryKey: ['indicators', 'trend', q],
    queryFn: ({ signal }) => api<TrendResponse>('/api/v1/indicators/trend', { query: q, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export type ProgressResponse = z.infer<typeof ProgressView>;

export function progressQueryOptions(q: { agencyId: string; period: PeriodKind; date: string }) {
  return queryOptions({
    queryKey: ['indicators', 'progress', q],
    queryFn: ({ signal }) =>
      api<ProgressResponse>('/api/v1/indicators/progress', { query: q, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
