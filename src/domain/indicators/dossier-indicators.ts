import { onTimeRatio, type ProgressCounts } from './on-time.js';
import { type ServiceFlows, share } from './service-flows.js';

/**
 * The indicators of the service index (domain.md §6) that the province's own dossiers answer, as
 * numerator and denominator of a period: 2.1 on time; 3.3 online dossiers with an electronic
 * result among those received; 4.1 results with their electronic file among those granted; 4.2
 * dossiers received digitised. The others (publication, payment, reuse, population data,
 * feedback, satisfaction) need data the system does not keep yet.
 */
export const DOSSIER_INDICATORS = ['2.1', '3.3', '4.1', '4.2'] as const;
export type DossierIndicator = (typeof DOSSIER_INDICATORS)[number];

export interface IndicatorFigure {
  id: DossierIndicator;
  numerator: number;
  denominator: number;
  ratio: number | null;
}

export function dossierIndicators(c: ProgressCounts, f: ServiceFlows): IndicatorFigure[] {
  const received = c.counted - c.carried;
  const figure = (id: DossierIndicator, numerator: number, denominator: number) => ({
    id,
    numerator,
    denominator,
    ratio: share(numerator, denominator),
  });
  return [
    {
      ...figure('2.1', c.finishedEarly + c.finishedOnTime + c.openOnTime, c.counted),
      ratio: onTimeRatio(c),
    },
    figure('3.3', f.onlineEResults, received),
    figure('4.1', f.eResults, f.granted),
    figure('4.2', f.digitised, received),
  ];
}
