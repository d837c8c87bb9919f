import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { currentMonth, monthChoices } from './public-index-api.js';

export { dmy as dayText, percent } from '../../ui/format.js';

/** "Tháng 12/2026" (or "tháng 12/2026" within a sentence), "December 2026" in English. */
export function useMonthLabel(): (month: string, inSentence?: boolean) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (month: string, inSentence = false) => {
    const [year = '', number = ''] = month.split('-');
    const monthName = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
    const key = inSentence ? 'publicIndex.monthInline' : 'publicIndex.monthLabel';
    return t(key, { month: number, year, monthName });
  };
}

/**
 * The month shown: a native select, which every browser, keyboard and screen reader knows, on a
 * phone as on a desk. The months of the last two years, and the one in the address if older.
 */
export function MonthPicker(props: { value: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  const label = useMonthLabel();
  const choices = monthChoices(currentMonth());
  if (!choices.includes(props.value)) choices.push(props.value);
  return (
    <NativeSelect
      className="no-print"
      label={t('publicIndex.month')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={choices.map((m) => ({ value: m, label: label(m) }))}
      w={220}
    />
  );
}

/** Met or not as words and a sign, never as a colour alone. */
export function TargetMark({ met }: { met: boolean | null }) {
  const { t } = useTranslation();
  if (met === null) return <span>{t('publicIndex.noFigure')}</span>;
  return (
    <span className="public-index-mark" data-met={met}>
      <span aria-hidden>{met ? '✓ ' : '✗ '}</span>
      {met ? t('publicIndex.met') : t('publicIndex.missed')}
    </span>
  );
}
