import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../api/types.js';
import { formatDate } from '../../i18n/format-date.js';
import { roleLabel } from '../../i18n/role-label.js';
import { useLanguage } from '../../i18n/use-language.js';
import { type UserDialogKind, UserRowActions } from './user-row-actions.js';
import { UserStatusBadge } from './user-status-badge.js';

interface UsersTableProps {
  users: readonly UserView[];
  /** Absent when the officer may only read. */
  onOpen?: ((kind: UserDialogKind, user: UserView) => void) | undefined;
}

export function UsersTable({ users, onOpen }: UsersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = Date.now();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        stickyHeader
        verticalSpacing={6}
        styles={{ th: { whiteSpace: 'nowrap' } }}
        horizontalSpacing="xs"
        fz="sm"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.username')}</Table.Th>
            <Table.Th>{t('users.columns.fullName')}</Table.Th>
            <Table.Th>{t('users.columns.agency')}</Table.Th>
            <Table.Th>{t('users.columns.roles')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.createdAt')}</Table.Th>
            {onOpen && (
              <Table.Th className="no-print">
                <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {user.username}
              </Table.Td>
              <Table.Td>
                {user.fullName}
                {user.email && (
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td miw={180}>{user.agency.name}</Table.Td>
              <Table.Td miw={220}>
                {user.roles.length === 0
                  ? '—'
                  : user.roles.map((grant) => (
                      <Text key={`${grant.role}:${grant.agencyId}`} size="xs" lh={1.4}>
                        {roleLabel(grant.role, language)}
                        <Text span size="xs" c="dimmed">
                          {' — '}
                          {grant.agencyName}
                        </Text>
                      </Text>
                    ))}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <UserStatusBadge user={user} now={now} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(user.createdAt)}</Table.Td>
              {onOpen && (
                <Table.Td className="no-print">
                  <UserRowActions user={user} onOpen={onOpen} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
