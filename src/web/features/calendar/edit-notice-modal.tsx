import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { CalendarYearView } from '../../api/types.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { calendarQueryKey, calendarYearQueryKey, saveCalendarYear } from './calendar-api.js';
import { NoticeConflict, useNoticeConflict } from './notice-conflict.js';
import { NoticeEntriesField } from './notice-entries-field.js';
import { entriesFromRows, type NoticeValues, noticeRules, rowsFromEntries } from './notice-rows.js';

interface DialogProps {
  /** The year as last loaded, so a reload after a conflict reaches the dialog too. */
  view: CalendarYearView;
  onClose: () => void;
}

export function EditNoticeModal({ view, onClose }: DialogProps) {
  const { t } = useTranslation();
  const conflict = useNoticeConflict(view.year);
  return (
    <Modal opened onClose={onClose} title={t('calendar.editNotice', { year: view.year })} size="xl">
      <EditNoticeForm
        key={`${view.year}:${view.version}`}
        view={view}
        conflict={conflict.conflict}
        onClose={onClose}
        onConflict={conflict.handle}
      />
    </Modal>
  );
}

interface FormProps extends DialogProps {
  /** Kept by the dialog, as this form starts over when a conflict reloads the year. */
  conflict: ApiError | null;
  onConflict: (error: unknown) => boolean;
}

function EditNoticeForm({ view, conflict, onClose, onConflict }: FormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<NoticeValues>({
    initialValues: {
      reference: view.reference ?? '',
      // Without a notice yet, the law's own days are what is in force, so they are the draft.
      entries: rowsFromEntries(view.entries),
    },
    validate: noticeRules(t, view.year),
  });

  const mutation = useMutation({
    mutationFn: (values: NoticeValues) =>
      saveCalendarYear(view.year, {
        version: view.version,
        reference: values.reference.trim(),
        entries: entriesFromRows(values.entries),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(calendarYearQueryKey(saved.year), saved);
      notifySuccess(t('calendar.notices.saved', { year: saved.year }));
      // The days of the year (and any deadline shown from them) change with the notice.
      await queryClient.invalidateQueries({ queryKey: calendarQueryKey });
      onClose();
    },
    onError: (error) => {
      if (!onConflict(error) && error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  // The officer pressed "Lưu" at the foot of a long list: bring the outcome into view there.
  const problemsRef = useRef<HTMLDivElement>(null);
  const problem = conflict ?? mutation.error;
  useEffect(() => {
    if (problem) problemsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        <TextInput
          data-autofocus
          label={t('calendar.form.reference')}
          placeholder={t('calendar.form.referencePlaceholder')}
          required
          {...form.getInputProps('reference')}
        />
        <NoticeEntriesField form={form} year={view.year} generated={view.generated} />
        {/* Next to "Lưu" rather than at the top: the list is long, and the top scrolled away. */}
        {problem && (
          <Stack ref={problemsRef} gap="xs">
            <NoticeConflict conflict={conflict} />
            {mutation.isError && !isApiError(mutation.error, 'VERSION_CONFLICT') && (
              <ProblemAlert error={mutation.error} />
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('calendar.form.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('calendar.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
