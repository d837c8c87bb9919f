import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarYearView } from '../../api/types.js';

/** Says whether the days off are the official ones or only what the law implies until then. */
export function NoticeSource({ view }: { view: CalendarYearView }) {
  const { t } = useTranslation();
  if (view.source === 'notice' && view.reference) {
    return <Text size="sm">{t('calendar.sourceNotice', { reference: view.reference })}</Text>;
  }
  return (
    <Text size="sm" c="orange.9">
      {t('calendar.sourceGenerated')}
    </Text>
  );
}
