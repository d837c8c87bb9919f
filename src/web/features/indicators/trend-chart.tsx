import { percent } from '../../ui/format.js';
import './trend-chart.css';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetMet } from '../../../domain/indicators/plan-targets.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import {
  type DashboardPeriod,
  TREND_KINDS,
  type TrendKind,
  type TrendPoint,
  type TrendResponse,
  trendQueryOptions,
} from './indicators-api.js';

/** How many periods the dashboard's trend shows (the API allows 2 to 24). */
const COUNT = 12;

/** The trend a dashboard period opens on: its own kind, or the nearest one that has a trend. */
const DEFAULT_KIND: Record<DashboardPeriod, TrendKind> = {
  day: 'week',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'quarter',
  year: 'quarter',
};

/**
 * The selected unit's on-time rate (indicator 2.1) and early share over the last periods, beside
 * the plan's targets (issue 7, item 3): an SVG drawing, and the same figures in a table that a
 * button shows (and paper always prints). The lines differ by dash and marker, not by colour alone.
 */
export function TrendChart(props: { agencyId: string; period: DashboardPeriod; date: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<TrendKind | null>(null);
  const kind = chosen ?? DEFAULT_KIND[props.period];
  const query = useQuery(
    trendQueryOptions({ agencyId: props.agencyId, period: kind, date: props.date, count: COUNT }),
  );
  return (
    <Paper withBorder p="md" component="section" className="trend-chart" aria-labelledby={id}>
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={2} size="h4" id={id}>
          {t('indicators.trend.title')}
        </Title>
        <Group gap="xs" className="no-print">
          <Text size="sm" fw={500} id={`${id}-by`}>
            {t('indicators.trend.by')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={`${id}-by`}
            value={kind}
            onChange={(value) => setChosen(value as TrendKind)}
            data={TREND_KINDS.map((k) => ({ value: k, label: t(`indicators.periods.${k}`) }))}
          />
        </Group>
      </Group>
      {query.error && <ProblemAlert error={query.error} />}
      {query.data &&
        (query.data.periods.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicators.trend.none')}
          </Text>
        ) : (
          <TrendFigure data={query.data} />
        ))}
    </Paper>
  );
}

/** YYYY-MM-DD as dd/mm, or dd/mm/yyyy. */
const dm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
const dmy = (date: string) => `${dm(date)}/${date.slice(0, 4)}`;

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A period's label under the chart ("T11", with its year "2026" below the first label and where
 * the year changes) and its full name (table, tooltips).
 */
function periodLabels(p: TrendPoint['period'], t: TFunction, language: string) {
  const month = Number(p.from.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const values = {
    day: dm(p.from),
    from: dm(p.from),
    to: dmy(p.to),
    month,
    quarter,
    roman: ROMAN[quarter - 1],
    year: p.from.slice(0, 4),
    monthName: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${p.from}T00:00:00Z`)),
  };
  const kind = p.kind as TrendKind;
  return {
    short: t(`indicators.trend.labels.${kind}`, values),
    year: values.year,
    name: t(`indicators.trend.names.${kind}`, values),
  };
}

// The drawing's own units, about the pixels of the dashboard's width; the SVG scales with it.
const W = 760;
const H = 300;
const M = { top: 16, right: 150, bottom: 48, left: 48 };
/** Least distance between the two lines of one target label and those of the other. */
const LABEL_GAP = 34;
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const GRID = [0, 0.2, 0.4, 0.6, 0.8, 1];

const yOf = (ratio: number) => M.top + (1 - ratio) * PLOT_H;

/** Runs of consecutive periods that have a figure: a period without one leaves a gap. */
function runs(values: (number | null)[]): [number, number][][] {
  const out: [number, number][][] = [];
  let run: [number, number][] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) out.push(run);
      run = [];
    } else run.push([i, v]);
  });
  if (run.length > 0) out.push(run);
  return out;
}

const SERIES = [
  { key: 'onTime', className: 'trend-on-time' },
  { key: 'early', className: 'trend-early' },
] as const;

type Target = TrendPoint['targets']['onTime'];

/**
 * The target line of a series: one segment per run of periods under the same target (the one in
 * force on each period's last day), so that a new plan shows where it starts.
 */
function targetRuns(points: readonly TrendPoint[], key: 'onTime' | 'early') {
  const out: { first: number; last: number; target: Target }[] = [];
  points.forEach((p, i) => {
    const target = p.targets[key];
    const run = out.at(-1);
    if (run && run.target.share === target.share && run.target.comparison === target.comparison)
      run.last = i;
    else out.push({ first: i, last: i, target });
  });
  return out;
}

function TrendFigure({ data }: { data: TrendResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tableId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const show = (r: number | null) => percent(r, language);
  const n = data.periods.length;
  const xOf = (i: number) => M.left + ((i + 0.5) * PLOT_W) / n;
  const labels = data.periods.map((p) => periodLabels(p.period, t, language));
  // At most twelve labels under the axis; every period keeps its tooltip and its table row.
  const step = Math.ceil(n / 12);
  const first = labels[0] as { name: string };
  const last = labels[n - 1] as { name: string };
  const lastPoint = data.periods[n - 1] as TrendPoint;
  const kindName = t(`indicators.trend.kinds.${data.kind as TrendKind}`);
  const seriesName = { onTime: t('indicators.trend.onTime'), early: t('indicators.trend.early') };
  const targetText = (target: Target) =>
    t(`indicators.trend.${target.comparison}`, { share: percent(target.share, language) });
  const lastTargets = lastPoint.targets;
  const targetName = {
    onTime: t('indicators.trend.targetOnTime'),
    early: t('indicators.trend.targetEarly'),
  };
  // The labels of the last targets, in the right margin, kept apart when the targets are close.
  const labelY = { onTime: yOf(lastTargets.onTime.share), early: yOf(lastTargets.early.share) };
  if (Math.abs(labelY.early - labelY.onTime) < LABEL_GAP) {
    if (labelY.early >= labelY.onTime) labelY.early = labelY.onTime + LABEL_GAP;
    else labelY.onTime = labelY.early + LABEL_GAP;
  }
  const shownTicks = labels.flatMap((_, i) => ((n - 1 - i) % step === 0 ? [i] : []));
  /** A ratio with whether it meets its period's target, in words. */
  const judged = (p: TrendPoint, key: 'onTime' | 'early') => {
    const met = targetMet(p[key], p.targets[key]);
    return met === null
      ? show(p[key])
      : `${show(p[key])} (${met ? t('indicators.met') : t('indicators.missed')})`;
  };

  return (
    <Stack gap="xs">
      <ul className="trend-legend">
        {SERIES.map((s) => (
          <li key={s.key}>
            <svg width="36" height="12" aria-hidden="true" focusable="false">
              <line x1="2" y1="6" x2="34" y2="6" className={`trend-line ${s.className}`} />
              <Marker kind={s.key} x={18} y={6} className={s.className} />
            </svg>
            {seriesName[s.key]}
          </li>
        ))}
      </ul>
      <svg
        className="trend-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('indicators.trend.chart', {
          unit: data.agency.name,
          kind: kindName,
          from: first.name,
          to: last.name,
          last: last.name,
          onTime: show(lastPoint.onTime),
          early: show(lastPoint.early),
        })}
      >
        {GRID.map((g) => (
          <g key={g}>
            <line x1={M.left} x2={M.left + PLOT_W} y1={yOf(g)} y2={yOf(g)} className="trend-grid" />
            <text x={M.left - 8} y={yOf(g) + 4} textAnchor="end" className="trend-axis">
              {percent(g, language, 0)}
            </text>
          </g>
        ))}
        {SERIES.map((s) => (
          <g key={`target-${s.key}`}>
            {targetRuns(data.periods, s.key).map((run) => (
              <line
                key={run.first}
                x1={M.left + (run.first * PLOT_W) / n}
                x2={M.left + ((run.last + 1) * PLOT_W) / n}
                y1={yOf(run.target.share)}
                y2={yOf(run.target.share)}
                className={`trend-target ${s.className}`}
              />
            ))}
            <text
              x={M.left + PLOT_W + 8}
              y={labelY[s.key] - 2}
              className={`trend-target-label ${s.className}`}
            >
              <tspan>{`${targetName[s.key]} `}</tspan>
              <tspan x={M.left + PLOT_W + 8} dy={15}>
                {targetText(lastTargets[s.key])}
              </tspan>
            </text>
          </g>
        ))}
        {shownTicks.map((i, k) => {
          const l = labels[i] as (typeof labels)[number];
          const before = labels[shownTicks[k - 1] ?? -1];
          return (
            <text
              key={data.periods[i]?.period.from}
              x={xOf(i)}
              y={H - M.bottom + 18}
              textAnchor="middle"
              className="trend-axis"
            >
              {l.short}
              {before?.year !== l.year && (
                <tspan x={xOf(i)} dy={15}>
                  {l.year}
                </tspan>
              )}
            </text>
          );
        })}
        {SERIES.map((s) =>
          runs(data.periods.map((p) => p[s.key])).map((run) => (
            <path
              key={`${s.key}-${run[0]?.[0]}`}
              d={run.map(([i, v], k) => `${k === 0 ? 'M' : 'L'}${xOf(i)},${yOf(v)}`).join(' ')}
              className={`trend-line ${s.className}`}
            />
          )),
        )}
        {data.periods.map((p, i) => (
          <g key={p.period.from}>
            <title>
              {`${labels[i]?.name}: ${seriesName.onTime} ${show(p.onTime)}; ${seriesName.early} ${show(p.early)}`}
            </title>
            {SERIES.map((s) => {
              const v = p[s.key];
              return v === null ? null : (
                <Marker key={s.key} kind={s.key} x={xOf(i)} y={yOf(v)} className={s.className} />
              );
            })}
          </g>
        ))}
      </svg>
      <Group className="no-print">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={() => setTableOpen((o) => !o)}
        >
          {tableOpen ? t('indicators.trend.hideTable') : t('indicators.trend.showTable')}
        </Button>
      </Group>
      <div id={tableId} className="trend-table" data-open={tableOpen}>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption>
              {t('indicators.trend.caption', {
                unit: data.agency.name,
                kind: kindName,
                onTime: targetText(lastTargets.onTime),
                early: targetText(lastTargets.early),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.trend.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {seriesName.onTime}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {seriesName.early}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.trend.counted')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.trend.finishedLate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('indicators.trend.openLate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.periods.map((p, i) => (
                <Table.Tr key={p.period.from}>
                  <Table.Th scope="row" fw={400}>
                    {labels[i]?.name}
                    {p.period.countedTo && p.period.countedTo !== p.period.to
                      ? ` ${t('indicators.trend.countedTo', { day: dmy(p.period.countedTo) })}`
                      : ''}
                  </Table.Th>
                  <Table.Td ta="right" className="trend-ratio">
                    {judged(p, 'onTime')}
                  </Table.Td>
                  <Table.Td ta="right" className="trend-ratio">
                    {judged(p, 'early')}
                  </Table.Td>
                  <Table.Td ta="right">{p.counts.counted}</Table.Td>
                  <Table.Td ta="right">{p.counts.finishedLate}</Table.Td>
                  <Table.Td ta="right">{p.counts.openLate}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
    </Stack>
  );
}

/** A circle for the on-time rate, a square for the early share. */
function Marker(props: { kind: 'onTime' | 'early'; x: number; y: number; className: string }) {
  return props.kind === 'onTime' ? (
    <circle cx={props.x} cy={props.y} r={4.5} className={`trend-marker ${props.className}`} />
  ) : (
    <rect
      x={props.x - 4}
      y={props.y - 4}
      width={8}
      height={8}
      className={`trend-marker ${props.className}`}
    />
  );
}
