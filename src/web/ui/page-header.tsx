import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title.js';

export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <Group justify="space-between" mb="md" gap="sm">
      <Title order={1} size="h3">
        {title}
      </Title>
      {actions && <Group className="no-print">{actions}</Group>}
    </Group>
  );
}
