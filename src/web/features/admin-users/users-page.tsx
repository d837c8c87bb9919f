import { Button, Group, Pagination, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../api/types.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AgencySelect } from '../agencies/agency-select.js';
import { useCan } from '../auth/current-user.js';
import { RequirePermission } from '../auth/require-permission.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { ResetPasswordModal } from './reset-password-modal.js';
import { UserRolesModal } from './user-roles-modal.js';
import type { UserDialogKind } from './user-row-actions.js';
import { USERS_PAGE_SIZE, usersQueryOptions } from './users-api.js';
import type { UsersSearch } from './users-search.js';
import { UsersTable } from './users-table.js';

interface UsersPageProps {
  search: UsersSearch;
  onSearchChange: (next: UsersSearch) => void;
}

type Dialog = { kind: 'create' } | { kind: UserDialogKind; user: UserView } | null;

export function UsersPage(props: UsersPageProps) {
  return (
    <RequirePermission action="user.read">
      <UsersPageContent {...props} />
    </RequirePermission>
  );
}

function UsersPageContent({ search, onSearchChange }: UsersPageProps) {
  const { t } = useTranslation();
  const canManage = useCan('user.manage');
  const page = search.page ?? 1;
  const users = useQuery(usersQueryOptions({ q: search.q, agencyId: search.agencyId, page }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [searchText, setSearchText] = useState(search.q ?? '');

  const applySearch = (text: string) => {
    const q = text.trim() || undefined;
    if (q !== search.q) onSearchChange({ ...search, q, page: undefined });
  };
  const applySearchLater = useDebouncedCallback(applySearch, 400);
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    applySearch(searchText);
  };

  const closeDialog = () => setDialog(null);
  // Dialogs read the row as last loaded, so a reload after a conflict reaches them too.
  const dialogUser =
    dialog && dialog.kind !== 'create'
      ? (users.data?.items.find((user) => user.id === dialog.user.id) ?? dialog.user)
      : null;

  const total = users.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          canManage && (
            <Button
              leftSection={<IconUserPlus size={18} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('users.create')}
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <Paper withBorder p="sm" className="no-print">
          <search>
            <form onSubmit={submitSearch}>
              <Group align="flex-end" gap="sm">
                <TextInput
                  label={t('users.search')}
                  placeholder={t('users.searchPlaceholder')}
                  leftSection={<IconSearch size={16} aria-hidden />}
                  value={searchText}
                  onChange={(event) => {
                    setSearchText(event.currentTarget.value);
                    applySearchLater(event.currentTarget.value);
                  }}
                  style={{ flex: '1 1 260px' }}
                />
                <AgencySelect
                  label={t('users.agencyFilter')}
                  placeholder={t('users.allAgencies')}
                  clearable
                  value={search.agencyId ?? null}
                  onChange={(agencyId) =>
                    onSearchChange({ ...search, agencyId: agencyId ?? undefined, page: undefined })
                  }
                  style={{ flex: '1 1 320px' }}
                />
                <Button type="submit" variant="default">
                  {t('users.searchSubmit')}
                </Button>
              </Group>
            </form>
          </search>
        </Paper>

        {users.isError && <ProblemAlert error={users.error} />}
        {users.isPending && <FullPageLoader />}
        {users.data && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('users.total', { count: total })}
            </Text>
            {users.data.items.length === 0 ? (
              <Paper withBorder p="lg">
                <Text c="dimmed">{t('users.empty')}</Text>
              </Paper>
            ) : (
              <UsersTable
                users={users.data.items}
                onOpen={canManage ? (kind, user) => setDialog({ kind, user }) : undefined}
              />
            )}
            {pageCount > 1 && (
              <Group
                component="nav"
                aria-label={t('users.pagination')}
                justify="center"
                className="no-print"
              >
                <Pagination
                  total={pageCount}
                  value={Math.min(page, pageCount)}
                  onChange={(next) =>
                    onSearchChange({ ...search, page: next > 1 ? next : undefined })
                  }
                  getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                  getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
                />
              </Group>
            )}
          </>
        )}
      </Stack>

      {dialog?.kind === 'create' && <CreateUserModal onClose={closeDialog} />}
      {dialog?.kind === 'edit' && dialogUser && (
        <EditUserModal user={dialogUser} onClose={closeDialog} />
      )}
      {dialog?.kind === 'roles' && dialogUser && (
        <UserRolesModal user={dialogUser} onClose={closeDialog} />
      )}
      {dialog?.kind === 'password' && dialogUser && (
        <ResetPasswordModal user={dialogUser} onClose={closeDialog} />
      )}
    </>
  );
}
