import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/policy.js';
import type { Role } from '../../domain/access/roles.js';
import { CatalogDocument } from '../../domain/catalog/procedure.js';
import type { DB } from '../db/schema.js';
import { appendAudit } from '../features/audit/audit.service.js';
import { hashPassword } from '../features/auth/secrets.js';
import { importDocument } from '../features/catalog/catalog.service.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { bacNinhOrganisation, ORGANISATION_VALID_FROM } from './organisation.js';
import { stableId } from './stable-id.js';

const SEED_ACTOR: Actor = { kind: 'system', id: 'seed', scopes: [], agencyPath: '/' };

/**
 * The organisation is reference data, wanted in production as much as in a demo: idempotent, it
 * adds what is missing and leaves what an administrator has changed alone.
 */
export async function seedOrganisation(db: Kysely<DB>): Promise<number> {
  const agencies = bacNinhOrganisation();
  const paths = new Map<string, string>();
  for (const a of agencies) {
    const parentPath = a.parentId ? paths.get(a.parentId) : '/';
    if (parentPath === undefined) throw new Error(`parent of ${a.name} must come first`);
    paths.set(a.id, `${parentPath}${a.id}/`);
  }
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('agencies')
      .values(
        agencies.map((a) => ({
          id: a.id,
          parent_id: a.parentId,
          path: paths.get(a.id) as string,
          kind: a.kind,
          name: a.name,
          short_name: a.shortName,
          code: a.code,
          code_is_placeholder: true,
          admin_unit_code: a.adminUnitCode,
          valid_from: ORGANISATION_VALID_FROM,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['id', 'name'])
      .execute();
    if (inserted.length > 0) {
      await trx
        .insertInto('agency_names')
        .values(
          inserted.map((a) => ({
            agency_id: a.id,
            valid_from: ORGANISATION_VALID_FROM,
            name: a.name,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
      await appendAudit(trx, SEED_ACTOR, {
        action: 'seed.organisation',
        subjectType: 'agency',
        data: { added: inserted.length },
      });
    }
    return inserted.length;
  });
}

export const DEMO_PASSWORD = 'Demo@2025';

export const DEMO_PLACES = {
  tinh: { home: stableId('agency:ttpvhcc-tinh') },
  stp: { home: stableId('agency:so-tu-phap') },
  kinhbac: { home: stableId('agency:commune:09187') },
} as const;

const ROLE_PREFIX: Record<Role, string> = {
  counter_officer: 'motcua',
  specialist: 'chuyenvien',
  leader: 'lanhdao',
  centre_supervisor: 'giamsat',
  tthc_control: 'kiemsoat',
  admin: 'quantri',
};

const PROVINCE_WIDE: Role[] = ['counter_officer', 'centre_supervisor', 'tthc_control', 'admin'];

/** Where each demo account's role applies: provincial-centre staff who serve the whole province
 * get the province's subtree; everyone else their own agency's. */
function scopeOf(place: keyof typeof DEMO_PLACES, role: Role): string {
  if (place === 'tinh' && PROVINCE_WIDE.includes(role)) return stableId('agency:province');
  return DEMO_PLACES[place].home;
}

export function demoAccounts() {
  return (Object.keys(DEMO_PLACES) as (keyof typeof DEMO_PLACES)[]).flatMap((place) =>
    (Object.keys(ROLE_PREFIX) as Role[]).map((role) => ({
      id: stableId(`demo-user:${place}:${role}`),
      username: `${ROLE_PREFIX[role]}.${place}`,
      role,
      place,
      homeAgencyId:
        place === 'kinhbac' && role === 'counter_officer'
          ? stableId('agency:commune-centre:09187')
          : DEMO_PLACES[place].home,
      scopeAgencyId: scopeOf(place, role),
    })),
  );
}

/** One person per demo account, so that a screen never shows two people with the same name. */
const DEMO_NAMES: Record<keyof typeof DEMO_PLACES, Record<Role, string>> = {
  tinh: {
    counter_officer: 'Nguyễn Thị Hoa',
    specialist: 'Trần Văn Minh',
    leader: 'Lê Quang Hùng',
    centre_supervisor: 'Phạm Thu Trang',
    tthc_control: 'Hoàng Đức Anh',
    admin: 'Vũ Ngọc Lan',
  },
  stp: {
    counter_officer: 'Đỗ Thị Hạnh',
    specialist: 'Bùi Văn Tùng',
    leader: 'Đặng Quốc Khánh',
    centre_supervisor: 'Ngô Thị Mai',
    tthc_control: 'Dương Minh Tuấn',
    admin: 'Lý Thanh Hà',
  },
  kinhbac: {
    counter_officer: 'Nguyễn Thị Thu Hằng',
    specialist: 'Trịnh Văn Nam',
    leader: 'Phan Đức Thắng',
    centre_supervisor: 'Hồ Thị Lan Anh',
    tthc_control: 'Mai Xuân Trường',
    admin: 'Cao Thị Ngọc',
  },
};

/** Demo accounts: only ever created by `seed --demo` or by `npm start` on an empty database. */
export async function seedDemo(db: Kysely<DB>): Promise<number> {
  const accounts = demoAccounts();
  const hash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('users')
      .values(
        accounts.map((a) => ({
          id: a.id,
          username: a.username,
          full_name: DEMO_NAMES[a.place][a.role],
          email: `${a.username}@demo.motcua.invalid`,
          agency_id: a.homeAgencyId,
          password_hash: hash,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    const fresh = new Set(inserted.map((r) => r.id));
    const grants = accounts.filter((a) => fresh.has(a.id));
    if (grants.length > 0) {
      await trx
        .insertInto('role_grants')
        .values(grants.map((a) => ({ user_id: a.id, role: a.role, agency_id: a.scopeAgencyId })))
        .execute();
      await appendAudit(trx, SEED_ACTOR, {
        action: 'seed.demo',
        subjectType: 'user',
        data: { added: grants.length },
      });
    }
    return grants.length;
  });
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The demo catalog, imported like any catalog file: idempotent, published from 1 July 2025. */
export async function seedDemoCatalog(db: Kysely<DB>) {
  const actor: Actor = { kind: 'system', id: 'seed', scopes: ['catalog.manage'], agencyPath: '/' };
  return importDocument(db, actor, CatalogDocument.parse(DEMO_CATALOG));
}
