import './public-index.css';

import { Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import {
  currentMonth,
  type PublicIndexSearch,
  type PublicUnit,
  publicUnitsQueryOptions,
} from './public-index-api.js';
import {
  dayText,
  PublicPageHead,
  percent,
  TargetMark,
  useMonthLabel,
} from './public-index-parts.js';

interface PageProps {
  search: PublicIndexSearch;
  onSearchChange: (next: PublicIndexSearch) => void;
}

const COUNTS = [
  'counted',
  'received',
  'finishedEarly',
  'finishedOnTime',
  'finishedLate',
  'openLate',
] as const satisfies readonly (keyof PublicUnit['counts'])[];

/** Whether a target is met at its share itself ("từ 90% trở lên") rather than only above it. */
const atLeast = (target: { comparison: string }) => target.comparison === 'atLeast';

type TargetKey =
  | 'publicIndex.target'
  | 'publicIndex.columns.onTimeTarget'
  | 'publicIndex.columns.earlyTarget';

/**
 * `/cong-khai/chi-so-phuc-vu`: the service index as the province discloses it, for anyone: each
 * unit's share of dossiers handled on time (indicator 2.1) and early, in a month, beside the
 * plan's targets.
 */
export function PublicIndexPage({ search, onSearchChange }: PageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // "trên 92,5%" or "từ 90% trở lên": the target's own words and share, to a tenth of a percent.
  const targetWords = (key: TargetKey, target: { above: number; comparison: string }) =>
    t(atLeast(target) ? (`${key}AtLeast` as const) : key, {
      target: (target.above * 100).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', {
        maximumFractionDigits: 1,
      }),
    });
  const monthLabel = useMonthLabel();
  const month = search.month ?? currentMonth();
  const query = useQuery(publicUnitsQueryOptions({ month, agencyId: search.agencyId }));
  // A province has some two hundred agencies; most have no dossiers in a given month.
  const [showEmpty, setShowEmpty] = useState(false);
  usePageTitle(t('publicIndex.title'));
  const data = query.data;
  const rows = data?.units.filter((u) => showEmpty || u.counts.counted > 0) ?? [];

  return (
    <Stack gap="md" className="public-index">
      <PublicPageHead
        title={t('publicIndex.title')}
        intro={t('publicIndex.intro')}
        month={month}
        onMonth={(m) => onSearchChange({ ...search, month: m })}
        search={search}
        self="/cong-khai/chi-so-phuc-vu"
        other={{ to: '/cong-khai/ho-so-tre-han', label: t('publicIndex.toLateList') }}
      />
      {query.error && <ProblemAlert error={query.error} />}
      {!data && !query.error && <FullPageLoader />}
      {data && (
        <>
          <Text size="sm" c="gray.7">
            {t('publicIndex.range', {
              unit: data.total.agency.name,
              from: dayText(data.period.from),
              to: dayText(data.period.to),
            })}
            {data.period.countedTo &&
              data.period.countedTo !== data.period.to &&
              ` ${t('publicIndex.countedTo', { day: dayText(data.period.countedTo) })}`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Figure
              label={t('publicIndex.onTime')}
              ratio={data.total.onTime}
              met={data.total.onTimeMet}
              target={targetWords('publicIndex.target', data.targets.onTime)}
              language={language}
            />
            <Figure
              label={t('publicIndex.early')}
              ratio={data.total.early}
              met={data.total.earlyMet}
              target={targetWords('publicIndex.target', data.targets.early)}
              language={language}
            />
          </SimpleGrid>
          <Checkbox
            className="no-print"
            label={t('publicIndex.showEmpty')}
            checked={showEmpty}
            onChange={(e) => setShowEmpty(e.currentTarget.checked)}
          />
          <div className="public-index-scroll">
            <Table
              captionSide="top"
              striped
              withTableBorder
              withColumnBorders
              className="public-index-table"
            >
              <Table.Caption>
                {t('publicIndex.tableCaption', {
                  unit: data.total.agency.name,
                  month: monthLabel(month, true),
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('publicIndex.columns.unit')}</Table.Th>
                  {COUNTS.map((key) => (
                    <Table.Th scope="col" key={key} ta="right">
                      {t(`publicIndex.columns.${key}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    {t('publicIndex.columns.onTime')}
                  </Table.Th>
                  <Table.Th scope="col">
                    {targetWords('publicIndex.columns.onTimeTarget', data.targets.onTime)}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('publicIndex.columns.early')}
                  </Table.Th>
                  <Table.Th scope="col">
                    {targetWords('publicIndex.columns.earlyTarget', data.targets.early)}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={COUNTS.length + 5}>
                      {data.units.length === 0
                        ? t('publicIndex.noUnits')
                        : t('publicIndex.noDossiers')}
                    </Table.Td>
                  </Table.Tr>
                )}
                {rows.map((unit) => (
                  <UnitRow
                    key={unit.agency.id}
                    unit={unit}
                    month={search.month}
                    language={language}
                  />
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <UnitRow unit={data.total} total language={language} />
              </Table.Tfoot>
            </Table>
          </div>
          <Text size="sm" c="gray.7">
            {t('publicIndex.howCounted')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function Figure(props: {
  label: string;
  ratio: number | null;
  met: boolean | null;
  target: string;
  language: Language;
}) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.7">
        {props.label}
      </Text>
      <Group gap="sm" align="baseline">
        <Text size="xl" fw={700}>
          {percent(props.ratio, props.language)}
        </Text>
        <TargetMark met={props.met} />
      </Group>
      <Text size="xs" c="gray.7">
        {props.target}
      </Text>
    </Paper>
  );
}

function UnitRow(props: {
  unit: PublicUnit;
  month?: string | undefined;
  total?: boolean;
  language: Language;
}) {
  const { t } = useTranslation();
  const { unit } = props;
  return (
    <Table.Tr fw={props.total ? 700 : undefined}>
      <Table.Th scope="row" fw={props.total ? 700 : 400}>
        {props.total ? (
          <>
            {t('publicIndex.total')} <span lang="vi">({unit.agency.name})</span>
          </>
        ) : (
          // The units under this one, with their own figures.
          <AnchorLink
            to="/cong-khai/chi-so-phuc-vu"
            search={{ month: props.month, agencyId: unit.agency.id }}
            lang="vi"
          >
            {unit.agency.name}
          </AnchorLink>
        )}
      </Table.Th>
      {COUNTS.map((key) => (
        <Table.Td key={key} ta="right">
          {unit.counts[key]}
        </Table.Td>
      ))}
      <Table.Td ta="right">{percent(unit.onTime, props.language)}</Table.Td>
      <Table.Td>
        <TargetMark met={unit.onTimeMet} />
      </Table.Td>
      <Table.Td ta="right">{percent(unit.early, props.language)}</Table.Td>
      <Table.Td>
        <TargetMark met={unit.earlyMet} />
      </Table.Td>
    </Table.Tr>
  );
}
