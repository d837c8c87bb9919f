import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../domain/access/roles.js';
import { roleLabel } from '../../i18n/role-label.js';
import { useLanguage } from '../../i18n/use-language.js';
import { AgencySelect, type KnownAgency } from '../agencies/agency-select.js';
import { newRoleGrantRow, type WithRoleGrants } from './role-grant-rows.js';
import { MAX_ROLE_GRANTS } from './user-validation.js';

interface RoleGrantsFieldProps {
  form: UseFormReturnType<WithRoleGrants>;
  /** Scope a new row starts with: most grants are on the officer's own agency. */
  defaultAgencyId: string | null;
  known?: readonly KnownAgency[];
  /** In a dialog of its own, the first role is the first field and takes the focus. */
  focusFirst?: boolean;
}

export function RoleGrantsField({
  form,
  defaultAgencyId,
  known,
  focusFirst = false,
}: RoleGrantsFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleOptions = useMemo(
    () => ROLES.map((role) => ({ value: role, label: roleLabel(role, language) })),
    [language],
  );
  const rows = form.values.roles;

  return (
    <Fieldset legend={t('users.form.roles')} p="sm">
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('users.form.noRoles')}
          </Text>
        )}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
            <Select
              data-autofocus={focusFirst && index === 0 ? true : undefined}
              label={t('users.form.role')}
              data={roleOptions}
              allowDeselect={false}
              style={{ flex: '1 1 40%' }}
              {...form.getInputProps(`roles.${index}.role`)}
            />
            <AgencySelect
              label={t('users.form.roleAgency')}
              known={known}
              style={{ flex: '1 1 60%' }}
              {...form.getInputProps(`roles.${index}.agencyId`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              size="lg"
              aria-label={`${t('users.form.removeRole')} ${index + 1}`}
              onClick={() => form.removeListItem('roles', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= MAX_ROLE_GRANTS}
          onClick={() => form.insertListItem('roles', newRoleGrantRow(defaultAgencyId))}
        >
          {t('users.form.addRole')}
        </Button>
        {form.errors.roles && (
          <Text size="sm" c="red" role="alert">
            {form.errors.roles}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
