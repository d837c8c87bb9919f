import { Button, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../api/api-error.js';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { ProcedureDetail } from '../../api/types.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { todayInVietnam } from '../calendar/vietnam-today.js';
import { publishVersion } from './catalog-api.js';
import { DateField } from './date-field.js';
import { ProblemList } from './problem-list.js';

interface PublishPanelProps {
  draft: ProcedureDetail;
  /** Publishing takes the draft as stored: unsaved edits would silently be left out. */
  unsaved: boolean;
  onPublished: (published: ProcedureDetail) => void;
  /** Hands the server's findings to the draft form, to show each under its field. */
  onProblems: (problems: readonly FieldProblem[]) => void;
  onConflict: (error: unknown) => boolean;
}

export function PublishPanel({
  draft,
  unsaved,
  onPublished,
  onProblems,
  onConflict,
}: PublishPanelProps) {
  const { t } = useTranslation();
  const [validFrom, setValidFrom] = useState(todayInVietnam());
  const [dateError, setDateError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: () =>
      publishVersion(draft.nationalCode, draft.versionNo, {
        rowVersion: draft.rowVersion,
        validFrom,
      }),
    onSuccess: (published) => {
      notifySuccess(t('catalog.notices.published', { version: published.versionNo }));
      onPublished(published);
    },
    onError: (error) => {
      if (onConflict(error) || !(error instanceof ApiError)) return;
      const dateProblem = error.errors.find((problem) => problem.field.endsWith('validFrom'));
      if (dateProblem) setDateError(dateProblem.message);
      onProblems(error.errors);
    },
  });

  const publish = () => {
    if (!validFrom) {
      setDateError(t('catalog.validation.dateRequired'));
      return;
    }
    mutation.mutate();
  };
  const failure =
    mutation.isError && !isApiError(mutation.error, 'VERSION_CONFLICT') ? mutation.error : null;

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('catalog.publish.hint')}
      </Text>
      <Group align="flex-start" gap="sm">
        <DateField
          label={t('catalog.publish.validFrom')}
          value={validFrom}
          onChange={(event) => {
            setValidFrom(event.currentTarget.value);
            setDateError(null);
          }}
          error={dateError}
          required
          w={200}
        />
        <Button
          mt={25}
          leftSection={<IconSend size={18} aria-hidden />}
          disabled={unsaved}
          loading={mutation.isPending}
          onClick={publish}
        >
          {t('catalog.publish.submit')}
        </Button>
      </Group>
      {unsaved && (
        <Text size="sm" c="orange.9">
          {t('catalog.publish.saveFirst')}
        </Text>
      )}
      {failure && (
        <Stack gap="xs">
          <ProblemAlert error={failure} />
          <ProblemList error={failure} title={t('catalog.publish.problems')} />
        </Stack>
      )}
    </Stack>
  );
}
