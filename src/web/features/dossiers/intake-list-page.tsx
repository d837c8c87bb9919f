import './dossiers.css';

import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconSearch,
} from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { RequirePermission } from '../auth/require-permission.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import { DateField } from '../catalog/date-field.js';
import { CounterSelect, useCounters } from './counter-select.js';
import { DeadlineBadge } from './deadline-badge.js';
import { nationalStatusText, STATE_COLORS } from './dossier-text.js';
import {
  DOSSIER_CHANNELS,
  DOSSIER_STATES,
  type DossierSummary,
  isDossierChannel,
  isDossierState,
} from './dossier-types.js';
import { awaitingQueryOptions, dossierListQueryOptions, registerUrl } from './dossiers-api.js';
import { IntakeHeader } from './intake-header.js';
import { daysBefore, type IntakeListSearch } from './intake-list-search.js';

interface IntakeListPageProps {
  search: IntakeListSearch;
  onSearchChange: (next: IntakeListSearch) => void;
}

export function IntakeListPage(props: IntakeListPageProps) {
  const { t } = useTranslation();
  return (
    <RequirePermission action="dossier.receive">
      <IntakeHeader title={t('dossier.list.title')} current="list" />
      <IntakeList {...props} />
    </RequirePermission>
  );
}

/** How far back an online dossier may still be waiting for its answer. */
const AWAITING_DAYS = 14;

function IntakeList({ search, onSearchChange }: IntakeListPageProps) {
  const { t } = useTranslation();
  const { counters, initial, pending } = useCounters();
  const today = todayInVietnam();
  const counter = search.counter ?? (initial || undefined);
  const from = search.from ?? today;
  const to = search.to ?? from;
  const params = {
    receivingAgencyId: counter,
    from,
    to,
    state: search.state,
    channel: search.channel,
    q: search.q,
  };
  const list = useInfiniteQuery({ ...dossierListQueryOptions(params), enabled: !pending });
  const awaiting = useQuery(awaitingQueryOptions(counter, daysBefore(today, AWAITING_DAYS), today));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const waiting = awaiting.data?.items ?? [];
  if (pending) return <FullPageLoader />;
  return (
    <Stack gap="md">
      {waiting.length > 0 && <AwaitingTable items={waiting} />}
      <Filters
        counters={counters}
        counter={counter}
        from={from}
        to={to}
        search={search}
        onSearchChange={onSearchChange}
      />
      {counter && <RegisterDownloads receivingAgencyId={counter} from={from} to={to} />}
      <section aria-labelledby="intake-list-results" aria-busy={list.isFetching}>
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="intake-list-results">
            {from === to
              ? t('dossier.list.resultsDay', { date: formatDay(from) })
              : t('dossier.list.resultsRange', { from: formatDay(from), to: formatDay(to) })}
          </Title>
          {list.isSuccess && (
            <Text size="sm" c="dimmed" role="status">
              {list.hasNextPage
                ? t('dossier.list.countMore', { count: items.length })
                : t('dossier.list.count', { count: items.length })}
            </Text>
          )}
        </Group>
        {list.isError && <ProblemAlert error={list.error} />}
        {list.isPending && <FullPageLoader />}
        {list.isSuccess &&
          (items.length === 0 ? (
            <Paper withBorder p="md">
              <Text size="sm">{t('dossier.list.empty')}</Text>
            </Paper>
          ) : (
            <DossiersTable items={items} />
          ))}
        {list.hasNextPage && (
          <Group justify="center" mt="sm" className="no-print">
            <Button
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('dossier.list.more')}
            </Button>
          </Group>
        )}
      </section>
    </Stack>
  );
}

function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function Filters({
  counters,
  counter,
  from,
  to,
  search,
  onSearchChange,
}: {
  counters: readonly Agency[];
  counter: string | undefined;
  from: string;
  to: string;
  search: IntakeListSearch;
  onSearchChange: (next: IntakeListSearch) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q ?? '');
  const applyText = useDebouncedCallback((value: string) => {
    const q = value.trim() || undefined;
    if (q !== search.q) onSearchChange({ ...search, q });
  }, 300);
  const today = todayInVietnam();
  return (
    <Paper withBorder p="sm" className="no-print">
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSearchChange({ ...search, q: text.trim() || undefined });
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <CounterSelect
              counters={counters}
              value={counter ?? null}
              onChange={(value) => onSearchChange({ ...search, counter: value ?? undefined })}
              style={{ flex: '2 1 18rem' }}
            />
            <DateField
              label={t('dossier.list.from')}
              value={from}
              max={today}
              onChange={(event) => {
                const value = event.currentTarget.value || undefined;
                onSearchChange({
                  ...search,
                  from: value === today ? undefined : value,
                  to: value && search.to && search.to < value ? undefined : search.to,
                });
              }}
              style={{ flex: '1 1 10rem' }}
            />
            <DateField
              label={t('dossier.list.to')}
              value={to}
              min={from}
              onChange={(event) =>
                onSearchChange({ ...search, to: event.currentTarget.value || undefined })
              }
              style={{ flex: '1 1 10rem' }}
            />
            <NativeSelect
              label={t('dossier.list.state')}
              data={[
                { value: '', label: t('dossier.list.allStates') },
                ...DOSSIER_STATES.map((state) => ({
                  value: state,
                  label: t(`dossier.states.${state}`),
                })),
              ]}
              value={search.state ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onSearchChange({ ...search, state: isDossierState(value) ? value : undefined });
              }}
              style={{ flex: '1 1 12rem' }}
            />
            <NativeSelect
              label={t('dossier.list.channel')}
              data={[
                { value: '', label: t('dossier.list.allChannels') },
                ...DOSSIER_CHANNELS.map((channel) => ({
                  value: channel,
                  label: t(`dossier.channels.${channel}`),
                })),
              ]}
              value={search.channel ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onSearchChange({
                  ...search,
                  channel: isDossierChannel(value) ? value : undefined,
                });
              }}
              style={{ flex: '1 1 9rem' }}
            />
            <TextInput
              type="search"
              label={t('dossier.list.search')}
              placeholder={t('dossier.list.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                applyText(event.currentTarget.value);
              }}
              style={{ flex: '2 1 14rem' }}
            />
          </Group>
        </form>
      </search>
    </Paper>
  );
}

/** Form 07 for the chosen counter and dates, as the province files it (PDF, A4) or as a sheet. */
function RegisterDownloads({
  receivingAgencyId,
  from,
  to,
}: {
  receivingAgencyId: string;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const params = { receivingAgencyId, from, to };
  return (
    <Group gap="xs" className="no-print">
      <Text size="sm" fw={500}>
        <IconDownload size={16} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
        {t('dossier.register.title')}
      </Text>
      <Button
        component="a"
        href={registerUrl('pdf', params)}
        target="_blank"
        rel="noopener"
        size="compact-sm"
        variant="light"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
      >
        {t('dossier.register.pdf')}
      </Button>
      <Button
        component="a"
        href={registerUrl('xlsx', params)}
        download
        size="compact-sm"
        variant="light"
        color="green"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      >
        {t('dossier.register.xlsx')}
      </Button>
    </Group>
  );
}

function DossiersTable({ items }: { items: readonly DossierSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        stickyHeader
        verticalSpacing={4}
        horizontalSpacing="xs"
        fz="sm"
        className="dossier-list"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dossier.list.columns.code')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.time')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.procedure')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.applicant')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.channel')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.state')}</Table.Th>
            <Table.Th>{t('dossier.list.columns.competent')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('dossier.list.columns.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }} ff="monospace">
                <AnchorLink to="/tiep-nhan-ho-so/$id" params={{ id: item.id }} size="sm">
                  {item.code ?? t('dossier.detail.noCode')}
                </AnchorLink>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(item.receivedAt ?? item.submittedAt)}
              </Table.Td>
              <Table.Td miw={220}>
                <Text size="sm" lh={1.3}>
                  {item.procedureName}
                </Text>
                <Text size="xs" c="dimmed">
                  {item.procedureCode}
                </Text>
              </Table.Td>
              <Table.Td miw={140}>{item.applicantName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t(`dossier.channels.${item.channel}`)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={`${STATE_COLORS[item.state]}.9`} fw={500}>
                  {nationalStatusText(t, language, item.nationalStatus)}
                </Text>
              </Table.Td>
              <Table.Td miw={140}>{item.competentAgencyName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.state === 'awaiting_acceptance' && item.acceptanceDueAt ? (
                  <DeadlineBadge dueAt={item.acceptanceDueAt} compact />
                ) : item.dueAt ? (
                  formatDateTime(item.dueAt)
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Online arrivals still waiting for the counter's answer, nearest deadline first. */
function AwaitingTable({ items }: { items: readonly DossierSummary[] }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) =>
    (a.acceptanceDueAt ?? '').localeCompare(b.acceptanceDueAt ?? ''),
  );
  return (
    <Paper withBorder p="sm" bg="orange.0" className="no-print">
      <section aria-labelledby="intake-awaiting">
        <Title order={2} size="h4" id="intake-awaiting" mb="xs">
          {t('dossier.list.awaitingTitle', { count: items.length })}
        </Title>
        <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dossier.list.columns.procedure')}</Table.Th>
              <Table.Th>{t('dossier.list.columns.applicant')}</Table.Th>
              <Table.Th>{t('dossier.list.columns.submitted')}</Table.Th>
              <Table.Th>{t('dossier.detail.acceptanceDueAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <AnchorLink to="/tiep-nhan-ho-so/$id" params={{ id: item.id }} size="sm">
                    {item.procedureName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{item.applicantName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(item.submittedAt)}
                </Table.Td>
                <Table.Td>
                  {item.acceptanceDueAt ? <DeadlineBadge dueAt={item.acceptanceDueAt} /> : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Paper>
  );
}
