import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format-date.js';

export function UserStatusBadge({ user, now }: { user: UserView; now: number }) {
  const { t } = useTranslation();
  if (!user.active) {
    return (
      <Badge color="gray" variant="light">
        {t('users.status.inactive')}
      </Badge>
    );
  }
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) {
    return (
      <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
        {t('users.status.locked', { until: formatDateTime(user.lockedUntil) })}
      </Badge>
    );
  }
  return (
    <Badge color="green" variant="light">
      {t('users.status.active')}
    </Badge>
  );
}
