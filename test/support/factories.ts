import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../src/domain/access/roles.js';
import type { DB } from '../../src/server/db/schema.js';
import { hashPassword } from '../../src/server/features/auth/secrets.js';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.service.js';
import { stableId } from '../../src/server/seed/stable-id.js';

/** Agency ids of the seeded organisation, by the same names the seed uses. */
export const agencyIds = {
  province: stableId('agency:province'),
  provincialCentre: stableId('agency:ttpvhcc-tinh'),
  vpUbnd: stableId('agency:vp-ubnd'),
  soTuPhap: stableId('agency:so-tu-phap'),
  commune: (unitCode: string) => stableId(`agency:commune:${unitCode}`),
  communeCentre: (unitCode: string) => stableId(`agency:commune-centre:${unitCode}`),
};

/** Phường Kinh Bắc (demo) and Phường Võ Cường, two neighbours for isolation tests. */
export const KINH_BAC = '09187';
export const VO_CUONG = '09190';

let passwordHash: Promise<string> | undefined;

export async function buildUser(
  db: Kysely<DB>,
  overrides: {
    username?: string;
    agencyId?: string;
    roles?: { role: Role; agencyId: string }[];
    fullName?: string;
  } = {},
) {
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  const id = randomUUID();
  const agencyId = overrides.agencyId ?? agencyIds.province;
  const username = overrides.username ?? `user-${id.slice(0, 8)}`;
  await db
    .insertInto('users')
    .values({
      id,
      username,
      full_name: overrides.fullName ?? 'Người dùng thử',
      agency_id: agencyId,
      email: null,
      password_hash: await passwordHash,
    })
    .execute();
  const roles = overrides.roles ?? [];
  if (roles.length > 0) {
    await db
      .insertInto('role_grants')
      .values(roles.map((r) => ({ user_id: id, role: r.role, agency_id: r.agencyId })))
      .execute();
  }
  return { id, username, agencyId };
}
