import { Badge, Group, Text } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { DEADLINE_COLORS, deadlineLevel, durationText } from './dossier-text.js';

/** The clock of the page, ticking each half minute so deadlines change colour as they near. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * A deadline (the 8-working-hour answer of an online dossier, a step, a partner agency's part):
 * the time, and how long is left or how late it is, in words as well as colour. `label` says the
 * time otherwise ("hết ngày …" for a limit in days).
 */
export function DeadlineBadge({
  dueAt,
  compact = false,
  label,
}: {
  dueAt: string;
  compact?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const level = deadlineLevel(dueAt, now);
  const left = new Date(dueAt).getTime() - now;
  const relative =
    level === 'overdue'
      ? t('dossier.deadline.overdue', { duration: durationText(t, left) })
      : t('dossier.deadline.left', { duration: durationText(t, left) });
  return (
    <Group gap={6} wrap="nowrap" component="span">
      {!compact && (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {label ?? formatDateTime(dueAt)}
        </Text>
      )}
      <Badge
        color={DEADLINE_COLORS[level]}
        variant={level === 'ok' ? 'light' : 'filled'}
        leftSection={<IconAlarm size={12} aria-hidden />}
        title={formatDateTime(dueAt)}
        // Whole even in a narrow table column (a flex item would otherwise shrink to "cò…").
        style={{ textTransform: 'none', minWidth: 'max-content' }}
      >
        {compact ? `${formatDateTime(dueAt)} · ${relative}` : relative}
      </Badge>
    </Group>
  );
}
