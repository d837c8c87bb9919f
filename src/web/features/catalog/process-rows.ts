import { formRootRule } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { ProcessStep, Role } from '../../api/types.js';
import type { Typed } from './content-values.js';

export const MAX_PROCESS_STEPS = 40;
/** Budgets are fractions of a unit (0,25 ngày): compare sums the way the server does. */
const EPSILON = 1e-9;

export interface ProcessRow {
  key: string;
  name: string;
  role: Role;
  /** null: the competent agency itself; kept as stored, this editor does not change it. */
  agencyId: string | null;
  budget: Typed;
}

export interface ProcessValues {
  steps: ProcessRow[];
}

/**
 * A first process to adjust rather than a blank table: receipt, handling, signature, the path
 * nearly every procedure takes. Data, so in Vietnamese whatever the interface language.
 */
const SUGGESTED_STEPS: readonly Omit<ProcessRow, 'key'>[] = [
  { name: 'Tiếp nhận hồ sơ', role: 'counter_officer', agencyId: null, budget: '' },
  { name: 'Thẩm định, xử lý hồ sơ', role: 'specialist', agencyId: null, budget: '' },
  { name: 'Phê duyệt, ký kết quả', role: 'leader', agencyId: null, budget: '' },
];

export function rowsFromSteps(steps: readonly ProcessStep[] | undefined): ProcessRow[] {
  const source = steps && steps.length > 0 ? steps : SUGGESTED_STEPS;
  return source.map((step) => ({ key: randomId(), ...step }));
}

export function newProcessRow(): ProcessRow {
  return { key: randomId(), name: '', role: 'specialist', agencyId: null, budget: '' };
}

/** Only call after validation, which guarantees every budget is a number. */
export function stepsFromRows(rows: readonly ProcessRow[]): ProcessStep[] {
  return rows.map((row) => ({
    name: row.name.trim(),
    role: row.role,
    agencyId: row.agencyId,
    budget: Number(row.budget),
  }));
}

export function budgetTotal(rows: readonly ProcessRow[]): number {
  return rows.reduce((sum, row) => {
    const budget = Number(row.budget);
    return sum + (row.budget === '' || Number.isNaN(budget) ? 0 : budget);
  }, 0);
}

export function budgetsAddUp(total: number, limit: number): boolean {
  return Math.abs(total - limit) <= EPSILON;
}

export function processRules(t: TFunction, limit: number, format: (amount: number) => string) {
  return {
    steps: {
      name: (value: string) => {
        const length = value.trim().length;
        if (length === 0) return t('catalog.validation.stepNameRequired');
        return length > 300 ? t('catalog.validation.tooLong', { max: 300 }) : null;
      },
      budget: (value: Typed) => {
        const budget = Number(value);
        return value === '' || Number.isNaN(budget) || budget < 0 || budget > 10_000
          ? t('catalog.validation.budgetInvalid')
          : null;
      },
      [formRootRule]: (rows: ProcessRow[]) => {
        const total = budgetTotal(rows);
        return budgetsAddUp(total, limit)
          ? null
          : t('catalog.validation.budgetsDoNotAddUp', {
              total: format(total),
              limit: format(limit),
            });
      },
    },
  };
}
