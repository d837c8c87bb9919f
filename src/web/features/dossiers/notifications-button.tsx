import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell, IconCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { DeadlineBadge } from './deadline-badge.js';
import type { DossierNotification } from './dossier-types.js';
import {
  markNotificationRead,
  notificationsQueryKey,
  notificationsQueryOptions,
} from './dossiers-api.js';

/**
 * The officer's unread notices (online arrivals above all), each with its dossier's answer
 * deadline while it waits for one; opening one marks it read.
 */
export function NotificationsButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const notifications = useQuery(notificationsQueryOptions);
  const items = notifications.data?.items ?? [];
  const count = items.length;
  const label =
    count > 0 ? t('dossier.notifications.unread', { count }) : t('dossier.notifications.none');
  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator
          label={count > 99 ? '99+' : count}
          size={18}
          color="red"
          disabled={count === 0}
          offset={4}
        >
          <ActionIcon
            variant={count > 0 ? 'light' : 'default'}
            color={count > 0 ? 'orange' : undefined}
            size="lg"
            aria-label={label}
            title={label}
            onClick={() => setOpened((open) => !open)}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">
          {t('dossier.notifications.title')}
        </Text>
        {notifications.isError && <ProblemAlert error={notifications.error} />}
        {notifications.isSuccess && count === 0 && (
          <Text size="sm" c="dimmed">
            {t('dossier.notifications.none')}
          </Text>
        )}
        {count > 0 && <NotificationList items={items} onOpen={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({
  items,
  onOpen,
}: {
  items: readonly DossierNotification[];
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => {
          const open = () => {
            read.mutate(item.id);
            onOpen();
            if (item.dossierId)
              void navigate({ to: '/tiep-nhan-ho-so/$id', params: { id: item.dossierId } });
          };
          return (
            <li key={item.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600} lh={1.3}>
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.createdAt)}
                    {item.dossierCode ? ` · ${item.dossierCode}` : ''}
                  </Text>
                  {item.acceptanceDueAt && <DeadlineBadge dueAt={item.acceptanceDueAt} compact />}
                </UnstyledButton>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t('dossier.notifications.markRead', { title: item.title })}
                  title={t('dossier.notifications.markRead', { title: item.title })}
                  onClick={() => read.mutate(item.id)}
                >
                  <IconCheck size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </li>
          );
        })}
      </Stack>
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        onClick={() => {
          for (const item of items) read.mutate(item.id);
        }}
      >
        {t('dossier.notifications.markAllRead')}
      </Button>
    </ScrollArea.Autosize>
  );
}
