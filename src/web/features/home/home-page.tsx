import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title.js';
import { useCurrentUser } from '../auth/current-user.js';
import { RoleGrantList } from '../auth/role-grant-list.js';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('nav.home'));
  return (
    <>
      <Title order={1} size="h2">
        {t('home.greeting', { name: user.fullName })}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('home.agency', { agency: user.agency.name })}
      </Text>
      <Paper withBorder p="md" maw={760}>
        <Title order={2} size="h4" mb="sm">
          {t('home.rolesTitle')}
        </Title>
        <RoleGrantList roles={user.roles} />
      </Paper>
    </>
  );
}
