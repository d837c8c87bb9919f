import { Button, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { PasswordField } from '../../ui/password-field.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { changePassword } from '../auth/auth-api.js';
import { sessionQueryKey } from '../auth/session-query.js';
import {
  PASSWORD_MIN_LENGTH,
  passwordConfirmError,
  passwordLengthError,
} from './password-rules.js';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('account.currentRequired')),
      newPassword: (value, values) =>
        passwordLengthError(value, t) ??
        (value === values.currentPassword ? t('account.sameAsCurrent') : null),
      confirmPassword: (value, values) => passwordConfirmError(value, values.newPassword, t),
    },
  });

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      form.reset();
      notifySuccess(t('account.passwordChanged'));
      // The server may start a fresh session (and CSRF token) after a password change.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    onError: (error) => {
      if (error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('account.changePassword')}
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
          mutation.mutate({ currentPassword, newPassword }),
        )}
      >
        <Stack maw={420}>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('account.newPassword')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordField
            label={t('account.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('account.submitPassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
