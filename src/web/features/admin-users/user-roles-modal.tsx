import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { UserView } from '../../api/types.js';
import { showFieldProblems } from '../../ui/field-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { ConflictNotice } from './conflict-notice.js';
import {
  grantsFromRows,
  type RoleGrantRow,
  roleGrantRules,
  rowsFromGrants,
} from './role-grant-rows.js';
import { RoleGrantsField } from './role-grants-field.js';
import { useConflictReload } from './use-conflict-reload.js';
import { setUserRoles, usersQueryKey } from './users-api.js';

interface DialogProps {
  user: UserView;
  onClose: () => void;
}

export function UserRolesModal({ user, onClose }: DialogProps) {
  const { t } = useTranslation();
  const conflict = useConflictReload();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.dialogs.rolesTitle', { username: user.username })}
      size="xl"
    >
      <Stack>
        <ConflictNotice conflict={conflict.conflict} />
        <UserRolesForm
          key={`${user.id}:${user.version}`}
          user={user}
          onClose={onClose}
          onConflict={conflict.handle}
        />
      </Stack>
    </Modal>
  );
}

function UserRolesForm({
  user,
  onClose,
  onConflict,
}: DialogProps & { onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ roles: RoleGrantRow[] }>({
    initialValues: { roles: rowsFromGrants(user.roles) },
    validate: { roles: roleGrantRules(t) },
  });
  // Grants may point at agencies since merged or closed, which the picker no longer lists.
  const known = useMemo(
    () => [
      user.agency,
      ...user.roles.map((grant) => ({ id: grant.agencyId, name: grant.agencyName })),
    ],
    [user],
  );

  const mutation = useMutation({
    mutationFn: (rows: RoleGrantRow[]) =>
      setUserRoles(user.id, { version: user.version, roles: grantsFromRows(rows) }),
    onSuccess: async (saved) => {
      notifySuccess(t('users.notices.rolesSaved', { username: saved.username }));
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onClose();
    },
    onError: (error) => {
      if (!onConflict(error) && error instanceof ApiError) showFieldProblems(form, error);
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values.roles))}>
      <Stack>
        {mutation.isError && !isApiError(mutation.error, 'VERSION_CONFLICT') && (
          <ProblemAlert error={mutation.error} />
        )}
        <RoleGrantsField form={form} defaultAgencyId={user.agency.id} known={known} focusFirst />
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
