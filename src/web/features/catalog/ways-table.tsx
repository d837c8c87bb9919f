import { List, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProcedureWay, WayFee } from '../../api/types.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatVnd, timeLimitText } from './catalog-text.js';

/** The catalogue's words for the kinds, which fee names usually begin with ("Phí cung cấp…"). */
const KIND_WORDS: Record<WayFee['kind'], string> = { phi: 'phí', le_phi: 'lệ phí' };

/** "Lệ phí: Cấp bản sao" — without saying "Phí: Phí cung cấp…" when the name already does. */
function feeName(t: TFunction, fee: WayFee): string {
  const named = fee.name.toLocaleLowerCase('vi').startsWith(KIND_WORDS[fee.kind]);
  return named ? fee.name : `${t(`catalog.feeKinds.${fee.kind}`)}: ${fee.name}`;
}

export function WaysTable({ ways }: { ways: readonly ProcedureWay[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = {
    channel: t('catalog.columns.channel'),
    timeLimit: t('catalog.columns.timeLimit'),
    fees: t('catalog.columns.fees'),
  };
  return (
    <Table
      className="catalog-stacked"
      role="table"
      withTableBorder
      verticalSpacing={6}
      horizontalSpacing="xs"
      fz="sm"
    >
      <Table.Thead role="rowgroup">
        <Table.Tr role="row">
          <Table.Th role="columnheader">{columns.channel}</Table.Th>
          <Table.Th role="columnheader" w="11rem">
            {columns.timeLimit}
          </Table.Th>
          <Table.Th role="columnheader" w="40%">
            {columns.fees}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody role="rowgroup">
        {ways.map((way) => (
          <Table.Tr key={way.channel} role="row" style={{ verticalAlign: 'top' }}>
            <Table.Td role="cell" data-label={columns.channel}>
              <div>
                <Text size="sm" fw={600}>
                  {t(`catalog.channels.${way.channel}`)}
                </Text>
                {way.description && (
                  <Text size="xs" c="dimmed">
                    {way.description}
                  </Text>
                )}
              </div>
            </Table.Td>
            <Table.Td role="cell" data-label={columns.timeLimit}>
              {timeLimitText(t, language, way.timeLimit)}
            </Table.Td>
            <Table.Td role="cell" data-label={columns.fees}>
              {way.fees.length === 0 ? (
                t('catalog.noFee')
              ) : (
                <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
                  {way.fees.map((fee) => (
                    <List.Item key={`${fee.kind}:${fee.name}`}>
                      {feeName(t, fee)} —{' '}
                      <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {formatVnd(fee.amountVnd)}
                      </Text>
                      {fee.note && (
                        <Text size="xs" c="dimmed">
                          {fee.note}
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
