import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { catalogQueryKey, createProcedure, procedureDetailQueryKey } from './catalog-api.js';
import { agencyError, amountError, codeError, fieldError, nameError } from './content-rules.js';
import { MainFields } from './main-fields.js';
import {
  NEW_PROCEDURE_VALUES,
  type NewProcedureValues,
  newProcedureRequest,
} from './new-procedure.js';

export function CreateProcedureModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<NewProcedureValues>({
    initialValues: NEW_PROCEDURE_VALUES,
    validate: {
      nationalCode: (value) => codeError(t, value),
      name: (value) => nameError(t, value),
      field: (value) => fieldError(t, value),
      agencyId: (value, values) => agencyError(t, value, values.level),
      timeLimit: { amount: (value) => amountError(t, value) },
    },
  });

  const mutation = useMutation({
    mutationFn: createProcedure,
    onSuccess: async (created) => {
      void queryClient.invalidateQueries({ queryKey: catalogQueryKey, refetchType: 'none' });
      // The editor opens on the new draft without asking the server for it again.
      queryClient.setQueryData(procedureDetailQueryKey(created.nationalCode), created);
      notifySuccess(t('catalog.notices.created', { code: created.nationalCode }));
      onClose();
      await navigate({ to: '/danh-muc-tthc/$code', params: { code: created.nationalCode } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      // The content's own paths ("body.content.name") are the form's top-level ones here.
      showFieldProblems(form, error);
      for (const problem of error.errors) {
        const path = problem.field.replace(/^body\.content\./, '');
        if (path !== problem.field) form.setFieldError(path as never, problem.message);
      }
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('catalog.form.createTitle')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => mutation.mutate(newProcedureRequest(values)))}
      >
        <Stack>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <TextInput
            data-autofocus
            label={t('catalog.form.code')}
            placeholder={t('catalog.form.codePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            required
            maw={220}
            {...form.getInputProps('nationalCode')}
          />
          <MainFields form={form} />
          <Text size="sm" c="dimmed">
            {t('catalog.form.createNote')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('catalog.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('catalog.form.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
