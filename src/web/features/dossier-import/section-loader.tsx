import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A part of the page still loading, without taking the page's height as the full loader does. */
export function SectionLoader() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status" py="xs">
      <Loader size="sm" aria-hidden />
      <Text size="sm" c="dimmed">
        {t('app.loading')}
      </Text>
    </Group>
  );
}
