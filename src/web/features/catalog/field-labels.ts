import type { TFunction } from 'i18next';

const SECTION_LABELS: Record<string, (t: TFunction) => string> = {
  name: (t) => t('catalog.form.name'),
  field: (t) => t('catalog.form.field'),
  level: (t) => t('catalog.form.level'),
  competentAgency: (t) => t('catalog.form.agency'),
  timeLimit: (t) => t('catalog.form.timeLimit'),
  onlineLevel: (t) => t('catalog.form.onlineLevel'),
  eligibleFullyOnline: (t) => t('catalog.form.eligibleFullyOnline'),
  postalAllowed: (t) => t('catalog.form.postalAllowed'),
  boundaryFree: (t) => t('catalog.form.boundaryFree'),
  conditions: (t) => t('catalog.form.conditions'),
  ways: (t) => t('catalog.form.ways'),
  steps: (t) => t('catalog.form.steps'),
  components: (t) => t('catalog.form.components'),
  results: (t) => t('catalog.form.results'),
  applicantTypes: (t) => t('catalog.form.applicantTypes'),
  legalBases: (t) => t('catalog.form.legalBases'),
  coordinatingAgencies: (t) => t('catalog.form.coordinatingAgencies'),
  publication: (t) => t('catalog.form.publication'),
  interAgency: (t) => t('catalog.form.interAgency'),
  processes: (t) => t('catalog.process.title'),
  validFrom: (t) => t('catalog.publish.validFrom'),
};

/**
 * "Cách thức thực hiện, dòng 2": what a dotted path of a version (its content's or its
 * processes') is about, in words, for lists of problems and of changes.
 */
export function sectionLabel(t: TFunction, dotted: string): string {
  const path = dotted.replace(/^content\./, '');
  const [top = '', second] = path.split('.');
  const label = SECTION_LABELS[top]?.(t) ?? path;
  return second && /^\d+$/.test(second)
    ? `${label}, ${t('catalog.form.row', { row: Number(second) + 1 })}`
    : label;
}
