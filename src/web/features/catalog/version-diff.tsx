import { Code, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { procedureDiffQueryOptions } from './catalog-api.js';
import { sectionLabel } from './field-labels.js';

interface VersionDiffProps {
  code: string;
  from: number;
  to: number;
}

function shownValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '')
    return `(${t('catalog.editor.empty')})`;
  if (typeof value === 'boolean') return value ? t('catalog.yes') : t('catalog.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** Field by field, what one version changed from the one before it. */
export function VersionDiff({ code, from, to }: VersionDiffProps) {
  const { t } = useTranslation();
  const diff = useQuery(procedureDiffQueryOptions(code, from, to));
  if (diff.isError) return <ProblemAlert error={diff.error} />;
  if (!diff.data) return <FullPageLoader />;
  if (diff.data.changes.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text size="sm">{t('catalog.editor.noChanges')}</Text>
      </Paper>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('catalog.columns.change')}</Table.Th>
            <Table.Th>{t('catalog.columns.before')}</Table.Th>
            <Table.Th>{t('catalog.columns.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.data.changes.map((change) => (
            <Table.Tr key={change.path} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Text size="sm">{sectionLabel(t, change.path)}</Text>
                <Code fz="xs">{change.path}</Code>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {shownValue(t, change.before)}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{shownValue(t, change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
