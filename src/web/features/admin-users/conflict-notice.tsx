import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.js';
import { ProblemAlert } from '../../ui/problem-alert.js';

export function ConflictNotice({ conflict }: { conflict: ApiError | null }) {
  const { t } = useTranslation();
  if (!conflict) return null;
  return (
    <>
      <ProblemAlert error={conflict} />
      <Text size="sm" c="dimmed">
        {t('users.notices.conflictReloaded')}
      </Text>
    </>
  );
}
