import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../api/types.js';

export type UserDialogKind = 'edit' | 'roles' | 'password';

export function UserRowActions({
  user,
  onOpen,
}: {
  user: UserView;
  onOpen: (kind: UserDialogKind, user: UserView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('users.actions.menu', { username: user.username })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => onOpen('edit', user)}
        >
          {t('users.actions.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconUserShield size={16} aria-hidden />}
          onClick={() => onOpen('roles', user)}
        >
          {t('users.actions.roles')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => onOpen('password', user)}
        >
          {t('users.actions.resetPassword')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
