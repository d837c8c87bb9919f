import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useCan } from '../auth/current-user.js';
import { RequirePermission } from '../auth/require-permission.js';
import { stateText } from '../dossiers/dossier-text.js';
import {
  type InboxCounts,
  type InboxItem,
  type InboxScope,
  inboxQueryOptions,
  URGENCIES,
  URGENCY_COLORS,
  type Urgency,
} from './inbox-api.js';
import { type InboxSearch, isInboxScope } from './inbox-search.js';
import { UrgencyBadge } from './urgency-badge.js';

interface InboxPageProps {
  search: InboxSearch;
  onSearchChange: (next: InboxSearch) => void;
}

export function InboxPage(props: InboxPageProps) {
  return (
    <RequirePermission action="dossier.process">
      <InboxScreen {...props} />
    </RequirePermission>
  );
}

function InboxScreen({ search: filters, onSearchChange }: InboxPageProps) {
  const { t } = useTranslation();
  const mayAssign = useCan('dossier.assign');
  // A leader starts from the agency's dossiers (to assign them), a specialist from their own.
  const scope: InboxScope = filters.scope ?? (mayAssign ? 'agency' : 'mine');
  const { urgency, q } = filters;
  const unassigned = filters.unassigned === true;
  const [text, setText] = useState(q ?? '');
  const applyText = useDebouncedCallback((value: string) => {
    const next = value.trim() || undefined;
    if (next !== filters.q) onSearchChange({ ...filters, q: next });
  }, 300);
  const search = useRef<HTMLInputElement>(null);
  // "/" goes to the search from anywhere but a text box: also from the switch or the scope just
  // used (inputs too, which the hook would otherwise ignore).
  useHotkeys(
    [
      [
        '/',
        (event) => {
          if (typesText(event.target)) return;
          event.preventDefault();
          search.current?.focus();
        },
        { preventDefault: false },
      ],
    ],
    ['TEXTAREA', 'SELECT'],
  );
  const inbox = useInfiniteQuery(
    inboxQueryOptions({
      scope,
      urgency,
      q,
      ...(scope === 'agency' && unassigned ? { unassigned: true } : {}),
    }),
  );
  const pages = inbox.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const counts = pages[0]?.counts;
  return (
    <>
      <PageHeader title={t('inbox.title')} />
      <Stack gap="md">
        <Paper withBorder p="sm" className="no-print">
          <Stack gap="sm">
            <Group gap="md" align="flex-end" wrap="wrap">
              <SegmentedControl
                aria-label={t('inbox.scope.label')}
                value={scope}
                onChange={(value) =>
                  onSearchChange({ ...filters, scope: isInboxScope(value) ? value : 'agency' })
                }
                data={[
                  { value: 'mine', label: t('inbox.scope.mine') },
                  { value: 'agency', label: t('inbox.scope.agency') },
                  { value: 'partner', label: t('inbox.scope.partner') },
                ]}
              />
              <TextInput
                ref={search}
                type="search"
                label={t('inbox.search')}
                placeholder={t('inbox.searchPlaceholder')}
                description={t('inbox.searchHint')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={text}
                onChange={(event) => {
                  setText(event.currentTarget.value);
                  applyText(event.currentTarget.value);
                }}
                style={{ flex: '1 1 18rem' }}
              />
              {scope === 'agency' && (
                <Switch
                  label={t('inbox.unassigned')}
                  checked={unassigned}
                  onChange={(event) =>
                    onSearchChange({
                      ...filters,
                      unassigned: event.currentTarget.checked ? true : undefined,
                    })
                  }
                />
              )}
            </Group>
            {counts && (
              <CountChips
                counts={counts}
                value={urgency}
                onChange={(next) => onSearchChange({ ...filters, urgency: next })}
              />
            )}
          </Stack>
        </Paper>
        {inbox.isPending && <FullPageLoader />}
        {inbox.isError && <ProblemAlert error={inbox.error} />}
        {inbox.isSuccess && items.length === 0 && (
          <Text c="dimmed" role="status">
            {t('inbox.empty')}
          </Text>
        )}
        {items.length > 0 && <InboxTable items={items} />}
        {inbox.hasNextPage && (
          <Group justify="center">
            <Button
              variant="light"
              loading={inbox.isFetchingNextPage}
              onClick={() => void inbox.fetchNextPage()}
            >
              {t('inbox.more')}
            </Button>
          </Group>
        )}
      </Stack>
    </>
  );
}

/** An input that takes text: what is typed there is not a shortcut. */
const CHOICE_INPUTS = ['checkbox', 'radio', 'button', 'submit', 'reset'];
function typesText(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && !CHOICE_INPUTS.includes(target.type);
}

/** The counts as filters: one urgency at a time, pressed again to show them all. */
function CountChips({
  counts,
  value,
  onChange,
}: {
  counts: InboxCounts;
  value: Urgency | undefined;
  onChange: (next: Urgency | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('inbox.filterLabel')}>
      <Button
        size="xs"
        radius="xl"
        color="dark"
        variant={value === undefined ? 'filled' : 'default'}
        aria-pressed={value === undefined}
        onClick={() => onChange(undefined)}
      >
        {t('inbox.all', { count: counts.total })}
      </Button>
      {URGENCIES.map((urgency) => (
        <Button
          key={urgency}
          size="xs"
          radius="xl"
          color={URGENCY_COLORS[urgency]}
          variant={value === urgency ? 'filled' : 'light'}
          aria-pressed={value === urgency}
          data-urgency={urgency}
          onClick={() => onChange(value === urgency ? undefined : urgency)}
        >
          {t('inbox.chip', { label: t(`inbox.urgency.${urgency}`), count: counts[urgency] })}
        </Button>
      ))}
    </Group>
  );
}

function InboxTable({ items }: { items: InboxItem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.columns.code')}</Table.Th>
            <Table.Th>{t('inbox.columns.procedure')}</Table.Th>
            <Table.Th>{t('inbox.columns.applicant')}</Table.Th>
            <Table.Th>{t('inbox.columns.handler')}</Table.Th>
            <Table.Th>{t('inbox.columns.step')}</Table.Th>
            <Table.Th>{t('inbox.columns.dueAt')}</Table.Th>
            <Table.Th>{t('inbox.columns.urgency')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-dossier={item.id}>
              <Table.Td>
                <AnchorLink to="/tiep-nhan-ho-so/$id" params={{ id: item.id }} fw={600}>
                  {item.code ?? t('inbox.noCode')}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {stateText(t, item.state)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.procedureName}</Text>
                <Text size="xs" c="dimmed">
                  {item.procedureCode} · {item.competentAgency.name}
                </Text>
              </Table.Td>
              <Table.Td>{item.applicantName}</Table.Td>
              <Table.Td>
                {item.handler ? (
                  item.handler.name
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('inbox.noHandler')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {item.step ? (
                  <>
                    <Text size="sm">
                      {item.step.name ?? t('inbox.stepNumber', { number: item.step.index + 1 })}
                    </Text>
                    {item.step.dueAt && (
                      <Text size="xs" c="dimmed">
                        {t('inbox.stepDue', { at: formatDateTime(item.step.dueAt) })}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('inbox.notStarted')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.dueAt ? formatDateTime(item.dueAt) : '—'}
              </Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={item.urgency} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
