import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { indicatorSettingsKey } from './indicator-settings-api.js';

/** The fields every version has, at the top of both editors. */
export interface VersionFields {
  version: string;
  validFrom: string;
  source: string;
}

/** What a saved version changes: the settings pages and every figure held against them. */
export async function refreshAfterChange(queryClient: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: indicatorSettingsKey }),
    queryClient.invalidateQueries({ queryKey: ['indicators'] }),
    queryClient.invalidateQueries({ queryKey: ['public-index'] }),
  ]);
}

/**
 * The dialog around an editor. On a stale version the list is reloaded and the form, keyed by the
 * row version, starts over from what is stored, with the conflict shown above it (as the calendar
 * does).
 */
export function VersionDialog(props: {
  title: string;
  onClose: () => void;
  children: (onConflict: (error: unknown) => boolean) => ReactNode;
  conflictNote: string;
}) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const onConflict = (error: unknown) => {
    if (!isApiError(error, 'VERSION_CONFLICT')) return false;
    setConflict(error);
    void queryClient.invalidateQueries({ queryKey: indicatorSettingsKey });
    return true;
  };
  return (
    <Modal opened onClose={props.onClose} title={props.title} size="72rem">
      <Stack>
        {conflict && (
          <>
            <ProblemAlert error={conflict} />
            <Text size="sm" c="dimmed">
              {props.conflictNote}
            </Text>
          </>
        )}
        {props.children(onConflict)}
      </Stack>
    </Modal>
  );
}

/**
 * After the server named fields at fault, takes the officer to the first of them once the form
 * has marked them: in a long table it may be far from the button pressed. The marks may take more
 * than one frame to render (a busy machine made the journey test miss them once): it looks again
 * for a few frames.
 */
export function focusFirstInvalid(form: HTMLFormElement | null, frames = 30) {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) field.focus();
    else if (frames > 1) focusFirstInvalid(form, frames - 1);
  });
}

/** Name, first day and basis of a version. */
export function VersionFieldInputs<T extends VersionFields>({
  form,
  today,
}: {
  form: UseFormReturnType<T>;
  today: string;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" grow>
      <TextInput
        data-autofocus
        required
        label={t('indicatorSettings.form.version')}
        {...form.getInputProps('version')}
      />
      <TextInput
        required
        type="date"
        min={today}
        label={t('indicatorSettings.form.validFrom')}
        description={t('indicatorSettings.form.validFromHint')}
        {...form.getInputProps('validFrom')}
      />
      <TextInput
        required
        label={t('indicatorSettings.form.source')}
        {...form.getInputProps('source')}
      />
    </Group>
  );
}

/** Save and cancel, with the problem of the last save beside them. */
export function FormFooter(props: { error: unknown; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {props.error !== null && !isApiError(props.error, 'VERSION_CONFLICT') && (
        <ProblemAlert error={props.error} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('indicatorSettings.form.cancel')}
        </Button>
        <Button type="submit" loading={props.pending}>
          {t('indicatorSettings.form.save')}
        </Button>
      </Group>
    </>
  );
}

/** What an editor of versions takes: the version to start from, the one edited if any. */
export interface VersionFormProps<V> {
  base: V;
  editing: V | null;
  onClose: () => void;
  onConflict: (error: unknown) => boolean;
}

/** The dialog with its editor, titled for a new version or the one edited. */
export function VersionEditor<
  V extends { id: string; rowVersion: number; version: string },
>(props: {
  base: V;
  editing: V | null;
  onClose: () => void;
  form: ComponentType<VersionFormProps<V>>;
}) {
  const { t } = useTranslation();
  const { base, editing, onClose, form: Form } = props;
  return (
    <VersionDialog
      title={
        editing
          ? t('indicatorSettings.form.editTitle', { version: editing.version })
          : t('indicatorSettings.form.newTitle')
      }
      onClose={onClose}
      conflictNote={t('indicatorSettings.form.conflictReloaded')}
    >
      {(onConflict) => (
        <Form
          key={editing ? `${editing.id}:${editing.rowVersion}` : 'new'}
          base={base}
          editing={editing}
          onClose={onClose}
          onConflict={onConflict}
        />
      )}
    </VersionDialog>
  );
}

/**
 * Saving a version from an editor: created or updated (with the row version read), announced, the
 * figures refreshed and the dialog closed; a stale version reloads (VersionDialog), other refusals
 * mark their fields and take the keyboard to the first.
 */
export function useVersionSave<Values, Saved extends { version: string }>(options: {
  form: Parameters<typeof showFieldProblems>[0];
  editing: boolean;
  save: (values: Values) => Promise<Saved>;
  onClose: () => void;
  onConflict: (error: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useMutation({
    mutationFn: options.save,
    onSuccess: async (saved) => {
      notifySuccess(
        t(
          options.editing ? 'indicatorSettings.notices.saved' : 'indicatorSettings.notices.created',
          {
            version: saved.version,
          },
        ),
      );
      await refreshAfterChange(queryClient);
      options.onClose();
    },
    onError: (error) => {
      if (!options.onConflict(error) && error instanceof ApiError) {
        showFieldProblems(options.form, error);
        focusFirstInvalid(formRef.current);
      }
    },
  });
  return { formRef, mutation };
}
