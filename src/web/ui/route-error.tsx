import { Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert.js';

export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" p="md">
      <Stack maw={560} w="100%">
        <ProblemAlert error={error} />
        <Button variant="light" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      </Stack>
    </Center>
  );
}
