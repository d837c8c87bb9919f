import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { type Actor, can, scopesFor } from '../../../domain/access/policy.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import {
  IndexScheme,
  maxPoints,
  SHIPPED_INDEX_SCHEME,
  schemeOn,
} from '../../../domain/indicators/index-scheme.js';
import { isDate } from '../../../domain/indicators/periods.js';
import {
  type PlanTargetDef,
  PlanTargets,
  SHIPPED_PLAN_TARGETS,
  targetOf,
  targetsOn,
} from '../../../domain/indicators/plan-targets.js';
import { isUniqueViolation } from '../../db/connection-errors.js';
import { revisionCache } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import type { ErrorCode } from '../../http/error-codes.js';
import { AppError, type FieldError } from '../../http/problem.js';
import { provincePath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import type {
  FigureTargets,
  SchemeBody,
  SchemeVersion,
  TargetsBody,
  TargetsVersion,
  UpdateSchemeBody,
  UpdateTargetsBody,
} from './indicator-settings.contract.js';
import {
  allVersions,
  clashing,
  deleteVersion,
  findVersion,
  insertVersion,
  type Kind,
  lockVersion,
  updateVersion,
  type VersionRow,
} from './indicator-settings.queries.js';

/**
 * The service index's scheme and the plan's targets as versions (issue 7): each applies from its
 * date until the next one's. A version not yet in force may be changed or deleted; one in force or
 * past stays as it was, so that a figure of a past period keeps the score it was given. Every
 * change is audited, and each server instance keeps the versions in memory until the `indicators`
 * revision moves (decision 0009).
 */

type Db = Kysely<DB> | Transaction<DB>;

// ─── Reading, cached ────────────────────────────────────────────────────────────────────────────

const schemes = revisionCache('indicators', async (db) =>
  (await allVersions(db, 'scheme')).map(schemeOfRow),
);
const targetVersions = revisionCache('indicators', async (db) =>
  (await allVersions(db, 'targets')).map(targetsOfRow),
);

function schemeOfRow(row: VersionRow): IndexScheme {
  return {
    version: row.version_name,
    validFrom: row.valid_from,
    source: row.source,
    groups: row.content as IndexScheme['groups'],
  };
}

function targetsOfRow(row: VersionRow): PlanTargets {
  return {
    version: row.version_name,
    validFrom: row.valid_from,
    source: row.source,
    targets: row.content as PlanTargetDef[],
  };
}

/**
 * The scheme in force on a local date; before the first version, the first (a period before the
 * province started counting is scored as the earliest scheme would have).
 */
export async function schemeInForce(db: Db, day: string): Promise<IndexScheme> {
  const all = await schemes(db);
  return schemeOn(all, day) ?? all.at(-1) ?? SHIPPED_INDEX_SCHEME;
}

/** The plan's targets in force on a local date; before the first version, the first. */
export async function targetsInForce(db: Db, day: string): Promise<PlanTargets> {
  const all = await targetVersions(db);
  return targetsOn(all, day) ?? all.at(-1) ?? SHIPPED_PLAN_TARGETS;
}

/** The targets shown beside a period's figures: those in force on its last day. */
export async function figureTargets(db: Db, lastDay: string): Promise<FigureTargets> {
  const t = await targetsInForce(db, lastDay);
  const view = (id: string) => {
    const target = targetOf(t, id) ?? targetOf(SHIPPED_PLAN_TARGETS, id);
    if (!target) throw new Error(`no target ${id}`);
    return { name: target.name, share: target.share, comparison: target.comparison };
  };
  return {
    version: t.version,
    validFrom: t.validFrom,
    onTime: view('onTime'),
    early: view('early'),
  };
}

// ─── Views ──────────────────────────────────────────────────────────────────────────────────────

function statusOf(row: VersionRow, inForceId: string | undefined, today: string) {
  if (row.id === inForceId) return 'in_force' as const;
  return row.valid_from > today ? ('planned' as const) : ('past' as const);
}

function metaOf(row: VersionRow, inForceId: string | undefined, today: string) {
  const person = (id: string | null, name: string | null) =>
    id === null ? null : { id, name: name ?? '' };
  return {
    id: row.id,
    version: row.version_name,
    validFrom: row.valid_from,
    source: row.source,
    status: statusOf(row, inForceId, today),
    rowVersion: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: person(row.created_by, row.created_by_name),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: person(row.updated_by, row.updated_by_name),
  };
}

/** Rows are ordered latest first: the first not after today is the one in force. */
function inForceOf(rows: readonly VersionRow[], today: string): string | undefined {
  return (rows.find((r) => r.valid_from <= today) ?? rows.at(-1))?.id;
}

function schemeView(row: VersionRow, inForceId: string | undefined, today: string): SchemeVersion {
  const scheme = schemeOfRow(row);
  const { total, stated } = maxPoints(scheme);
  return { ...metaOf(row, inForceId, today), groups: scheme.groups, points: { total, stated } };
}

function targetsView(
  row: VersionRow,
  inForceId: string | undefined,
  today: string,
): TargetsVersion {
  return { ...metaOf(row, inForceId, today), targets: targetsOfRow(row).targets };
}

const VIEWS = { scheme: schemeView, targets: targetsView } as const;

// ─── Who may ────────────────────────────────────────────────────────────────────────────────────

/** The scheme and targets belong to the province: managed at its root. */
async function mayManage(db: Db, actor: Actor): Promise<boolean> {
  return can(actor, 'indicator.settings.manage', { agencyPath: await provincePath(db) });
}

/** Whoever reads indicators anywhere reads what they are scored by; so do those who manage it. */
async function authorizeRead(db: Db, actor: Actor): Promise<boolean> {
  const manage = await mayManage(db, actor);
  if (manage || scopesFor(actor, 'indicator.read').length > 0) return manage;
  throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
}

async function authorizeManage(db: Db, actor: Actor) {
  authorize(actor, 'indicator.settings.manage', { agencyPath: await provincePath(db) });
}

// ─── Reads through the API ──────────────────────────────────────────────────────────────────────

export async function listSchemes(db: Kysely<DB>, actor: Actor, now = new Date()) {
  const canManage = await authorizeRead(db, actor);
  const today = localDate(now);
  const rows = await allVersions(db, 'scheme');
  const inForce = inForceOf(rows, today);
  return { today, canManage, items: rows.map((r) => schemeView(r, inForce, today)) };
}

export async function listTargets(db: Kysely<DB>, actor: Actor, now = new Date()) {
  const canManage = await authorizeRead(db, actor);
  const today = localDate(now);
  const rows = await allVersions(db, 'targets');
  const inForce = inForceOf(rows, today);
  return { today, canManage, items: rows.map((r) => targetsView(r, inForce, today)) };
}

/** The version in force on a day (today by default), as a row of the list. */
async function versionOn(db: Kysely<DB>, kind: Kind, day: string | undefined, now: Date) {
  const today = localDate(now);
  const rows = await allVersions(db, kind);
  const row = rows.find((r) => r.valid_from <= (day ?? today)) ?? rows.at(-1);
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Chưa có phiên bản nào' });
  return { row, inForce: inForceOf(rows, today), today };
}

export async function schemeOnDay(
  db: Kysely<DB>,
  actor: Actor,
  day: string | undefined,
  now = new Date(),
): Promise<SchemeVersion> {
  await authorizeRead(db, actor);
  const { row, inForce, today } = await versionOn(db, 'scheme', day, now);
  return schemeView(row, inForce, today);
}

/** Public: the public pages show the targets beside the figures. */
export async function targetsOnDay(
  db: Kysely<DB>,
  day: string | undefined,
  now = new Date(),
): Promise<TargetsVersion> {
  const { row, inForce, today } = await versionOn(db, 'targets', day, now);
  return targetsView(row, inForce, today);
}

// ─── Changes ────────────────────────────────────────────────────────────────────────────────────

const INVALID: Record<Kind, ErrorCode> = {
  scheme: 'INDEX_SCHEME_INVALID',
  targets: 'PLAN_TARGETS_INVALID',
};

/** What the body holds at a path of an issue. */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let at = body;
  for (const key of path) at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
  return at;
}

/** Clearer words than the generic ones for what officers most often get wrong. */
function messageOf(
  kind: Kind,
  body: unknown,
  path: readonly PropertyKey[],
  code: string,
  fallback: string,
) {
  const field = String(path.at(-1));
  // The domain's own words for a repeated indicator are English: the officer reads Vietnamese.
  if (code === 'custom' && kind === 'scheme' && field === 'id')
    return `Số hiệu ${String(valueAt(body, path))} đã có ở một chỉ số khác`;
  if (code === 'custom') return fallback;
  if (kind === 'scheme' && field === 'points') return 'Số điểm phải lớn hơn 0';
  if (kind === 'scheme' && field === 'target') return 'Mục tiêu phải lớn hơn 0% và không quá 100%';
  if (kind === 'scheme' && field === 'statedMax') return 'Điểm tối đa của nhóm phải lớn hơn 0';
  if (kind === 'scheme' && field === 'id' && path.includes('indicators'))
    return 'Số hiệu chỉ số có dạng số.số, ví dụ 2.1 hoặc 4.5a';
  if (field === 'validFrom') return 'Ngày áp dụng phải có dạng YYYY-MM-DD';
  if (code === 'too_small' && path.length === 1) return 'Không được để trống';
  return fallback;
}

/**
 * The content checked by the domain's schema, with the rules of a new version: it starts today or
 * later, and no other version of its kind has its date or its name. All problems at once, each
 * with the path of its field, as 422.
 */
async function checked<K extends Kind>(
  db: Db,
  kind: K,
  body: K extends 'scheme' ? z.infer<typeof SchemeBody> : z.infer<typeof TargetsBody>,
  today: string,
  except?: string,
): Promise<K extends 'scheme' ? IndexScheme : PlanTargets> {
  // Names compare and are kept without the spaces typed around them.
  const input = { ...body, version: body.version.trim(), source: body.source.trim() };
  const parsed = kind === 'scheme' ? IndexScheme.safeParse(input) : PlanTargets.safeParse(input);
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        field: ['body', ...issue.path.map(String)].join('.'),
        code: issue.code,
        message: messageOf(kind, body, issue.path, issue.code, issue.message),
      }));
  if (parsed.success && kind === 'scheme') {
    const scheme = parsed.data as IndexScheme;
    const groups = new Set<string>();
    for (const [g, group] of scheme.groups.entries()) {
      if (groups.has(group.id))
        errors.push({
          field: `body.groups.${g}.id`,
          code: 'duplicate',
          message: `Nhóm ${group.id} bị trùng`,
        });
      groups.add(group.id);
    }
    if (!scheme.groups.some((g) => g.indicators.some((i) => i.id === '2.1')))
      errors.push({
        field: 'body.groups',
        code: 'missing',
        message:
          'Bộ chỉ số phải có chỉ số 2.1 (hồ sơ giải quyết đúng hạn), là chỉ số hệ thống tính',
      });
  }
  if (!errors.some((e) => e.field === 'body.validFrom')) {
    if (!isDate(body.validFrom))
      errors.push({
        field: 'body.validFrom',
        code: 'invalid_date',
        message: 'Ngày áp dụng không có thật',
      });
    else if (body.validFrom < today)
      errors.push({
        field: 'body.validFrom',
        code: 'in_the_past',
        message: 'Ngày áp dụng không được trước hôm nay: phiên bản đã áp dụng giữ nguyên',
      });
  }
  const name = input.version;
  for (const other of await clashing(db, kind, {
    validFrom: isDate(body.validFrom) ? body.validFrom : '0001-01-01',
    name,
    ...(except ? { except } : {}),
  })) {
    if (other.valid_from === body.validFrom)
      errors.push({
        field: 'body.validFrom',
        code: 'taken',
        message: `Đã có phiên bản “${other.version_name}” áp dụng từ ngày này`,
      });
    if (other.version_name === name)
      errors.push({
        field: 'body.version',
        code: 'taken',
        message: 'Đã có phiên bản mang tên này',
      });
  }
  if (errors.length > 0) throw new AppError(INVALID[kind], { errors });
  return parsed.data as K extends 'scheme' ? IndexScheme : PlanTargets;
}

function contentOf(kind: Kind, value: IndexScheme | PlanTargets) {
  return kind === 'scheme' ? (value as IndexScheme).groups : (value as PlanTargets).targets;
}

/**
 * A transaction of a change. Two administrators saving versions of the same date or name at the
 * same moment both pass the check; the unique constraints stop the second, answered as the check
 * would have.
 */
async function inTransaction<T>(
  db: Kysely<DB>,
  kind: Kind,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const field = String((error as { constraint?: string }).constraint).endsWith('valid_from_key')
      ? 'validFrom'
      : 'version';
    throw new AppError(INVALID[kind], {
      errors: [
        {
          field: `body.${field}`,
          code: 'taken',
          message:
            field === 'validFrom'
              ? 'Đã có phiên bản áp dụng từ ngày này'
              : 'Đã có phiên bản mang tên này',
        },
      ],
    });
  }
}

const SUBJECT: Record<Kind, string> = { scheme: 'index_scheme', targets: 'plan_targets' };
const actorId = (actor: Actor) => (actor.kind === 'user' ? actor.id : null);

async function viewOf(db: Db, kind: Kind, id: string, now: Date) {
  const today = localDate(now);
  const [row, rows] = await Promise.all([findVersion(db, kind, id), allVersions(db, kind)]);
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Không có phiên bản này' });
  return VIEWS[kind](row, inForceOf(rows, today), today);
}

async function create(
  db: Kysely<DB>,
  actor: Actor,
  kind: Kind,
  body: z.infer<typeof SchemeBody> | z.infer<typeof TargetsBody>,
  now: Date,
) {
  await authorizeManage(db, actor);
  const today = localDate(now);
  const id = await inTransaction(db, kind, async (trx) => {
    const value = await checked(trx, kind, body as never, today);
    const id = await insertVersion(
      trx,
      kind,
      {
        name: value.version,
        validFrom: value.validFrom,
        source: value.source,
        content: contentOf(kind, value),
      },
      actorId(actor),
    );
    await appendAudit(trx, actor, {
      action: `indicator_settings.${kind}_created`,
      subjectType: SUBJECT[kind],
      subjectId: id,
      data: { after: value },
    });
    return id;
  });
  return viewOf(db, kind, id, now);
}

/** A version not yet in force, locked and at the version the caller read; else 404, 409. */
async function lockedPlanned(
  trx: Transaction<DB>,
  kind: Kind,
  id: string,
  rowVersion: number,
  today: string,
  now: Date,
) {
  const row = await lockVersion(trx, kind, id);
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Không có phiên bản này' });
  if (row.version !== rowVersion)
    throw new AppError('VERSION_CONFLICT', {
      extra: { current: await viewOf(trx, kind, id, now) },
    });
  if (row.valid_from <= today)
    throw new AppError('INDICATOR_SETTINGS_IN_FORCE', {
      detail: `Phiên bản này áp dụng từ ngày ${row.valid_from.split('-').reverse().join('/')}`,
    });
  return row;
}

async function update(
  db: Kysely<DB>,
  actor: Actor,
  kind: Kind,
  id: string,
  body: z.infer<typeof UpdateSchemeBody> | z.infer<typeof UpdateTargetsBody>,
  now: Date,
) {
  await authorizeManage(db, actor);
  const today = localDate(now);
  const { rowVersion, ...content } = body;
  await inTransaction(db, kind, async (trx) => {
    await lockedPlanned(trx, kind, id, rowVersion, today, now);
    const before = await findVersion(trx, kind, id);
    const value = await checked(trx, kind, content as never, today, id);
    const values = {
      name: value.version,
      validFrom: value.validFrom,
      source: value.source,
      content: contentOf(kind, value),
    };
    if (!(await updateVersion(trx, kind, id, rowVersion, values, actorId(actor))))
      throw new AppError('VERSION_CONFLICT');
    await appendAudit(trx, actor, {
      action: `indicator_settings.${kind}_updated`,
      subjectType: SUBJECT[kind],
      subjectId: id,
      data: { before: before && versionValue(kind, before), after: value },
    });
  });
  return viewOf(db, kind, id, now);
}

function versionValue(kind: Kind, row: VersionRow) {
  return kind === 'scheme' ? schemeOfRow(row) : targetsOfRow(row);
}

async function remove(
  db: Kysely<DB>,
  actor: Actor,
  kind: Kind,
  id: string,
  rowVersion: number,
  now: Date,
) {
  await authorizeManage(db, actor);
  const today = localDate(now);
  await db.transaction().execute(async (trx) => {
    await lockedPlanned(trx, kind, id, rowVersion, today, now);
    const before = await findVersion(trx, kind, id);
    if (!(await deleteVersion(trx, kind, id, rowVersion))) throw new AppError('VERSION_CONFLICT');
    await appendAudit(trx, actor, {
      action: `indicator_settings.${kind}_deleted`,
      subjectType: SUBJECT[kind],
      subjectId: id,
      data: { before: before && versionValue(kind, before) },
    });
  });
}

export const createScheme = (
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof SchemeBody>,
  now = new Date(),
) => create(db, actor, 'scheme', body, now) as Promise<SchemeVersion>;

export const updateScheme = (
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateSchemeBody>,
  now = new Date(),
) => update(db, actor, 'scheme', id, body, now) as Promise<SchemeVersion>;

export const deleteScheme = (
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  rowVersion: number,
  now = new Date(),
) => remove(db, actor, 'scheme', id, rowVersion, now);

export const createTargets = (
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof TargetsBody>,
  now = new Date(),
) => create(db, actor, 'targets', body, now) as Promise<TargetsVersion>;

export const updateTargets = (
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: z.infer<typeof UpdateTargetsBody>,
  now = new Date(),
) => update(db, actor, 'targets', id, body, now) as Promise<TargetsVersion>;

export const deleteTargets = (
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  rowVersion: number,
  now = new Date(),
) => remove(db, actor, 'targets', id, rowVersion, now);
