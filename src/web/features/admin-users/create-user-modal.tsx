import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { PasswordField } from '../../ui/password-field.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import {
  PASSWORD_MIN_LENGTH,
  passwordConfirmError,
  passwordLengthError,
} from '../account/password-rules.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { grantsFromRows, type RoleGrantRow, roleGrantRules } from './role-grant-rows.js';
import { RoleGrantsField } from './role-grants-field.js';
import { agencyError, emailError, fullNameError, usernameError } from './user-validation.js';
import { createUser, usersQueryKey } from './users-api.js';

interface CreateUserValues {
  username: string;
  fullName: string;
  email: string;
  agencyId: string | null;
  password: string;
  confirmPassword: string;
  roles: RoleGrantRow[];
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<CreateUserValues>({
    initialValues: {
      username: '',
      fullName: '',
      email: '',
      agencyId: null,
      password: '',
      confirmPassword: '',
      roles: [],
    },
    validate: {
      username: (value) => usernameError(value, t),
      fullName: (value) => fullNameError(value, t),
      email: (value) => emailError(value, t),
      agencyId: (value) => agencyError(value, t),
      password: (value) => passwordLengthError(value, t),
      confirmPassword: (value, values) => passwordConfirmError(value, values.password, t),
      roles: roleGrantRules(t),
    },
  });

  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      notifySuccess(t('users.notices.created', { username: user.username }));
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  const submit = form.onSubmit((values) => {
    if (!values.agencyId) return;
    mutation.mutate({
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      email: values.email.trim() || undefined,
      agencyId: values.agencyId,
      password: values.password,
      roles: grantsFromRows(values.roles),
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('users.dialogs.createTitle')} size="xl">
      <form noValidate onSubmit={submit}>
        <Stack>
          {mutation.isError && <ProblemAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              data-autofocus
              label={t('users.form.username')}
              description={t('users.form.usernameHint')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...form.getInputProps('username')}
            />
            <TextInput
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
            <AgencySelect
              label={t('users.form.agency')}
              required
              {...form.getInputProps('agencyId')}
            />
            <PasswordField
              label={t('users.form.password')}
              description={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordField
              label={t('users.form.confirmInitialPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
          </SimpleGrid>
          <RoleGrantsField form={form} defaultAgencyId={form.values.agencyId} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('users.form.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
