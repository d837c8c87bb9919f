import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format-date.js';

const badgeProps = {
  variant: 'light',
  tt: 'none',
  style: { overflow: 'visible' },
  styles: { label: { overflow: 'visible', textOverflow: 'clip' } },
} as const;

export function UserStatusBadge({ user, now }: { user: UserView; now: number }) {
  const { t } = useTranslation();
  if (!user.active) {
    return (
      <Badge color="gray" {...badgeProps}>
        {t('users.status.inactive')}
      </Badge>
    );
  }
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
    return (
      <>
        <Badge color="orange" {...badgeProps}>
          {t('users.status.locked')}
        </Badge>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('users.status.lockedUntil', { until: formatDateTime(user.lockedUntil) })}
        </Text>
      </>
    );
  }
  return (
    <Badge color="green" {...badgeProps}>
      {t('users.status.active')}
    </Badge>
  );
}
