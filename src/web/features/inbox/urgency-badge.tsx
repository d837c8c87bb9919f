import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { URGENCY_COLORS, type Urgency } from './inbox-api.js';

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={URGENCY_COLORS[urgency]}
      variant={urgency === 'ok' || urgency === 'paused' ? 'light' : 'filled'}
      style={{ textTransform: 'none' }}
      data-urgency={urgency}
    >
      {t(`inbox.urgency.${urgency}`)}
    </Badge>
  );
}
