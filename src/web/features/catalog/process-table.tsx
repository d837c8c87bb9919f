import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types.js';
import { roleLabel } from '../../i18n/role-label.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatAmount, timeLimitText } from './catalog-text.js';

/** A published version's general internal process, read-only. */
export function ProcessTable({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const general = procedure.processes.find((process) => process.agencyId === null);
  if (!general) return <Text size="sm">{t('catalog.editor.noProcess')}</Text>;
  const total = general.steps.reduce((sum, step) => sum + step.budget, 0);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={32}>#</Table.Th>
            <Table.Th>{t('catalog.columns.step')}</Table.Th>
            <Table.Th>{t('catalog.columns.role')}</Table.Th>
            <Table.Th ta="right">{t('catalog.columns.budget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {general.steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: read-only rows, in the process's order
            <Table.Tr key={index}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>{step.name}</Table.Td>
              <Table.Td>{roleLabel(step.role, language)}</Table.Td>
              <Table.Td ta="right">{formatAmount(step.budget, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4} ta="right">
              {t('catalog.process.total', {
                total: formatAmount(total, language),
                limit: timeLimitText(t, language, procedure.content.timeLimit),
              })}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
