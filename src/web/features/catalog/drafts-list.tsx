import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/router-links.js';
import { draftsQueryOptions } from './catalog-api.js';

/** Drafts do not appear in the search (published versions only), so they are listed apart. */
export function DraftsList() {
  const { t } = useTranslation();
  const drafts = useQuery(draftsQueryOptions());
  if (!drafts.data || drafts.data.items.length === 0) return null;
  return (
    <Paper withBorder p="sm" className="no-print">
      <Title order={2} size="h5" mb={4}>
        {t('catalog.draftsTitle')}
      </Title>
      <Stack gap={2}>
        {drafts.data.items.map((d) => (
          <Group key={d.nationalCode} gap="xs" wrap="nowrap">
            <Text ff="monospace" size="sm">
              {d.nationalCode}
            </Text>
            <AnchorLink
              to="/danh-muc-tthc/$code"
              params={{ code: d.nationalCode }}
              search={{ version: d.versionNo }}
              size="sm"
            >
              {d.name}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {t('catalog.draftVersion', { version: d.versionNo })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
