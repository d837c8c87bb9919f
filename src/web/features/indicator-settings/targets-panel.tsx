import { NativeSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PLAN_TARGET_COMPARISONS } from '../../../domain/indicators/plan-targets.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import { ListField, RemoveRowButton } from '../catalog/list-field.js';
import {
  createTargets,
  deleteTargets,
  type TargetsRequest,
  type TargetsVersionView,
  targetsQueryOptions,
  updateTargets,
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

type Comparison = (typeof PLAN_TARGET_COMPARISONS)[number];
type Target = TargetsVersionView['targets'][number];

/** A target as the form holds it: the share in percent, empty while being typed. */
interface TargetRow {
  key: string;
  id: string;
  name: string;
  share: number | string;
  comparison: Comparison;
  /** A row added in this form: its id may still be chosen. */
  added: boolean;
}

interface TargetsValues extends VersionFields {
  targets: TargetRow[];
}

/** "trên 90%" or "từ 100% trở lên". */
export function TargetText({ target }: { target: Pick<Target, 'share' | 'comparison'> }) {
  const { t } = useTranslation();
  const value = percentText(target.share, useLanguage());
  return target.comparison === 'atLeast'
    ? t('indicatorSettings.targetAtLeast', { value })
    : t('indicatorSettings.targetAbove', { value });
}

export function TargetsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(targetsQueryOptions());
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <FullPageLoader />;
  return (
    <VersionsPanel
      label={`${t('indicatorSettings.versions')} — ${t('indicatorSettings.tabs.targets')}`}
      items={query.data.items}
      canManage={query.data.canManage}
      content={(v) => <TargetsTable targets={v.targets} />}
      editor={(state) => <VersionEditor {...state} form={TargetsForm} />}
      remove={async (v) => {
        await deleteTargets(v.id, v.rowVersion);
        await refreshAfterChange(queryClient);
      }}
    />
  );
}

function TargetsTable({ targets }: { targets: Target[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder aria-label={t('indicatorSettings.tabs.targets')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicatorSettings.columns.id')}</Table.Th>
            <Table.Th>{t('indicatorSettings.columns.target')}</Table.Th>
            <Table.Th>{t('indicatorSettings.columns.comparison')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target) => (
            <Table.Tr key={target.id}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {target.id}
                </Text>
              </Table.Td>
              <Table.Td>{target.name}</Table.Td>
              <Table.Td>
                <TargetText target={target} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

let nextKey = 0;
const rowOf = (target: Target): TargetRow => ({
  key: `target-${nextKey++}`,
  id: target.id,
  name: target.name,
  share: toPercent(target.share),
  comparison: target.comparison,
  added: false,
});

function bodyOf(values: TargetsValues): TargetsRequest {
  return {
    version: values.version.trim(),
    validFrom: values.validFrom,
    source: values.source.trim(),
    targets: values.targets.map((row) => ({
      id: row.id.trim(),
      name: row.name.trim(),
      // An empty share is sent as 0, so that the server names the field.
      share: typeof row.share === 'number' ? fromPercent(row.share) : 0,
      comparison: row.comparison,
    })),
  };
}

function TargetsForm(props: {
  base: TargetsVersionView;
  editing: TargetsVersionView | null;
  onClose: () => void;
  onConflict: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayInVietnam();
  const from = props.editing ?? props.base;
  const form = useForm<TargetsValues>({
    initialValues: {
      version: props.editing ? props.editing.version : '',
      validFrom: props.editing ? props.editing.validFrom : today,
      source: from.source,
      targets: from.targets.map(rowOf),
    },
  });
  const { formRef, mutation } = useVersionSave({
    form,
    editing: props.editing !== null,
    onClose: props.onClose,
    onConflict: props.onConflict,
    save: (values: TargetsValues) =>
      props.editing
        ? updateTargets(props.editing.id, {
            ...bodyOf(values),
            rowVersion: props.editing.rowVersion,
          })
        : createTargets(bodyOf(values)),
  });
  const comparisons = PLAN_TARGET_COMPARISONS.map((c) => ({
    value: c,
    label: t(`indicatorSettings.comparison.${c}`),
  }));
  const rows = form.values.targets;
  const listError = form.errors.targets;

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <VersionFieldInputs form={form} today={today} />
        <ListField
          legend={t('indicatorSettings.tabs.targets')}
          count={rows.length}
          addLabel={t('indicatorSettings.form.addTarget')}
          canAdd={rows.length < 100}
          onAdd={() =>
            form.insertListItem('targets', {
              key: `target-${nextKey++}`,
              id: '',
              name: '',
              share: '',
              comparison: 'atLeast',
              added: true,
            } satisfies TargetRow)
          }
          error={typeof listError === 'string' ? listError : undefined}
        >
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>{t('indicatorSettings.columns.id')}</Table.Th>
                  <Table.Th>{t('indicatorSettings.columns.target')}</Table.Th>
                  <Table.Th w={130}>{t('indicatorSettings.columns.share')}</Table.Th>
                  <Table.Th w={170}>{t('indicatorSettings.columns.comparison')}</Table.Th>
                  <Table.Th w={50} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const name = row.id || String(index + 1);
                  return (
                    <Table.Tr key={row.key} style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        {row.added ? (
                          <TextInput
                            aria-label={t('indicatorSettings.form.targetId', { row: index + 1 })}
                            {...form.getInputProps(`targets.${index}.id`)}
                          />
                        ) : (
                          <Text size="xs" ff="monospace" pt={8}>
                            {row.id}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('indicatorSettings.form.targetName', { row: index + 1 })}
                          {...form.getInputProps(`targets.${index}.name`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('indicatorSettings.form.share', { name })}
                          min={0}
                          max={100}
                          step={1}
                          decimalScale={1}
                          decimalSeparator={language === 'vi' ? ',' : '.'}
                          allowNegative={false}
                          suffix="%"
                          {...form.getInputProps(`targets.${index}.share`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('indicatorSettings.form.comparison', { name })}
                          data={comparisons}
                          {...form.getInputProps(`targets.${index}.comparison`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {row.added && (
                          <RemoveRowButton
                            label={t('indicatorSettings.form.removeTarget', { name })}
                            onClick={() => form.removeListItem('targets', index)}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListField>
        <FormFooter error={mutation.error} pending={mutation.isPending} onCancel={props.onClose} />
      </Stack>
    </form>
  );
}
