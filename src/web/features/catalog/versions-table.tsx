import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersionInfo } from '../../api/types.js';
import { AnchorLink } from '../../ui/router-links.js';
import { formatIsoDate } from '../calendar/day-text.js';
import { STATE_COLOURS } from './catalog-options.js';

interface VersionsTableProps {
  code: string;
  versions: readonly ProcedureVersionInfo[];
  shown: number;
}

/** Every version with its state, newest first; each opens in the editor by its address. */
export function VersionsTable({ code, versions, shown }: VersionsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder verticalSpacing={4} horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalog.columns.version')}</Table.Th>
            <Table.Th>{t('catalog.columns.state')}</Table.Th>
            <Table.Th>{t('catalog.columns.validFrom')}</Table.Th>
            <Table.Th>{t('catalog.columns.validTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((version) => {
            const label = t('catalog.versionLink', { version: version.versionNo });
            const isShown = version.versionNo === shown;
            return (
              <Table.Tr key={version.versionNo} bg={isShown ? 'blue.0' : undefined}>
                <Table.Td>
                  {isShown ? (
                    <Text span size="sm" fw={700} aria-current="page">
                      {label} ({t('catalog.editor.shown')})
                    </Text>
                  ) : (
                    <AnchorLink
                      to="/danh-muc-tthc/$code"
                      params={{ code }}
                      search={{ version: version.versionNo }}
                      size="sm"
                    >
                      {label}
                    </AnchorLink>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOURS[version.state]} variant="light" tt="none">
                    {t(`catalog.states.${version.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{version.validFrom ? formatIsoDate(version.validFrom) : '—'}</Table.Td>
                <Table.Td>{version.validTo ? formatIsoDate(version.validTo) : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
