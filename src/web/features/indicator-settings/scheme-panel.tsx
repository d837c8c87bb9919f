import { NumberInput, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import {
  createScheme,
  deleteScheme,
  type SchemeRequest,
  type SchemeVersionView,
  schemesQueryOptions,
  updateScheme,
} from './indicator-settings-api.js';
import { fromPercent, percentText, toPercent } from './percent.js';
import {
  FormFooter,
  refreshAfterChange,
  useVersionSave,
  VersionEditor,
  VersionFieldInputs,
  type VersionFields,
} from './version-form.js';
import { VersionsPanel } from './versions-panel.js';

type Group = SchemeVersionView['groups'][number];

export function SchemePanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(schemesQueryOptions());
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <FullPageLoader />;
  return (
    <VersionsPanel
      label={`${t('indicatorSettings.versions')} — ${t('indicatorSettings.tabs.scheme')}`}
      items={query.data.items}
      canManage={query.data.canManage}
      content={(v) => <SchemeTable scheme={v} />}
      editor={(state) => <VersionEditor {...state} form={SchemeForm} />}
      remove={async (v) => {
        await deleteScheme(v.id, v.rowVersion);
        await refreshAfterChange(queryClient);
      }}
    />
  );
}

/** A group's heading: its points, and the text's figure when they differ. */
function GroupHeading({ group }: { group: Group }) {
  const { t } = useTranslation();
  const points = group.indicators.reduce((sum, i) => sum + i.points, 0);
  return group.statedMax !== undefined && group.statedMax !== points
    ? t('indicatorSettings.groupPointsStated', {
        name: group.name,
        points,
        stated: group.statedMax,
      })
    : t('indicatorSettings.groupPoints', { name: group.name, points });
}

function SchemeTable({ scheme }: { scheme: SchemeVersionView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('indicatorSettings.totalPoints', {
          total: scheme.points.total,
          stated: scheme.points.stated,
        })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder aria-label={t('indicatorSettings.tabs.scheme')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('indicatorSettings.columns.id')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.indicator')}</Table.Th>
              <Table.Th>{t('indicatorSettings.columns.ratio')}</Table.Th>
              <Table.Th ta="right">{t('indicatorSettings.columns.points')}</Table.Th>
              <Table.Th ta="right">{t('indicatorSettings.columns.indicatorTarget')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scheme.groups.map((group) => (
              <Fragment key={group.id}>
                <Table.Tr bg="var(--mantine-color-gray-0)">
                  <Table.Th colSpan={5} scope="colgroup">
                    <GroupHeading group={group} />
                  </Table.Th>
                </Table.Tr>
                {group.indicators.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{i.id}</Table.Td>
                    <Table.Td>{i.name}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {i.ratio}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{i.points}</Table.Td>
                    <Table.Td ta="right">
                      {i.target === undefined
                        ? t('indicatorSettings.noTarget')
                        : percentText(i.target, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The scheme as the form holds it: each indicator's target in percent, empty for none. */
interface SchemeValues extends VersionFields {
  groups: (Omit<Group, 'indicators'> & {
    indicators: (Omit<Group['indicators'][number], 'target' | 'points'> & {
      points: number | string;
      target: number | string;
    })[];
  })[];
}

function valuesOf(groups: Group[]): SchemeValues['groups'] {
  return groups.map((g) => ({
    ...g,
    indicators: g.indicators.map((i) => ({
      ...i,
      target: i.target === undefined ? '' : toPercent(i.target),
    })),
  }));
}

function bodyOf(values: SchemeValues): SchemeRequest {
  return {
    version: values.version.trim(),
    validFrom: values.validFrom,
    source: values.source.trim(),
    groups: values.groups.map((g) => ({
      ...g,
      indicators: g.indicators.map(({ target, points, ...i }) => ({
        ...i,
        // Empty points are sent as 0, so that the server names the field.
        points: typeof points === 'number' ? points : 0,
        ...(typeof target === 'number' ? { target: fromPercent(target) } : {}),
      })),
    })),
  };
}

function SchemeForm(props: {
  base: SchemeVersionView;
  editing: SchemeVersionView | null;
  onClose: () => void;
  onConflict: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayInVietnam();
  const from = props.editing ?? props.base;
  const form = useForm<SchemeValues>({
    initialValues: {
      version: props.editing ? props.editing.version : '',
      validFrom: props.editing ? props.editing.validFrom : today,
      source: from.source,
      groups: valuesOf(from.groups),
    },
  });
  const { formRef, mutation } = useVersionSave({
    form,
    editing: props.editing !== null,
    onClose: props.onClose,
    onConflict: props.onConflict,
    save: (values: SchemeValues) =>
      props.editing
        ? updateScheme(props.editing.id, {
            ...bodyOf(values),
            rowVersion: props.editing.rowVersion,
          })
        : createScheme(bodyOf(values)),
  });
  const decimal = language === 'vi' ? ',' : '.';
  const groupsError = form.errors.groups;

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <VersionFieldInputs form={form} today={today} />
        <Table.ScrollContainer minWidth={680}>
          <Table
            verticalSpacing={4}
            withTableBorder
            aria-label={t('indicatorSettings.tabs.scheme')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('indicatorSettings.columns.id')}</Table.Th>
                <Table.Th>{t('indicatorSettings.columns.indicator')}</Table.Th>
                <Table.Th w={120}>{t('indicatorSettings.columns.points')}</Table.Th>
                <Table.Th w={150}>{t('indicatorSettings.columns.indicatorTarget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.values.groups.map((group, g) => (
                <Fragment key={group.id}>
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Th colSpan={4} scope="colgroup">
                      {group.name}
                      {form.errors[`groups.${g}.id`] && (
                        <Text size="sm" c="red" role="alert">
                          {form.errors[`groups.${g}.id`]}
                        </Text>
                      )}
                    </Table.Th>
                  </Table.Tr>
                  {group.indicators.map((indicator, i) => (
                    <Table.Tr key={indicator.id} style={{ verticalAlign: 'top' }}>
                      <Table.Td pt={10}>{indicator.id}</Table.Td>
                      <Table.Td pt={10}>
                        {indicator.name}
                        {form.errors[`groups.${g}.indicators.${i}.id`] && (
                          <Text size="sm" c="red" role="alert">
                            {form.errors[`groups.${g}.indicators.${i}.id`]}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('indicatorSettings.form.points', { id: indicator.id })}
                          min={0}
                          step={1}
                          decimalScale={2}
                          decimalSeparator={decimal}
                          allowNegative={false}
                          {...form.getInputProps(`groups.${g}.indicators.${i}.points`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('indicatorSettings.form.indicatorTarget', {
                            id: indicator.id,
                          })}
                          min={0}
                          max={100}
                          step={5}
                          decimalScale={1}
                          decimalSeparator={decimal}
                          allowNegative={false}
                          suffix="%"
                          {...form.getInputProps(`groups.${g}.indicators.${i}.target`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {typeof groupsError === 'string' && (
          <Text size="sm" c="red" role="alert">
            {groupsError}
          </Text>
        )}
        <FormFooter error={mutation.error} pending={mutation.isPending} onCancel={props.onClose} />
      </Stack>
    </form>
  );
}
