import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { RequirePermission } from '../auth/require-permission.js';
import { stateText } from '../dossiers/dossier-text.js';
import { type Bucket, dossiersBehindQueryOptions, type IndicatorSearch } from './indicators-api.js';

export interface DossiersBehindSearch extends Required<IndicatorSearch> {
  bucket: Bucket;
}

/** The dossiers behind one figure of the dashboard: the drill-down. */
export function DossiersBehindPage({ search }: { search: DossiersBehindSearch }) {
  return (
    <RequirePermission action="indicator.read">
      <DossiersBehind search={search} />
    </RequirePermission>
  );
}

function DossiersBehind({ search }: { search: DossiersBehindSearch }) {
  const { t } = useTranslation();
  const query = useQuery(dossiersBehindQueryOptions(search));
  return (
    <Stack gap="md">
      <PageHeader title={t(`indicators.columns.${search.bucket}`)} />
      <AnchorLink
        to="/chi-so-phuc-vu"
        search={{ agencyId: search.agencyId, period: search.period, date: search.date }}
        className="no-print"
      >
        {t('indicators.back')}
      </AnchorLink>
      {query.error && <ProblemAlert error={query.error} />}
      {!query.data && !query.error && <FullPageLoader />}
      {query.data && (
        <>
          <Text size="sm">
            {query.data.total > query.data.items.length
              ? t('indicators.listedOf', {
                  shown: query.data.items.length,
                  total: query.data.total,
                })
              : t('indicators.listed', { total: query.data.total })}
          </Text>
          <Table striped withTableBorder aria-label={t(`indicators.columns.${search.bucket}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inbox.columns.code')}</Table.Th>
                <Table.Th>{t('inbox.columns.procedure')}</Table.Th>
                <Table.Th>{t('inbox.columns.applicant')}</Table.Th>
                <Table.Th>{t('indicators.receivedAt')}</Table.Th>
                <Table.Th>{t('inbox.columns.dueAt')}</Table.Th>
                <Table.Th>{t('indicators.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <AnchorLink to="/tiep-nhan-ho-so/$id" params={{ id: d.id }}>
                      {d.code ?? t('inbox.noCode')}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{d.procedureName}</Table.Td>
                  <Table.Td>{d.applicantName}</Table.Td>
                  <Table.Td>{formatDateTime(d.receivedAt)}</Table.Td>
                  <Table.Td>{d.dueAt ? formatDateTime(d.dueAt) : '—'}</Table.Td>
                  <Table.Td>{stateText(t, d.state)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
