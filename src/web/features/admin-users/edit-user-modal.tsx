import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { UserView } from '../../api/types.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { ConflictNotice } from './conflict-notice.js';
import { useConflictReload } from './use-conflict-reload.js';
import { emailError, fullNameError } from './user-validation.js';
import { updateUser, usersQueryKey } from './users-api.js';

interface DialogProps {
  user: UserView;
  onClose: () => void;
}

export function EditUserModal({ user, onClose }: DialogProps) {
  const { t } = useTranslation();
  const conflict = useConflictReload();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.dialogs.editTitle', { username: user.username })}
      size="md"
    >
      <Stack>
        <ConflictNotice conflict={conflict.conflict} />
        <EditUserForm
          key={`${user.id}:${user.version}`}
          user={user}
          onClose={onClose}
          onConflict={conflict.handle}
        />
      </Stack>
    </Modal>
  );
}

function EditUserForm({
  user,
  onClose,
  onConflict,
}: DialogProps & { onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { fullName: user.fullName, email: user.email ?? '', active: user.active },
    validate: {
      fullName: (value) => fullNameError(value, t),
      email: (value) => emailError(value, t),
    },
  });

  const mutation = useMutation({
    mutationFn: (values: typeof form.values) =>
      updateUser(user.id, {
        version: user.version,
        fullName: values.fullName.trim(),
        email: values.email.trim() || null,
        active: values.active,
      }),
    onSuccess: async (saved) => {
      notifySuccess(t('users.notices.updated', { username: saved.username }));
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onClose();
    },
    onError: (error) => {
      if (!onConflict(error) && error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack>
        {mutation.isError && !isApiError(mutation.error, 'VERSION_CONFLICT') && (
          <ProblemAlert error={mutation.error} />
        )}
        <TextInput
          data-autofocus
          label={t('users.form.fullName')}
          required
          {...form.getInputProps('fullName')}
        />
        <TextInput
          type="email"
          label={t('users.form.email')}
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <Switch
          label={t('users.form.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('users.form.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('users.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
