import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import { indexTestbed } from '../../../../test/support/index-testbed.js';
import { withDatabaseName } from '../../../../test/support/postgres-urls.js';
import { appOn, type Client, expectProblem } from '../../../../test/support/test-app.js';
import { usingPostgres } from '../../../../test/support/test-database.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { SHIPPED_INDEX_SCHEME } from '../../../domain/indicators/index-scheme.js';
import { SHIPPED_PLAN_TARGETS } from '../../../domain/indicators/plan-targets.js';
import { openDatabase } from '../../db/database.js';
import type { ProgressView, UnitsView } from '../indicators/indicators.contract.js';
import type { PublicUnitsView } from '../public-index/public-index.contract.js';
import type { SchemeVersion, TargetsVersion } from './indicator-settings.contract.js';

/**
 * Issue 7: the service index's scheme and the plan's targets are versions an administrator edits,
 * and the figures use the version in force on a period's last day.
 */

let bed: Awaited<ReturnType<typeof indexTestbed>>;
let admin: Client;
let supervisor: Client;
const DAY = 86_400_000;
const today = () => localDate(new Date());
const inDays = (n: number) => addDays(today(), n);
const BASE = '/api/v1/indicator-settings';

beforeAll(async () => {
  bed = await indexTestbed();
  admin = await bed.t.login('quantri.tinh');
  supervisor = await bed.t.login('giamsat.tinh');
  // In Kinh Bắc today: one dossier received now (open, within its time) and one handed over by
  // post 20 days ago (open, long past due): indicator 2.1 is 1/2.
  await bed.receive();
  const late = await bed.t.as(bed.counter).post(
    '/api/v1/dossiers',
    buildIntake({
      channel: 'post',
      postal: {
        slipNumber: 'EB125966881VN',
        handedOverAt: new Date(Date.now() - 20 * DAY).toISOString(),
      },
    }),
  );
  expect(late.statusCode, late.body).toBe(201);
});
afterAll(() => bed.t.close());

/** The shipped scheme with indicator 2.1 worth `points`, as a new version from `validFrom`. */
function schemeWith21(points: number, validFrom: string, version: string) {
  const groups = structuredClone(SHIPPED_INDEX_SCHEME.groups);
  for (const g of groups) for (const i of g.indicators) if (i.id === '2.1') i.points = points;
  return { version, validFrom, source: 'Thử nghiệm', groups };
}

function targetsWith(onTime: number, validFrom: string, version: string) {
  return {
    version,
    validFrom,
    source: 'Kế hoạch thử nghiệm',
    targets: SHIPPED_PLAN_TARGETS.targets.map((t) =>
      t.id === 'onTime' ? { ...t, share: onTime } : t,
    ),
  };
}

const progressOf = async (to: string) => {
  const res = await bed.t
    .as(supervisor)
    .get(
      `/api/v1/indicators/progress?agencyId=${agencyIds.commune(KINH_BAC)}&period=custom&date=${today()}&to=${to}`,
    );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProgressView;
};

const publicUnitsTo = async (to: string) => {
  const res = await bed.t.app.inject({
    method: 'GET',
    url: `/api/v1/public/index/units?period=custom&date=${today()}&to=${to}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PublicUnitsView;
};

describe('the versions shipped', () => {
  it('are the scheme and targets motcua had as code, in force today, readable by indicator readers', async () => {
    const res = await bed.t.as(supervisor).get(`${BASE}/schemes`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { canManage: boolean; items: SchemeVersion[] };
    expect(list.canManage).toBe(false);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      version: SHIPPED_INDEX_SCHEME.version,
      validFrom: SHIPPED_INDEX_SCHEME.validFrom,
      status: 'in_force',
      groups: SHIPPED_INDEX_SCHEME.groups,
      points: { total: 98, stated: 100 },
      createdBy: null,
    });
    // The targets in force are public: the public pages show them.
    const targets = await bed.t.app.inject({ method: 'GET', url: `${BASE}/targets/in-force` });
    expect(targets.statusCode, targets.body).toBe(200);
    expect((targets.json() as TargetsVersion).targets).toEqual(SHIPPED_PLAN_TARGETS.targets);
    // An administrator may manage them.
    const forAdmin = (await bed.t.as(admin).get(`${BASE}/targets`)).json() as {
      canManage: boolean;
    };
    expect(forAdmin.canManage).toBe(true);
  });

  it('refuses changes to anyone but an administrator (403), and lists to those who read no indicators', async () => {
    expectProblem(
      await bed.t.as(supervisor).post(`${BASE}/schemes`, schemeWith21(25, inDays(3), 'x')),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await bed.t.as(supervisor).post(`${BASE}/targets`, targetsWith(0.95, inDays(3), 'x')),
      403,
      'FORBIDDEN',
    );
    expectProblem(await bed.t.as(bed.counter).get(`${BASE}/schemes`), 403, 'FORBIDDEN');
    expectProblem(
      await bed.t.app.inject({ method: 'GET', url: `${BASE}/schemes` }),
      401,
      'AUTH_REQUIRED',
    );
    // A commune's administrator is not the province's.
    const communeAdmin = await bed.t.login('quantri.kinhbac');
    expectProblem(
      await bed.t.as(communeAdmin).post(`${BASE}/targets`, targetsWith(0.95, inDays(3), 'x')),
      403,
      'FORBIDDEN',
    );
  });
});

describe('a new scheme version', () => {
  it('scores 2.1 for periods ending on or after its first day, and not before', async () => {
    const from = inDays(10);
    // Read first, so that a value kept in memory must be dropped by the change.
    const before = await progressOf(from);
    expect(before.onTime).toBeCloseTo(0.5);
    expect(before.score).toEqual({ indicator: '2.1', points: 10, max: 20, scheme: '766/2025' });

    const res = await bed.t.as(admin).post(`${BASE}/schemes`, schemeWith21(30, from, '766/2026'));
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as SchemeVersion;
    expect(created).toMatchObject({ status: 'planned', rowVersion: 1, validFrom: from });
    expect(created.createdBy?.id).toBe(admin.userId);

    expect((await progressOf(addDays(from, -1))).score).toEqual({
      indicator: '2.1',
      points: 10,
      max: 20,
      scheme: '766/2025',
    });
    for (const to of [from, addDays(from, 40)])
      expect((await progressOf(to)).score).toEqual({
        indicator: '2.1',
        points: 15,
        max: 30,
        scheme: '766/2026',
      });

    // What applies on a day, as the API says it.
    const on = async (day: string) =>
      (
        (await bed.t.as(supervisor).get(`${BASE}/schemes/in-force?date=${day}`)).json() as {
          version: string;
        }
      ).version;
    expect(await on(addDays(from, -1))).toBe('766/2025');
    expect(await on(from)).toBe('766/2026');

    // Deleted before it applies: the periods are scored as before.
    const deleted = await bed.t.as(admin).delete(`${BASE}/schemes/${created.id}?rowVersion=1`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await progressOf(from)).score.scheme).toBe('766/2025');
  });
});

describe('a new targets version', () => {
  it('changes whether a unit meets the plan, on the public page and the dashboard, from its first day', async () => {
    const from = inDays(12);
    const kinhBac = (v: PublicUnitsView) =>
      v.units.find((u) => u.agency.id === agencyIds.commune(KINH_BAC));
    const before = await publicUnitsTo(from);
    expect(kinhBac(before)).toMatchObject({ onTime: 0.5, onTimeMet: false });
    expect(before.targets.onTime).toEqual({ above: 0.9, comparison: 'above' });

    const res = await bed.t.as(admin).post(`${BASE}/targets`, targetsWith(0.45, from, 'KH 2026'));
    expect(res.statusCode, res.body).toBe(201);

    const after = await publicUnitsTo(from);
    expect(after.targets.onTime).toEqual({ above: 0.45, comparison: 'above' });
    expect(kinhBac(after)).toMatchObject({ onTime: 0.5, onTimeMet: true });
    expect(after.total.onTimeMet).toBe(true);
    // A period ending the day before is still held against the plan before it.
    const dayBefore = await publicUnitsTo(addDays(from, -1));
    expect(dayBefore.targets.onTime.above).toBe(0.9);
    expect(kinhBac(dayBefore)?.onTimeMet).toBe(false);

    // The officers' dashboard gets the same targets beside its figures.
    const units = await bed.t
      .as(supervisor)
      .get(
        `/api/v1/indicators/units?agencyId=${agencyIds.province}&period=custom&date=${today()}&to=${from}`,
      );
    expect(units.statusCode, units.body).toBe(200);
    expect((units.json() as UnitsView).targets).toMatchObject({
      version: 'KH 2026',
      validFrom: from,
      onTime: { share: 0.45, comparison: 'above' },
      early: { share: 0.6, comparison: 'above' },
    });
  });
});

describe('invalid versions', () => {
  it('are refused with 422 and the path of each field at fault', async () => {
    const scheme = schemeWith21(20, inDays(-1), '766/bad');
    const [transparency, progress, online] = scheme.groups;
    transparency?.indicators.push({ id: '1.1', name: 'Trùng', ratio: 'a / b', points: 1 });
    if (progress?.indicators[0]) progress.indicators[0].points = 0;
    if (online?.indicators[0]) online.indicators[0].target = 1.5;
    const res = expectProblem(
      await bed.t.as(admin).post(`${BASE}/schemes`, scheme),
      422,
      'INDEX_SCHEME_INVALID',
    );
    const fields = res.errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.groups.0.indicators.4.id',
        'body.groups.1.indicators.0.points',
        'body.groups.2.indicators.0.target',
        'body.validFrom',
      ]),
    );
    expect(res.errors?.find((e) => e.field === 'body.groups.1.indicators.0.points')?.message).toBe(
      'Số điểm phải lớn hơn 0',
    );
    expect(res.errors?.find((e) => e.field === 'body.groups.0.indicators.4.id')?.message).toMatch(
      /1\.1/,
    );

    const targets = targetsWith(0, inDays(5), 'KH bad');
    targets.targets = targets.targets.filter((t) => t.id !== 'early');
    const bad = expectProblem(
      await bed.t.as(admin).post(`${BASE}/targets`, targets),
      422,
      'PLAN_TARGETS_INVALID',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['body.targets.0.share', 'body.targets']),
    );
    // Over 100%, and a date that is not one.
    const over = expectProblem(
      await bed.t.as(admin).post(`${BASE}/targets`, targetsWith(1.2, '2026-02-30', 'KH bad')),
      422,
      'PLAN_TARGETS_INVALID',
    );
    expect(over.errors?.map((e) => e.field).sort()).toEqual([
      'body.targets.0.share',
      'body.validFrom',
    ]);
    // The shape itself wrong (points as text) is the request's fault: 400.
    const wrongShape = schemeWith21(20, inDays(5), '766/x') as unknown as {
      groups: { indicators: { points: unknown }[] }[];
    };
    const first = wrongShape.groups[0]?.indicators[0];
    if (first) first.points = 'sáu';
    expectProblem(
      await bed.t.as(admin).post(`${BASE}/schemes`, wrongShape),
      400,
      'VALIDATION_FAILED',
    );
    // A second version on the same day, or with the same name.
    const taken = expectProblem(
      await bed.t.as(admin).post(`${BASE}/targets`, targetsWith(0.95, '2025-01-01', 'KH 2025-H2')),
      422,
      'PLAN_TARGETS_INVALID',
    );
    expect(taken.errors?.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'body.validFrom:in_the_past',
      'body.validFrom:taken',
      'body.version:taken',
    ]);
  });
});

describe('changing a version', () => {
  it('only one not yet in force, at the row version read (409 otherwise), audited', async () => {
    const created = await bed.t
      .as(admin)
      .post(`${BASE}/targets`, targetsWith(0.92, inDays(30), 'KH sửa'));
    expect(created.statusCode, created.body).toBe(201);
    const { id, rowVersion } = created.json() as TargetsVersion;

    // Two administrators save their edits of the same version at once: one wins, one gets 409.
    const [a, b] = await Promise.all([
      bed.t.as(admin).put(`${BASE}/targets/${id}`, {
        ...targetsWith(0.93, inDays(30), 'KH sửa'),
        rowVersion,
      }),
      bed.t.as(admin).put(`${BASE}/targets/${id}`, {
        ...targetsWith(0.94, inDays(31), 'KH sửa'),
        rowVersion,
      }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses, `${a.body} ${b.body}`).toEqual([200, 409]);
    const lost = a.statusCode === 409 ? a : b;
    const conflict = expectProblem(lost, 409, 'VERSION_CONFLICT');
    expect((conflict.current as TargetsVersion).rowVersion).toBe(rowVersion + 1);
    const won = (a.statusCode === 200 ? a : b).json() as TargetsVersion;
    expect(won.rowVersion).toBe(rowVersion + 1);

    // A stale delete is refused too; the current one goes through.
    expectProblem(
      await bed.t.as(admin).delete(`${BASE}/targets/${id}?rowVersion=${rowVersion}`),
      409,
      'VERSION_CONFLICT',
    );
    const gone = await bed.t.as(admin).delete(`${BASE}/targets/${id}?rowVersion=${won.rowVersion}`);
    expect(gone.statusCode, gone.body).toBe(204);
    expectProblem(
      await bed.t.as(admin).delete(`${BASE}/targets/${id}?rowVersion=${won.rowVersion}`),
      404,
      'NOT_FOUND',
    );

    // The version in force (the shipped one) stays as it is: a new version replaces it.
    const list = (await bed.t.as(admin).get(`${BASE}/targets`)).json() as {
      items: TargetsVersion[];
    };
    const inForce = list.items.find((v) => v.status === 'in_force') as TargetsVersion;
    expect(inForce.version).toBe('KH 2025-H2');
    expectProblem(
      await bed.t.as(admin).put(`${BASE}/targets/${inForce.id}`, {
        ...targetsWith(0.95, inDays(1), 'KH 2025-H2'),
        rowVersion: inForce.rowVersion,
      }),
      409,
      'INDICATOR_SETTINGS_IN_FORCE',
    );
    expectProblem(
      await bed.t
        .as(admin)
        .delete(`${BASE}/targets/${inForce.id}?rowVersion=${inForce.rowVersion}`),
      409,
      'INDICATOR_SETTINGS_IN_FORCE',
    );

    // Each change is in the audit log, by whom and what it was before and after.
    const audit = await bed.t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'subject_type', 'data'])
      .where('subject_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.action)).toEqual([
      'indicator_settings.targets_created',
      'indicator_settings.targets_updated',
      'indicator_settings.targets_deleted',
    ]);
    expect(
      audit.every((r) => r.actor_id === admin.userId && r.subject_type === 'plan_targets'),
    ).toBe(true);
    const updated = audit[1]?.data as {
      before: { targets: { id: string; share: number }[] };
      after: { targets: { id: string; share: number }[] };
    };
    expect(updated.before.targets.find((t) => t.id === 'onTime')?.share).toBe(0.92);
    expect(updated.after.targets.find((t) => t.id === 'onTime')?.share).toBe(won.targets[0]?.share);
  });
});

/** Two server instances on one database, as behind a load balancer (decision 0009). */
describe.runIf(usingPostgres)('on another instance', () => {
  it('a new version is seen at once, not after a timeout', async () => {
    const name = (
      await bed.t.db
        .selectNoFrom((eb) => eb.fn<string>('current_database', []).as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const other = await appOn(
      await openDatabase({
        kind: 'postgres',
        url: withDatabaseName(process.env.DATABASE_URL as string, name),
        poolSize: 2,
      }),
    );
    try {
      const from = inDays(20);
      const onOther = async () =>
        (
          (
            await other.app.inject({
              method: 'GET',
              url: `/api/v1/public/index/units?period=custom&date=${today()}&to=${from}`,
            })
          ).json() as PublicUnitsView
        ).targets.onTime.above;
      // Let the other instance trust what it keeps (no write of its own for a while).
      expect(await onOther()).toBe(0.45);
      await new Promise((r) => setTimeout(r, 2_200));
      expect(await onOther()).toBe(0.45);
      const res = await bed.t
        .as(admin)
        .post(`${BASE}/targets`, targetsWith(0.97, from, 'KH máy khác'));
      expect(res.statusCode, res.body).toBe(201);
      const until = Date.now() + 3_000;
      let seen = await onOther();
      while (seen !== 0.97 && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await onOther();
      }
      expect(seen).toBe(0.97);
    } finally {
      await other.app.close();
      await other.database.close();
    }
  }, 30_000);
});
