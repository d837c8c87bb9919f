import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import type { ImportRunView } from './dossier-import-api.js';
import { countText } from './import-text.js';
import { RejectsLink, RunStateBadge, RunStateDetails } from './run-status.js';

/** The recent runs, newest first, each with its progress or outcome. */
export function RunsTable({ runs, labelledBy }: { runs: ImportRunView[]; labelledBy: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (runs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dossierImport.runs.empty')}
      </Text>
    );
  const count = (n: number) => countText(n, language);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        striped
        withTableBorder
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
        aria-labelledby={labelledBy}
        styles={{ th: { whiteSpace: 'nowrap' } }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossierImport.runs.columns.file')}</Table.Th>
            <Table.Th scope="col">{t('dossierImport.runs.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('dossierImport.runs.columns.startedAt')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dossierImport.runs.columns.lines')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dossierImport.runs.columns.imported')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dossierImport.runs.columns.unchanged')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dossierImport.runs.columns.rejected')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id} style={{ verticalAlign: 'top' }}>
              {/* The file names the row for screen readers moving along a column. */}
              <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }} maw={260}>
                {run.fileName}
              </Table.Th>
              <Table.Td miw={220}>
                <Stack gap={4} align="flex-start">
                  <RunStateBadge run={run} />
                  <RunStateDetails run={run} />
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.startedAt)}</Table.Td>
              <Table.Td ta="right">{count(run.lines)}</Table.Td>
              <Table.Td ta="right">{count(run.imported)}</Table.Td>
              <Table.Td ta="right">{count(run.unchanged)}</Table.Td>
              <Table.Td ta="right">
                <Stack gap={2} align="flex-end">
                  <span>{count(run.rejected)}</span>
                  {run.rejected > 0 && <RejectsLink run={run} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
