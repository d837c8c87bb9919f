import type { TFunction } from 'i18next';
import type { ProcedureLevel } from '../../api/types.js';
import { NATIONAL_CODE } from './catalog-options.js';
import { type ContentValues, MAX_STEPS, stepLines, type Typed } from './content-values.js';

/**
 * The limits of the server's content schema, phrased for officers so that a slip shows before
 * "Lưu dự thảo". Whether the procedure hangs together (a counter way, a post way when post is
 * accepted…) is the server's check at publication, where its messages come back to these fields.
 */
const MAX_AMOUNT = 10_000;
const MAX_COUNT = 20;
const MAX_VND = 1_000_000_000_000;

function required(t: TFunction, value: string, max: number, missing: string): string | null {
  const length = value.trim().length;
  if (length === 0) return missing;
  return length > max ? t('catalog.validation.tooLong', { max }) : null;
}

function optionalText(t: TFunction, value: string, max: number): string | null {
  return value.trim().length > max ? t('catalog.validation.tooLong', { max }) : null;
}

function wholeNumber(value: Typed, max: number): boolean {
  const number = Number(value);
  return value !== '' && Number.isInteger(number) && number >= 0 && number <= max;
}

export function codeError(t: TFunction, value: string): string | null {
  return NATIONAL_CODE.test(value.trim()) ? null : t('catalog.validation.codeInvalid');
}

export function nameError(t: TFunction, value: string): string | null {
  return required(t, value, 500, t('catalog.validation.nameRequired'));
}

export function fieldError(t: TFunction, value: string): string | null {
  return required(t, value, 200, t('catalog.validation.fieldRequired'));
}

export function agencyError(
  t: TFunction,
  value: string | null,
  level: ProcedureLevel,
): string | null {
  return level === 'commune' || value ? null : t('catalog.validation.agencyRequired');
}

export function amountError(t: TFunction, value: Typed): string | null {
  return wholeNumber(value, MAX_AMOUNT) ? null : t('catalog.validation.amountInvalid');
}

function rowIndex(path: string, list: string): number {
  const match = new RegExp(`^${list}\\.(\\d+)\\.`).exec(path);
  return Number(match?.[1] ?? -1);
}

export function contentRules(t: TFunction) {
  return {
    name: (value: string) => nameError(t, value),
    field: (value: string) => fieldError(t, value),
    agencyId: (value: string | null, values: ContentValues) => agencyError(t, value, values.level),
    timeLimit: { amount: (value: Typed) => amountError(t, value) },
    conditions: (value: string) => optionalText(t, value, 5000),
    ways: {
      channel: (value: string, values: ContentValues, path: string) => {
        const index = rowIndex(path, 'ways');
        const repeated = values.ways.some((other, i) => i < index && other.channel === value);
        return repeated ? t('catalog.validation.channelDuplicate') : null;
      },
      timeLimit: { amount: (value: Typed) => amountError(t, value) },
      fees: {
        name: (value: string) => required(t, value, 300, t('catalog.validation.feeNameRequired')),
        amountVnd: (value: Typed) =>
          wholeNumber(value, MAX_VND) ? null : t('catalog.validation.moneyInvalid'),
      },
    },
    steps: (value: string) => {
      const lines = stepLines(value);
      if (lines.length === 0) return t('catalog.validation.stepsRequired');
      if (lines.length > MAX_STEPS) return t('catalog.validation.tooManySteps', { max: MAX_STEPS });
      return lines.some((line) => line.length > 4000)
        ? t('catalog.validation.tooLong', { max: 4000 })
        : null;
    },
    components: {
      name: (value: string) =>
        required(t, value, 1000, t('catalog.validation.componentNameRequired')),
      originals: (value: Typed) =>
        wholeNumber(value, MAX_COUNT) ? null : t('catalog.validation.countInvalid'),
      copies: (value: Typed) =>
        wholeNumber(value, MAX_COUNT) ? null : t('catalog.validation.countInvalid'),
      documentTypeCode: (value: string) => optionalText(t, value, 30),
      form: {
        name: (value: string, values: ContentValues, path: string) => {
          const row = values.components[rowIndex(path, 'components')];
          if (!value.trim() && row?.form.url.trim())
            return t('catalog.validation.formNameRequired');
          return optionalText(t, value, 300);
        },
        url: (value: string) => optionalText(t, value, 500),
      },
    },
    results: {
      name: (value: string) => required(t, value, 500, t('catalog.validation.resultNameRequired')),
      resultTypeCode: (value: string) => optionalText(t, value, 30),
    },
    applicantTypes: (value: readonly string[]) =>
      value.length > 0 ? null : t('catalog.validation.applicantsRequired'),
    legalBases: {
      number: (value: string) =>
        required(t, value, 100, t('catalog.validation.legalNumberRequired')),
      title: (value: string) => required(t, value, 500, t('catalog.validation.legalTitleRequired')),
    },
  };
}
