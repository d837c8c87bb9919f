import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.js';
import { useCurrentUser } from '../auth/current-user.js';
import { ChangePasswordForm } from './change-password-form.js';
import { ProfileCard } from './profile-card.js';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ProfileCard user={user} />
        <ChangePasswordForm />
      </SimpleGrid>
    </>
  );
}
