/**
 * How the pages write shares and dates: the reader's language's percent ("93,5%" in Vietnamese,
 * "93.5%" in English), and dates as Vietnamese documents write them (dd/mm/yyyy).
 */
export function percent(ratio: number | null, language: string, digits = 1): string {
  if (ratio === null) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** YYYY-MM-DD as dd/mm/yyyy. */
export const dmy = (date: string) => date.split('-').reverse().join('/');
