import { Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { AnchorLink } from '../../ui/router-links.js';
import { currentMonth, monthChoices, type PublicIndexSearch } from './public-index-api.js';

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

/**
 * The head of both public pages: title and introduction, the month and print (not printed), a
 * link to the other page for the same month and unit, and back to the whole province when a unit
 * is chosen.
 */
export function PublicPageHead(props: {
  title: string;
  intro: string;
  month: string;
  onMonth: (month: string) => void;
  search: PublicIndexSearch;
  self: '/cong-khai/chi-so-phuc-vu' | '/cong-khai/ho-so-tre-han';
  other: { to: '/cong-khai/chi-so-phuc-vu' | '/cong-khai/ho-so-tre-han'; label: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Text c="gray.7">{props.intro}</Text>
      </div>
      <Group align="flex-end" gap="md" className="no-print">
        <MonthPicker value={props.month} onChange={props.onMonth} />
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
        >
          {t('publicIndex.print')}
        </Button>
      </Group>
      <Group gap="lg" className="no-print">
        <AnchorLink
          to={props.other.to}
          search={{ month: props.search.month, agencyId: props.search.agencyId }}
        >
          {props.other.label}
        </AnchorLink>
        {props.search.agencyId && (
          <AnchorLink to={props.self} search={{ month: props.search.month }}>
            {t('publicIndex.wholeProvince')}
          </AnchorLink>
        )}
      </Group>
    </>
  );
}
