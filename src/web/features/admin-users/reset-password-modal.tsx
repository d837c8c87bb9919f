import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import type { UserView } from '../../api/types.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { PasswordField } from '../../ui/password-field.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import {
  PASSWORD_MIN_LENGTH,
  passwordConfirmError,
  passwordLengthError,
} from '../account/password-rules.js';
import { resetUserPassword, usersQueryKey } from './users-api.js';

export function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: (value) => passwordLengthError(value, t),
      confirmPassword: (value, values) => passwordConfirmError(value, values.newPassword, t),
    },
  });

  const mutation = useMutation({
    mutationFn: (newPassword: string) => resetUserPassword(user.id, newPassword),
    onSuccess: async () => {
      notifySuccess(t('users.notices.passwordReset', { username: user.username }));
      // The reset also lifts a lock, which the list shows.
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.dialogs.resetTitle', { username: user.username })}
      size="md"
    >
      <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values.newPassword))}>
        <Stack>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <Text size="sm">{t('users.form.resetNote')}</Text>
          <PasswordField
            data-autofocus
            label={t('users.form.newPassword')}
            description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordField
            label={t('users.form.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmPassword')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={mutation.isPending}>
              {t('users.form.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
