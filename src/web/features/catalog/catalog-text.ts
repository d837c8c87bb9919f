import type { TFunction } from 'i18next';
import type { TimeLimit } from '../../api/types.js';
import type { Language } from '../../i18n/language.js';

const amountFormats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

/** Fees are in whole đồng and read the Vietnamese way ("200.000 ₫") whatever the language. */
const vndFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });

/** "0,75" in Vietnamese, "0.75" in English: a process step may take part of a day. */
export function formatAmount(amount: number, language: Language): string {
  return amountFormats[language].format(amount);
}

export function formatVnd(amount: number): string {
  return vndFormat.format(amount);
}

export function unitText(t: TFunction, unit: TimeLimit['unit'], amount: number): string {
  return amount === 1 ? t(`catalog.unitsOne.${unit}`) : t(`catalog.units.${unit}`);
}

/** "10 ngày làm việc". */
export function timeLimitText(t: TFunction, language: Language, limit: TimeLimit): string {
  return t('catalog.timeLimit', {
    amount: formatAmount(limit.amount, language),
    unit: unitText(t, limit.unit, limit.amount),
  });
}
