import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { Role, RoleGrant } from '../../api/types.js';

/** One editable grant; `key` keeps React rows stable while officers add and remove them. */
export interface RoleGrantRow {
  key: string;
  role: Role | null;
  agencyId: string | null;
}

export interface WithRoleGrants {
  roles: RoleGrantRow[];
}

export function newRoleGrantRow(agencyId: string | null): RoleGrantRow {
  return { key: randomId(), role: null, agencyId };
}

export function rowsFromGrants(
  grants: readonly { role: Role; agencyId: string }[],
): RoleGrantRow[] {
  return grants.map((grant) => ({ key: randomId(), role: grant.role, agencyId: grant.agencyId }));
}

/** Only call after validation, which guarantees every row is complete. */
export function grantsFromRows(rows: readonly RoleGrantRow[]): RoleGrant[] {
  return rows.flatMap((row) =>
    row.role && row.agencyId ? [{ role: row.role, agencyId: row.agencyId }] : [],
  );
}

export function roleGrantRules(t: TFunction) {
  return {
    role: (value: Role | null) => (value ? null : t('users.validation.roleRequired')),
    agencyId: (value: string | null, values: WithRoleGrants, path: string) => {
      if (!value) return t('users.validation.agencyRequired');
      const index = Number(path.split('.')[1]);
      const row = values.roles[index];
      const role = row?.role;
      const repeated =
        role != null &&
        values.roles.some(
          (other, i) => i < index && other.role === role && other.agencyId === value,
        );
      return repeated ? t('users.validation.roleDuplicate') : null;
    },
  };
}
