import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_PERMISSIONS } from '../../../domain/access/permissions.js';
import type { Role } from '../../../domain/access/roles.js';

import { type PlanTarget, targetMet } from '../../../domain/indicators/plan-targets.js';
import { dmy, percent } from '../../ui/format.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useCurrentUser } from '../auth/current-user.js';
import { RequirePermission } from '../auth/require-permission.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import type { DossiersBehindSearch } from './dossiers-behind-page.js';
import { IndexIndicators } from './index-indicators.js';
import {
  type Bucket,
  type DashboardPeriod,
  type IndicatorSearch,
  PERIODS,
  type UnitFigures,
  unitsQueryOptions,
} from './indicators-api.js';
import { TrendChart } from './trend-chart.js';

/** Roles that read the indicators, from the one table of the access model. */
const READERS = new Set(
  (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
    ROLE_PERMISSIONS[r].includes('indicator.read'),
  ),
);

interface IndicatorsPageProps {
  search: IndicatorSearch;
  onSearchChange: (next: IndicatorSearch) => void;
}

export function IndicatorsPage(props: IndicatorsPageProps) {
  return (
    <RequirePermission action="indicator.read">
      <IndicatorsScreen {...props} />
    </RequirePermission>
  );
}

function IndicatorsScreen({ search, onSearchChange }: IndicatorsPageProps) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const units = [
    ...new Map(
      user.roles.filter((r) => READERS.has(r.role)).map((r) => [r.agencyId, r.agencyName]),
    ),
  ];
  const agencyId = search.agencyId ?? units[0]?.[0] ?? user.agency.id;
  const period: DashboardPeriod = search.period ?? 'month';
  const date = search.date ?? todayInVietnam();
  const query = useQuery(unitsQueryOptions({ agencyId, period, date }));
  const reportQuery = new URLSearchParams({ agencyId, period, date }).toString();
  // A province has some two hundred agencies; most have no dossiers in a given day or week.
  const [showEmpty, setShowEmpty] = useState(false);
  const set = (next: Partial<IndicatorSearch>) => onSearchChange({ ...search, ...next });
  const link = (unit: string, bucket: Bucket) => ({
    to: '/chi-so-phuc-vu/ho-so' as const,
    search: { agencyId: unit, period, date, bucket } satisfies DossiersBehindSearch,
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('indicators.title')}
        actions={
          <>
            <Button
              component="a"
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              href={`/api/v1/indicators/report.xlsx?${reportQuery}`}
              download
            >
              {t('indicators.downloadExcel')}
            </Button>
            <Button
              component="a"
              variant="default"
              leftSection={<IconFileTypePdf size={18} aria-hidden />}
              href={`/api/v1/indicators/report.pdf?${reportQuery}`}
              download
            >
              {t('indicators.downloadPdf')}
            </Button>
          </>
        }
      />
      <Group align="flex-end" gap="md" className="no-print">
        {units.length > 1 && (
          <Select
            label={t('indicators.unit')}
            data={units.map(([value, label]) => ({ value, label }))}
            value={units.some(([id]) => id === agencyId) ? agencyId : null}
            onChange={(value) => value && set({ agencyId: value })}
            allowDeselect={false}
            w={320}
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-label">
            {t('indicators.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            value={period}
            onChange={(value) => set({ period: value as DashboardPeriod })}
            data={PERIODS.map((p) => ({ value: p, label: t(`indicators.periods.${p}`) }))}
          />
        </Stack>
        <TextInput
          type="date"
          label={t('indicators.date')}
          value={date}
          onChange={(e) => e.currentTarget.value && set({ date: e.currentTarget.value })}
        />
      </Group>
      {query.error && <ProblemAlert error={query.error} />}
      {!query.data && !query.error && <FullPageLoader />}
      {query.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('indicators.range', {
              unit: query.data.total.agency.name,
              from: dmy(query.data.period.from),
              to: dmy(query.data.period.to),
            })}
            {query.data.period.countedTo !== query.data.period.to &&
              ` ${
                query.data.period.countedTo
                  ? t('indicators.countedTo', { day: dmy(query.data.period.countedTo) })
                  : t('indicators.notBegun')
              }`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Figure
              label={t('indicators.onTime')}
              value={percent(query.data.total.onTime, i18n.language)}
              target={query.data.targets.onTime}
              ratio={query.data.total.onTime}
            />
            <Figure
              label={t('indicators.early')}
              value={percent(query.data.total.early, i18n.language)}
              target={query.data.targets.early}
              ratio={query.data.total.early}
            />
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('indicators.lateCount')}
              </Text>
              <Text size="xl" fw={700}>
                <AnchorLink {...link(agencyId, 'finished_late')}>
                  {query.data.total.counts.finishedLate}
                </AnchorLink>
                {' + '}
                <AnchorLink {...link(agencyId, 'open_late')}>
                  {query.data.total.counts.openLate}
                </AnchorLink>
              </Text>
              <Text size="xs" c="dimmed">
                {t('indicators.lateHint')}
              </Text>
            </Paper>
          </SimpleGrid>
          <TrendChart agencyId={agencyId} period={period} date={date} />
          <IndexIndicators agencyId={agencyId} period={period} date={date} />
          <Switch
            className="no-print"
            label={t('indicators.showEmpty')}
            checked={showEmpty}
            onChange={(e) => setShowEmpty(e.currentTarget.checked)}
          />
          <UnitsTable
            rows={[
              ...query.data.units.filter((u) => showEmpty || u.counts.counted > 0),
              query.data.total,
            ]}
            totalId={query.data.total.agency.id}
            link={link}
            onOpen={(id) => set({ agencyId: id })}
            language={i18n.language}
          />
        </>
      )}
    </Stack>
  );
}

function Figure(props: { label: string; value: string; target: PlanTarget; ratio: number | null }) {
  const { t, i18n } = useTranslation();
  const met = targetMet(props.ratio, props.target);
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Group gap="sm" align="baseline">
        <Text size="xl" fw={700}>
          {props.value}
        </Text>
        {met !== null && (
          <Badge color={met ? 'green' : 'red'} variant="light">
            {met ? t('indicators.met') : t('indicators.missed')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {/* The target in force for the period, as the API returns it (an administrator sets it). */}
        {t(
          props.target.comparison === 'atLeast' ? 'indicators.targetAtLeast' : 'indicators.target',
          {
            target: percent(props.target.share, i18n.language),
          },
        )}
      </Text>
    </Paper>
  );
}

const COLUMNS: { bucket: Bucket; key: keyof UnitFigures['counts'] }[] = [
  { bucket: 'carried', key: 'carried' },
  { bucket: 'received', key: 'received' },
  { bucket: 'finished_early', key: 'finishedEarly' },
  { bucket: 'finished_on_time', key: 'finishedOnTime' },
  { bucket: 'finished_late', key: 'finishedLate' },
  { bucket: 'open_on_time', key: 'openOnTime' },
  { bucket: 'open_late', key: 'openLate' },
];

function UnitsTable(props: {
  rows: UnitFigures[];
  totalId: string;
  link: (
    unit: string,
    bucket: Bucket,
  ) => {
    to: '/chi-so-phuc-vu/ho-so';
    search: DossiersBehindSearch;
  };
  onOpen: (id: string) => void;
  language: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder aria-label={t('indicators.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={220}>{t('indicators.columns.unit')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.bucket} ta="right">
                {t(`indicators.columns.${c.bucket}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('indicators.columns.onTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => {
            const total = row.agency.id === props.totalId;
            return (
              <Table.Tr key={row.agency.id} fw={total ? 700 : undefined}>
                <Table.Td>
                  {total ? (
                    t('indicators.total')
                  ) : (
                    <Anchor
                      component="button"
                      ta="left"
                      onClick={() => props.onOpen(row.agency.id)}
                    >
                      {row.agency.name}
                    </Anchor>
                  )}
                </Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c.bucket} ta="right">
                    {row.counts[c.key] === 0 ? (
                      0
                    ) : (
                      <AnchorLink
                        {...props.link(row.agency.id, c.bucket)}
                        aria-label={`${t(`indicators.columns.${c.bucket}`)} — ${total ? t('indicators.total') : row.agency.name}`}
                      >
                        {row.counts[c.key]}
                      </AnchorLink>
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{percent(row.onTime, props.language)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
