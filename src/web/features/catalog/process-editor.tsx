import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../domain/access/roles.js';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { ProcedureDetail } from '../../api/types.js';
import { roleLabel } from '../../i18n/role-label.js';
import { useLanguage } from '../../i18n/use-language.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { setProcess } from './catalog-api.js';
import { formatAmount, timeLimitText } from './catalog-text.js';
import { ListField, RemoveRowButton } from './list-field.js';
import {
  budgetsAddUp,
  budgetTotal,
  MAX_PROCESS_STEPS,
  newProcessRow,
  type ProcessValues,
  processRules,
  rowsFromSteps,
  stepsFromRows,
} from './process-rows.js';
import { useFocusAddedRow } from './use-focus-added-row.js';

interface ProcessEditorProps {
  draft: ProcedureDetail;
  onSaved: (saved: ProcedureDetail) => void;
  onConflict: (error: unknown) => boolean;
}

/**
 * The general internal process of a draft (the one every agency follows unless it has its own):
 * ordered steps whose times must add up to the time limit as last saved.
 */
export function ProcessEditor({ draft, onSaved, onConflict }: ProcessEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const limit = draft.content.timeLimit;
  const format = (amount: number) => formatAmount(amount, language);
  const general = draft.processes.find((process) => process.agencyId === null);
  const form = useForm<ProcessValues>({
    initialValues: { steps: rowsFromSteps(general?.steps) },
    validate: processRules(t, limit.amount, format),
  });
  const focus = useFocusAddedRow();
  const formRef = useRef<HTMLFormElement>(null);
  const rows = form.values.steps;
  const total = budgetTotal(rows);
  const addsUp = budgetsAddUp(total, limit.amount);
  const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel(role, language) }));

  const mutation = useMutation({
    mutationFn: (values: ProcessValues) =>
      setProcess(draft.nationalCode, draft.versionNo, {
        rowVersion: draft.rowVersion,
        agencyId: null,
        steps: stepsFromRows(values.steps),
      }),
    onSuccess: (saved, values) => {
      onSaved(saved);
      form.resetDirty(values);
      notifySuccess(t('catalog.notices.processSaved'));
    },
    onError: (error) => {
      if (!onConflict(error) && error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  const add = () => {
    const row = newProcessRow();
    focus.added(row.key);
    form.insertListItem('steps', row);
  };
  const others = draft.processes.length - (general ? 1 : 0);

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (values) => mutation.mutate(values),
        (errors) => focusFirstError(formRef.current, errors),
      )}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {general ? t('catalog.process.hint') : t('catalog.editor.noProcess')}
        </Text>
        {others > 0 && (
          <Text size="sm">{t('catalog.editor.agencyProcesses', { count: others })}</Text>
        )}
        <ListField
          legend={t('catalog.process.steps')}
          count={rows.length}
          addLabel={t('catalog.process.add')}
          canAdd={rows.length < MAX_PROCESS_STEPS}
          onAdd={add}
        >
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32}>#</Table.Th>
                  <Table.Th>{t('catalog.columns.step')}</Table.Th>
                  <Table.Th w={270}>{t('catalog.columns.role')}</Table.Th>
                  <Table.Th w={130}>{t('catalog.columns.budget')}</Table.Th>
                  <Table.Th w={120} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((step, index) => {
                  const row = index + 1;
                  return (
                    <Table.Tr key={step.key} style={{ verticalAlign: 'top' }}>
                      <Table.Td pt={10}>
                        <Text size="sm" c="dimmed">
                          {row}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          ref={focus.refFor(step.key)}
                          aria-label={t('catalog.process.stepName', { row })}
                          {...form.getInputProps(`steps.${index}.name`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('catalog.process.stepRole', { row })}
                          data={roleOptions}
                          {...form.getInputProps(`steps.${index}.role`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('catalog.process.stepBudget', { row })}
                          min={0}
                          step={0.25}
                          decimalScale={3}
                          decimalSeparator={language === 'vi' ? ',' : '.'}
                          allowNegative={false}
                          {...form.getInputProps(`steps.${index}.budget`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" className="no-print">
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="lg"
                            aria-label={t('catalog.process.moveUp', { row })}
                            disabled={index === 0}
                            onClick={() =>
                              form.reorderListItem('steps', { from: index, to: index - 1 })
                            }
                          >
                            <IconArrowUp size={18} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="lg"
                            aria-label={t('catalog.process.moveDown', { row })}
                            disabled={index === rows.length - 1}
                            onClick={() =>
                              form.reorderListItem('steps', { from: index, to: index + 1 })
                            }
                          >
                            <IconArrowDown size={18} aria-hidden />
                          </ActionIcon>
                          <RemoveRowButton
                            label={t('catalog.process.remove', { row })}
                            disabled={rows.length <= 1}
                            onClick={() => form.removeListItem('steps', index)}
                          />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </ListField>
        <Group justify="space-between" align="center" gap="sm">
          <Text size="sm" fw={600} c={addsUp ? 'green.9' : 'orange.9'} aria-live="polite">
            {t('catalog.process.total', {
              total: format(total),
              limit: timeLimitText(t, language, limit),
            })}
          </Text>
          <Button
            type="submit"
            variant="light"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={mutation.isPending}
            className="no-print"
          >
            {t('catalog.process.save')}
          </Button>
        </Group>
        {form.errors.steps && (
          <Text size="sm" c="red" role="alert">
            {form.errors.steps}
          </Text>
        )}
        {mutation.isError && !isApiError(mutation.error, 'VERSION_CONFLICT') && (
          <ProblemAlert error={mutation.error} />
        )}
      </Stack>
    </form>
  );
}
