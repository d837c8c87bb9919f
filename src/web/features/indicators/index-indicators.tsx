import { Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../domain/indicators/periods.js';
import { percent } from '../../ui/format.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { progressQueryOptions } from './indicators-api.js';

/**
 * The indicators of the service index that the dossiers answer (2.1, 3.3, 4.1, 4.2) for the unit
 * and period of the dashboard: each ratio with what it divides, and the points it earns under the
 * scheme in force (full points at the target, else in proportion).
 */
export function IndexIndicators(props: { agencyId: string; period: PeriodKind; date: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(progressQueryOptions(props));
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  const points = (n: number | null) =>
    n === null
      ? '—'
      : n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
          maximumFractionDigits: 2,
        });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('indicators.index.title')}
      </Title>
      {query.error && <ProblemAlert error={query.error} />}
      {query.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <Table.Caption>
              {t('indicators.index.caption', { scheme: query.data.score.scheme })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.index.indicator')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.index.ratio')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.index.of')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.index.target')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.index.points')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Th scope="row" fw={400}>
                    {i.id} · {i.name}
                  </Table.Th>
                  <Table.Td ta="right">{percent(i.ratio, i18n.language)}</Table.Td>
                  <Table.Td ta="right">
                    {number(i.numerator)} / {number(i.denominator)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {i.target === null ? '100%' : percent(i.target, i18n.language)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {points(i.points)} / {points(i.max)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('indicators.index.note')}
      </Text>
    </Paper>
  );
}
