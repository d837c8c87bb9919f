import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureSummary } from '../../api/types.js';
import { useLanguage } from '../../i18n/use-language.js';
import { AnchorLink } from '../../ui/router-links.js';
import { timeLimitText } from './catalog-text.js';

/** The officers' list: one dense row a procedure, its name opening the editor. */
export function ProceduresTable({ items }: { items: readonly ProcedureSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        stickyHeader
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.columns.code')}</Table.Th>
            <Table.Th>{t('catalog.columns.name')}</Table.Th>
            <Table.Th>{t('catalog.facts.field')}</Table.Th>
            <Table.Th>{t('catalog.facts.level')}</Table.Th>
            <Table.Th>{t('catalog.facts.agency')}</Table.Th>
            <Table.Th>{t('catalog.columns.shortTimeLimit')}</Table.Th>
            <Table.Th>{t('catalog.columns.online')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.nationalCode}>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {item.nationalCode}
              </Table.Td>
              <Table.Td miw={240}>
                <AnchorLink
                  to="/danh-muc-tthc/$code"
                  params={{ code: item.nationalCode }}
                  size="sm"
                >
                  {item.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td miw={110}>{item.field}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`catalog.levels.${item.level}`)}
              </Table.Td>
              <Table.Td miw={150}>{item.competentAgency}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {timeLimitText(t, language, item.timeLimit)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`catalog.onlineLevels.${item.onlineLevel}`)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
