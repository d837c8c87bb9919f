import { ActionIcon, Button, Group, Kbd, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.js';
import { fieldPath, fieldProblem } from '../../ui/field-problems.js';
import { focusFirstError } from '../../ui/focus-first-error.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import type { MissingItem } from './dossier-types.js';
import { newUuid } from './idempotency-key.js';

interface MissingRow extends MissingItem {
  key: string;
}

const MAX_ITEMS = 60;

function emptyRow(): MissingRow {
  return { key: newUuid(), name: '', reason: '' };
}

/**
 * The server's problems about the list this dialog edits (`missing.N.name` at intake, `items.N.…`
 * for an online correction), under the dialog's own paths (`items.N.…`).
 */
function listProblems(error: ApiError | null, list: 'missing' | 'items'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of error?.errors ?? []) {
    const path = fieldPath(problem.field);
    if (path === list || path.startsWith(`${list}.`))
      errors[`items${path.slice(list.length)}`] = problem.message;
  }
  return errors;
}

/** Ctrl+Enter (⌘+Enter) sends the dialog from any of its fields, as in the intake screen. */
export const submitKeys = (form: RefObject<HTMLFormElement | null>) =>
  getHotkeyHandler([['mod+Enter', () => form.current?.requestSubmit()]]);

interface MissingItemsModalProps {
  title: string;
  submitLabel: string;
  /**
   * Lines the server adds by itself (the mandatory components left unticked, with its own
   * reason): shown so the officer sees the whole slip, but not sent again.
   */
  fixed?: readonly MissingItem[];
  /** Which request field holds the list, to place the server's messages. */
  list: 'missing' | 'items';
  withNote?: boolean;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (items: MissingItem[], note: string | undefined) => void;
  onClose: () => void;
}

/**
 * Everything missing or wrong, said once (Form 02, or the correction asked of an online
 * applicant): a line an item, each with its reason.
 */
export function MissingItemsModal({
  title,
  submitLabel,
  fixed = [],
  list,
  withNote = false,
  pending,
  error,
  onSubmit,
  onClose,
}: MissingItemsModalProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<{ items: MissingRow[]; note: string }>({
    initialValues: { items: fixed.length > 0 ? [] : [emptyRow()], note: '' },
    validate: {
      items: {
        name: (value) => (value.trim() ? null : t('dossier.validation.required')),
        reason: (value) => (value.trim() ? null : t('dossier.validation.required')),
      },
    },
  });
  const serverErrors = listProblems(error, list);
  const rows = form.values.items;
  // Something must be asked for: the fixed lines, or at least one of the officer's own.
  const minRows = fixed.length > 0 ? 0 : 1;
  const submit = form.onSubmit(
    (values) =>
      onSubmit(
        values.items.map(({ name, reason }) => ({ name: name.trim(), reason: reason.trim() })),
        values.note.trim() || undefined,
      ),
    (errors) => focusFirstError(formRef.current, errors),
  );
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={submitKeys(formRef)}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('dossier.incomplete.hint')}
          </Text>
          {error && <ProblemAlert error={error} />}
          {fixed.length > 0 && (
            <Table withTableBorder verticalSpacing={4} fz="sm" captionSide="top">
              <Table.Caption>{t('dossier.incomplete.fixedCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dossier.detail.missingItem')}</Table.Th>
                  <Table.Th>{t('dossier.detail.missingReason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fixed.map((item) => (
                  <Table.Tr key={item.name}>
                    <Table.Td>{item.name}</Table.Td>
                    <Table.Td>{item.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {fixed.length > 0 && (
            <Text size="sm" fw={500}>
              {t('dossier.incomplete.extra')}
            </Text>
          )}
          {rows.map((row, at) => {
            const line = fixed.length + at + 1;
            const path = `items.${at}` as const;
            return (
              <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
                <Text size="sm" c="dimmed" w={20} mt={8} aria-hidden>
                  {line}
                </Text>
                <Textarea
                  autosize
                  minRows={1}
                  data-autofocus={at === 0 ? true : undefined}
                  aria-label={t('dossier.incomplete.item', { row: line })}
                  placeholder={t('dossier.incomplete.itemPlaceholder')}
                  style={{ flex: '2 1 0' }}
                  {...form.getInputProps(`${path}.name`)}
                  error={form.errors[`${path}.name`] ?? serverErrors[`${path}.name`]}
                />
                <Textarea
                  autosize
                  minRows={1}
                  aria-label={t('dossier.incomplete.reason', { row: line })}
                  placeholder={t('dossier.incomplete.reasonPlaceholder')}
                  style={{ flex: '1 1 0' }}
                  {...form.getInputProps(`${path}.reason`)}
                  error={form.errors[`${path}.reason`] ?? serverErrors[`${path}.reason`]}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={4}
                  aria-label={t('dossier.incomplete.remove', { row: line })}
                  title={t('dossier.incomplete.remove', { row: line })}
                  disabled={rows.length <= minRows}
                  onClick={() => form.removeListItem('items', at)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
          {serverErrors.items && (
            <Text size="sm" c="red.8" role="alert">
              {serverErrors.items}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={rows.length >= MAX_ITEMS}
            onClick={() => form.insertListItem('items', emptyRow())}
          >
            {t('dossier.incomplete.add')}
          </Button>
          {withNote && (
            <Textarea
              autosize
              minRows={2}
              label={t('dossier.incomplete.note')}
              {...form.getInputProps('note')}
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('dossier.cancel')}
            </Button>
            <Button
              type="submit"
              color="orange"
              loading={pending}
              rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface ReasonsModalProps {
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  /** One reason (`reason`, the "not our competence" answer) rather than a list (`reasons`). */
  single?: boolean;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (reasons: string[]) => void;
  onClose: () => void;
}

/** Form 03, or an online dossier declined: why, one reason a line. */
export function ReasonsModal({
  title,
  label,
  hint,
  submitLabel,
  single = false,
  pending,
  error,
  onSubmit,
  onClose,
}: ReasonsModalProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<{ reasons: string }>({
    initialValues: { reasons: '' },
    validate: {
      reasons: (value) => (value.trim() ? null : t('dossier.validation.reasonRequired')),
    },
  });
  const lines = (text: string) =>
    single
      ? [text.trim()]
      : text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
  const field = single ? 'reason' : 'reasons';
  const serverError = fieldProblem(error, field);
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit((values) => onSubmit(lines(values.reasons)))}
        onKeyDown={submitKeys(formRef)}
      >
        <Stack gap="sm">
          {error && <ProblemAlert error={error} />}
          <Textarea
            data-autofocus
            autosize
            minRows={3}
            label={label}
            description={hint}
            {...form.getInputProps('reasons')}
            error={form.errors.reasons ?? serverError}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('dossier.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={pending}
              rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
