import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/types.js';
import { RoleGrantList } from '../auth/role-grant-list.js';

export function ProfileCard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const rows = [
    { label: t('account.username'), value: user.username },
    { label: t('account.fullName'), value: user.fullName },
    { label: t('account.email'), value: user.email ?? t('account.none') },
    { label: t('account.agency'), value: user.agency.name },
    { label: t('account.roles'), value: <RoleGrantList roles={user.roles} /> },
  ];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('account.profile')}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th w={180}>{row.label}</Table.Th>
              <Table.Td>{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
