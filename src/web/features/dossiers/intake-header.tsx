import { Group } from '@mantine/core';
import { IconFilePlus, IconListDetails } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.js';
import { ButtonLink } from '../../ui/router-links.js';
import { NotificationsButton } from './notifications-button.js';

export type IntakeScreen = 'new' | 'list' | 'dossier';

/** The counter's screens, one click apart, with the officer's notices always in view. */
export function IntakeHeader({
  title,
  current,
  actions,
}: {
  title: string;
  current: IntakeScreen;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={title}
      actions={
        <Group gap="xs" component="nav" aria-label={t('dossier.screens.label')} wrap="wrap">
          <ButtonLink
            to="/tiep-nhan-ho-so"
            size="compact-md"
            variant={current === 'new' ? 'filled' : 'default'}
            aria-current={current === 'new' ? 'page' : undefined}
            leftSection={<IconFilePlus size={16} aria-hidden />}
          >
            {t('dossier.screens.new')}
          </ButtonLink>
          <ButtonLink
            to="/tiep-nhan-ho-so/danh-sach"
            size="compact-md"
            variant={current === 'list' ? 'filled' : 'default'}
            aria-current={current === 'list' ? 'page' : undefined}
            leftSection={<IconListDetails size={16} aria-hidden />}
          >
            {t('dossier.screens.list')}
          </ButtonLink>
          {actions}
          <NotificationsButton />
        </Group>
      }
    />
  );
}
