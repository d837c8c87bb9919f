import { Button, Paper, Text } from '@mantine/core';
import { IconBarrierBlock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../features/auth/require-permission.js';
import { type NavPath, navItem } from './nav-items.js';
import { PageHeader } from './page-header.js';

/** Stands in for features of later milestones, so that the menu is already complete. */
export function UnderConstructionPage({ path }: { path: NavPath }) {
  const { t } = useTranslation();
  const item = navItem(path);
  const feature = t(`nav.${item.label}`);
  const page = (
    <>
      <PageHeader title={feature} />
      <Paper withBorder p="lg" maw={640}>
        <IconBarrierBlock size={32} aria-hidden />
        <Text fw={600} mt="xs">
          {t('placeholder.title')}
        </Text>
        <Text c="dimmed" mb="md">
          {t('placeholder.body', { feature })}
        </Text>
        <Button component={Link} to="/" variant="light">
          {t('placeholder.back')}
        </Button>
      </Paper>
    </>
  );
  return item.permission ? (
    <RequirePermission action={item.permission}>{page}</RequirePermission>
  ) : (
    page
  );
}
