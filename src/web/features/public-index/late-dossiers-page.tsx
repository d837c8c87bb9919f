import './public-index.css';

import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import {
  currentMonth,
  type LateDossier,
  lateDossiersQueryOptions,
  type PublicIndexSearch,
} from './public-index-api.js';
import { dayText, PublicPageHead, useMonthLabel } from './public-index-parts.js';

interface PageProps {
  search: PublicIndexSearch;
  onSearchChange: (next: PublicIndexSearch) => void;
}

/**
 * `/cong-khai/ho-so-tre-han`: the monthly public list of late dossiers (the plan's "monthly public
 * list of late agencies"), each agency a headed section with its table. Applicants' names come
 * masked from the server.
 */
export function LateDossiersPage({ search, onSearchChange }: PageProps) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const month = search.month ?? currentMonth();
  const query = useQuery(lateDossiersQueryOptions({ month, agencyId: search.agencyId }));
  usePageTitle(t('lateList.title'));
  const data = query.data;

  return (
    <Stack gap="md" className="public-index">
      <PublicPageHead
        title={t('lateList.title')}
        intro={t('lateList.intro')}
        month={month}
        onMonth={(m) => onSearchChange({ ...search, month: m })}
        search={search}
        self="/cong-khai/ho-so-tre-han"
        other={{ to: '/cong-khai/chi-so-phuc-vu', label: t('lateList.toIndex') }}
      />
      {query.error && <ProblemAlert error={query.error} />}
      {!data && !query.error && <FullPageLoader />}
      {data && (
        <>
          <Text size="sm" c="gray.7">
            {t('publicIndex.range', {
              unit: data.unit.name,
              from: dayText(data.from),
              to: dayText(data.to),
            })}
            {data.countedTo !== data.to &&
              ` ${t('publicIndex.countedTo', { day: dayText(data.countedTo) })}`}
          </Text>
          <Text fw={600} role="status">
            {data.total === 0
              ? t('lateList.none', { month: monthLabel(month) })
              : t('lateList.summary', {
                  month: monthLabel(month),
                  count: data.total,
                  agencies: data.agencies.length,
                })}
          </Text>
          {data.agencies.map(({ agency, items }) => (
            <AgencySection
              key={agency.id}
              id={agency.id}
              name={agency.name}
              items={items}
              month={monthLabel(month, true)}
            />
          ))}
          <Text size="sm" c="gray.7">
            {t('lateList.privacy')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function AgencySection(props: { id: string; name: string; items: LateDossier[]; month: string }) {
  const { t } = useTranslation();
  const headingId = `late-${props.id}`;
  return (
    <section aria-labelledby={headingId} className="public-index-section">
      <Title order={2} size="h4" id={headingId} mb="xs" lang="vi">
        {props.name}
      </Title>
      <div className="public-index-scroll">
        <Table captionSide="top" striped withTableBorder className="public-index-table">
          <Table.Caption>
            {t('lateList.tableCaption', { agency: props.name, month: props.month })} —{' '}
            {t('lateList.count', { count: props.items.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lateList.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('lateList.columns.procedure')}</Table.Th>
              <Table.Th scope="col">{t('lateList.columns.receivedAt')}</Table.Th>
              <Table.Th scope="col">{t('lateList.columns.dueAt')}</Table.Th>
              <Table.Th scope="col">{t('lateList.columns.finishedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.items.map((d, i) => (
              <Table.Tr key={d.code ?? i}>
                <Table.Th scope="row" fw={400} className="public-index-code">
                  {d.code ?? '—'}
                </Table.Th>
                <Table.Td lang="vi">{d.procedureName}</Table.Td>
                <Table.Td>{formatDateTime(d.receivedAt)}</Table.Td>
                <Table.Td>{d.dueAt ? formatDateTime(d.dueAt) : '—'}</Table.Td>
                <Table.Td>
                  {d.finishedAt ? formatDateTime(d.finishedAt) : t('lateList.stillOpen')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </section>
  );
}
