import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/types.js';
import { roleLabel } from '../../i18n/role-label.js';
import { useLanguage } from '../../i18n/use-language.js';

export function RoleGrantList({ roles }: { roles: SessionUser['roles'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (roles.length === 0) return <Text c="dimmed">{t('home.noRoles')}</Text>;
  return (
    <List spacing="xs">
      {roles.map((grant) => (
        <List.Item key={`${grant.role}:${grant.agencyId}`}>
          <Text span fw={600}>
            {roleLabel(grant.role, language)}
          </Text>
          <Text span c="dimmed">
            {' — '}
            {t('home.roleScope', { agency: grant.agencyName })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
