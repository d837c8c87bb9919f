import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../api/types.js';
import { useCan } from './current-user.js';

/**
 * Hides what the menu would not offer, for officers who type the address. The server checks
 * again on every request; this only spares them a page of failures.
 */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  if (useCan(action)) return children;
  return (
    <Alert role="alert" color="orange" icon={<IconLock aria-hidden />}>
      <Text size="sm" fw={600}>
        {t('forbidden.title')}
      </Text>
      <Text size="sm">{t('forbidden.body')}</Text>
    </Alert>
  );
}
