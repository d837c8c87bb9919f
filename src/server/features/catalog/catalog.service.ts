import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { type Actor, can } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { diff } from '../../../domain/catalog/diff.js';
import type {
  CatalogDocument,
  CatalogEntry,
  ProcedureContent,
  ProcessContent,
} from '../../../domain/catalog/procedure.js';
import { procedureProblems, processProblems } from '../../../domain/catalog/rules.js';
import { searchKey } from '../../../domain/catalog/search-key.js';
import { correctWords } from '../../../domain/catalog/spelling.js';
import { isUniqueViolation } from '../../db/connection-errors.js';
import { revisionCache } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { AppError, type FieldError } from '../../http/problem.js';
import { provincePath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import type { SearchQuery } from './catalog.contract.js';
import {
  agencyName,
  draftVersions,
  findProcedure,
  processesOf,
  rememberWords,
  searchPublished,
  versionsOf,
  vocabulary,
} from './catalog.queries.js';

type Db = Kysely<DB> | Transaction<DB>;
type Steps = ProcessContent['steps'];
const COMMUNE = 'Ủy ban nhân dân cấp xã';

/** The catalog belongs to the province: it is managed at the root of the agency tree. */
export async function authorizeCatalog(db: Db, actor: Actor) {
  authorize(actor, 'catalog.manage', { agencyPath: await provincePath(db) });
}

/** The columns of a version row that are derived from its content, for filters and search. */
export function derived(nationalCode: string, content: ProcedureContent) {
  return {
    name: content.name,
    search_key: searchKey(`${content.name} ${nationalCode}`),
    field: content.field,
    level: content.level,
    online_level: content.onlineLevel,
    competent_agency_id:
      content.competentAgency.kind === 'agency' ? content.competentAgency.agencyId : null,
    content: JSON.stringify(content),
  };
}

function toFieldErrors(
  prefix: string,
  problems: { path: string; code: string; message: string }[],
): FieldError[] {
  return problems.map((p) => ({ field: `${prefix}.${p.path}`, code: p.code, message: p.message }));
}

function checkContent(content: ProcedureContent, prefix = 'body.content') {
  const problems = procedureProblems(content);
  if (problems.length > 0)
    throw new AppError('PROCEDURE_INVALID', { errors: toFieldErrors(prefix, problems) });
}

export async function search(db: Kysely<DB>, q: z.infer<typeof SearchQuery>, now = new Date()) {
  const typed = q.q ? searchKey(q.q) : '';
  const filter = {
    today: localDate(now),
    ...(q.level ? { level: q.level } : {}),
    ...(q.field ? { field: q.field } : {}),
    ...(q.agencyId ? { agencyId: q.agencyId } : {}),
    ...(q.onlineLevel ? { onlineLevel: q.onlineLevel } : {}),
    limit: q.pageSize + 1,
    offset: (q.page - 1) * q.pageSize,
  };
  let rows = await searchPublished(db, { ...filter, ...(typed ? { key: typed } : {}) });
  // Nothing for the words as typed: try again with typos corrected against the catalog's words.
  if (rows.length === 0 && typed) {
    const corrected = correctWords(typed.split(' '), await vocabulary(db)).join(' ');
    if (corrected !== typed) rows = await searchPublished(db, { ...filter, key: corrected });
  }
  return {
    items: rows.slice(0, q.pageSize).map((r) => ({
      nationalCode: r.national_code,
      name: r.name,
      field: r.field,
      level: r.level as ProcedureContent['level'],
      onlineLevel: r.online_level as ProcedureContent['onlineLevel'],
      competentAgency: r.agency_name ?? COMMUNE,
      timeLimit: r.time_limit as ProcedureContent['timeLimit'],
      versionNo: r.version_no,
    })),
    page: q.page,
    pageSize: q.pageSize,
    hasMore: rows.length > q.pageSize,
  };
}

async function load(db: Db, code: string) {
  const procedure = await findProcedure(db, code);
  if (!procedure) throw new AppError('NOT_FOUND', { detail: `Không có thủ tục mã ${code}` });
  return { procedure, versions: await versionsOf(db, procedure.id) };
}

type VersionRow = Awaited<ReturnType<typeof versionsOf>>[number];

/** The version in force on a day: started on or before it, not ended before it. */
function inForce(versions: VersionRow[], today: string): VersionRow | undefined {
  return versions.find(
    (v) =>
      v.valid_from !== null &&
      v.valid_from <= today &&
      (v.valid_to === null || v.valid_to >= today),
  );
}

const info = (v: VersionRow) => ({
  versionNo: v.version_no,
  state: v.state as 'draft' | 'published' | 'superseded' | 'abolished',
  validFrom: v.valid_from,
  validTo: v.valid_to,
  rowVersion: v.row_version,
});

/** The version in force (published or, if abolished, the last one); drafts only for managers. */
export async function detail(db: Kysely<DB>, actor: Actor, code: string, versionNo?: number) {
  const { versions } = await load(db, code);
  const visible = versions.filter((v) => v.state !== 'draft');
  const chosen =
    versionNo === undefined
      ? (inForce(visible, localDate(new Date())) ??
        visible.find((v) => v.state === 'published') ??
        visible.at(-1) ??
        versions.at(-1))
      : versions.find((v) => v.version_no === versionNo);
  if (!chosen)
    throw new AppError('NOT_FOUND', {
      detail: `Không có phiên bản ${versionNo} của thủ tục ${code}`,
    });
  if (chosen.state === 'draft' || visible.length === 0) await authorizeCatalog(db, actor);
  // Managers see drafts in the version list; the public sees published history only.
  const manages = can(actor, 'catalog.manage', { agencyPath: await provincePath(db) });
  const listed = manages ? versions : visible;
  const content = chosen.content as ProcedureContent;
  const processes = (await processesOf(db, chosen.id)).map((p) => ({
    agencyId: p.agency_id,
    steps: p.steps as Steps,
  }));
  return {
    ...info(chosen),
    nationalCode: code,
    content,
    competentAgencyName: (await agencyName(db, chosen.competent_agency_id)) ?? COMMUNE,
    inForce: chosen.state !== 'draft' && inForce([chosen], localDate(new Date())) !== undefined,
    processes,
    versions: listed.map(info),
  };
}

export async function create(
  db: Kysely<DB>,
  actor: Actor,
  nationalCode: string,
  content: ProcedureContent,
) {
  await authorizeCatalog(db, actor);
  try {
    await db.transaction().execute(async (trx) => {
      const procedure = await trx
        .insertInto('procedures')
        .values({ national_code: nationalCode })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('procedure_versions')
        .values({
          procedure_id: procedure.id,
          version_no: 1,
          state: 'draft',
          created_by: actorId(actor),
          ...derived(nationalCode, content),
        })
        .execute();
      await appendAudit(trx, actor, {
        action: 'procedure.created',
        subjectType: 'procedure',
        subjectId: nationalCode,
        data: { name: content.name },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('PROCEDURE_CODE_TAKEN', {
        errors: [
          { field: 'body.nationalCode', code: 'taken', message: `Mã ${nationalCode} đã có` },
        ],
      });
    }
    throw error;
  }
  return detail(db, actor, nationalCode, 1);
}

function actorId(actor: Actor): string | null {
  return actor.kind === 'anonymous' ? null : actor.id;
}

/** A new draft starts from the version in force, with its processes. */
export async function newDraft(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  content?: ProcedureContent,
) {
  await authorizeCatalog(db, actor);
  const versionNo = await db.transaction().execute(async (trx) => {
    const { procedure, versions } = await load(trx, code);
    if (versions.some((v) => v.state === 'draft')) throw new AppError('PROCEDURE_DRAFT_EXISTS');
    const base = versions.find((v) => v.state === 'published') ?? versions.at(-1);
    const next = (versions.at(-1)?.version_no ?? 0) + 1;
    const draft = await trx
      .insertInto('procedure_versions')
      .values({
        procedure_id: procedure.id,
        version_no: next,
        state: 'draft',
        created_by: actorId(actor),
        ...derived(code, content ?? (base?.content as ProcedureContent)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (base) {
      for (const p of await processesOf(trx, base.id)) {
        await trx
          .insertInto('procedure_processes')
          .values({
            procedure_version_id: draft.id,
            agency_key: p.agency_id ?? '*',
            agency_id: p.agency_id,
            steps: JSON.stringify(p.steps),
          })
          .execute();
      }
    }
    await appendAudit(trx, actor, {
      action: 'procedure.draft_created',
      subjectType: 'procedure',
      subjectId: code,
      data: { versionNo: next },
    });
    return next;
  });
  return detail(db, actor, code, versionNo);
}

async function draftFor(trx: Transaction<DB>, code: string, versionNo: number, rowVersion: number) {
  const { versions } = await load(trx, code);
  const version = versions.find((v) => v.version_no === versionNo);
  if (!version) throw new AppError('NOT_FOUND', { detail: `Không có phiên bản ${versionNo}` });
  if (version.state !== 'draft') throw new AppError('PROCEDURE_VERSION_IMMUTABLE');
  if (version.row_version !== rowVersion)
    throw new AppError('VERSION_CONFLICT', { extra: { current: info(version) } });
  return { version, versions };
}

async function bump(
  trx: Transaction<DB>,
  id: string,
  rowVersion: number,
  set: Record<string, unknown> = {},
) {
  const r = await trx
    .updateTable('procedure_versions')
    .set({ ...set, row_version: sql`row_version + 1` })
    .where('id', '=', id)
    .where('row_version', '=', rowVersion)
    .executeTakeFirst();
  if (r.numUpdatedRows === 0n) throw new AppError('VERSION_CONFLICT');
}

export async function updateDraft(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  versionNo: number,
  body: { rowVersion: number; content: ProcedureContent },
) {
  await authorizeCatalog(db, actor);
  await db.transaction().execute(async (trx) => {
    const { version } = await draftFor(trx, code, versionNo, body.rowVersion);
    await bump(trx, version.id, body.rowVersion, derived(code, body.content));
    await appendAudit(trx, actor, {
      action: 'procedure.draft_updated',
      subjectType: 'procedure',
      subjectId: code,
      data: { versionNo, changes: diff(version.content, body.content) },
    });
  });
  return detail(db, actor, code, versionNo);
}

export async function setProcess(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  versionNo: number,
  body: { rowVersion: number; agencyId: string | null; steps: Steps },
) {
  await authorizeCatalog(db, actor);
  await db.transaction().execute(async (trx) => {
    const { version } = await draftFor(trx, code, versionNo, body.rowVersion);
    const problems = processProblems(
      { steps: body.steps },
      (version.content as ProcedureContent).timeLimit,
    );
    if (problems.length > 0)
      throw new AppError('PROCESS_BUDGET_MISMATCH', { errors: toFieldErrors('body', problems) });
    const key = body.agencyId ?? '*';
    await trx
      .insertInto('procedure_processes')
      .values({
        procedure_version_id: version.id,
        agency_key: key,
        agency_id: body.agencyId,
        steps: JSON.stringify(body.steps),
      })
      .onConflict((oc) =>
        oc
          .columns(['procedure_version_id', 'agency_key'])
          .doUpdateSet({ steps: JSON.stringify(body.steps) }),
      )
      .execute();
    await bump(trx, version.id, body.rowVersion);
    await appendAudit(trx, actor, {
      action: 'procedure.process_set',
      subjectType: 'procedure',
      subjectId: code,
      data: { versionNo, agencyId: body.agencyId, steps: body.steps },
    });
  });
  return detail(db, actor, code, versionNo);
}

/** Publishing checks the whole procedure and every process, then supersedes the version in force. */
async function publishInTransaction(
  trx: Transaction<DB>,
  actor: Actor,
  code: string,
  version: VersionRow,
  versions: VersionRow[],
  validFrom: string,
) {
  const content = version.content as ProcedureContent;
  checkContent(content, 'content');
  for (const p of await processesOf(trx, version.id)) {
    const problems = processProblems({ steps: p.steps as Steps }, content.timeLimit);
    if (problems.length > 0)
      throw new AppError('PROCESS_BUDGET_MISMATCH', {
        errors: toFieldErrors(`processes.${p.agency_id ?? '*'}`, problems),
      });
  }
  const current = versions.find((v) => v.state === 'published');
  if (current?.valid_from && validFrom <= current.valid_from) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'body.validFrom',
          code: 'too_early',
          message: `Phải sau ngày hiệu lực của phiên bản đang áp dụng (${current.valid_from})`,
        },
      ],
    });
  }
  if (current) {
    await trx
      .updateTable('procedure_versions')
      .set({ state: 'superseded', valid_to: addDays(validFrom, -1) })
      .where('id', '=', current.id)
      .execute();
  }
  await trx
    .updateTable('procedure_versions')
    .set({
      state: 'published',
      valid_from: validFrom,
      published_at: new Date(),
      published_by: actorId(actor),
      row_version: sql`row_version + 1`,
    })
    .where('id', '=', version.id)
    .execute();
  await rememberWords(trx, searchKey(`${content.name} ${code}`));
  await appendAudit(trx, actor, {
    action: 'procedure.published',
    subjectType: 'procedure',
    subjectId: code,
    data: { versionNo: version.version_no, validFrom },
  });
}

export async function publish(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  versionNo: number,
  body: { rowVersion: number; validFrom: string },
) {
  await authorizeCatalog(db, actor);
  await db.transaction().execute(async (trx) => {
    const { version, versions } = await draftFor(trx, code, versionNo, body.rowVersion);
    await publishInTransaction(trx, actor, code, version, versions, body.validFrom);
  });
  return detail(db, actor, code, versionNo);
}

export async function abolish(db: Kysely<DB>, actor: Actor, code: string, effectiveFrom: string) {
  await authorizeCatalog(db, actor);
  await db.transaction().execute(async (trx) => {
    const { versions } = await load(trx, code);
    const current = versions.find((v) => v.state === 'published');
    if (!current) throw new AppError('PROCEDURE_NOT_PUBLISHED');
    await trx
      .updateTable('procedure_versions')
      .set({ state: 'abolished', valid_to: addDays(effectiveFrom, -1) })
      .where('id', '=', current.id)
      .execute();
    await appendAudit(trx, actor, {
      action: 'procedure.abolished',
      subjectType: 'procedure',
      subjectId: code,
      data: { versionNo: current.version_no, effectiveFrom },
    });
  });
  return detail(db, actor, code);
}

export async function compare(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  from: number,
  to: number,
) {
  const [a, b] = await Promise.all([detail(db, actor, code, from), detail(db, actor, code, to)]);
  return {
    from,
    to,
    changes: diff(
      { content: a.content, processes: a.processes },
      { content: b.content, processes: b.processes },
    ),
  };
}

/** The catalog in force, as the interchange document. */
export async function exportDocument(db: Kysely<DB>): Promise<CatalogDocument> {
  const rows = await db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(['v.id', 'p.national_code', 'v.valid_from', 'v.content'])
    .where('v.state', '=', 'published')
    .orderBy('p.national_code')
    .execute();
  const procedures: CatalogEntry[] = [];
  for (const r of rows) {
    const processes = (await processesOf(db, r.id)).map((p) => ({
      agencyId: p.agency_id,
      steps: p.steps as Steps,
    }));
    procedures.push({
      nationalCode: r.national_code,
      ...(r.valid_from ? { validFrom: r.valid_from } : {}),
      content: r.content as ProcedureContent,
      processes,
    });
  }
  return { format: 'motcua.catalog/1', procedures };
}

const sameJson = (a: unknown, b: unknown) => diff(a, b).length === 0;

/**
 * Imports a whole document in one transaction: every entry is checked first and all problems are
 * reported together; nothing is saved unless all are valid. An entry equal to the version in force
 * changes nothing, so importing the same file twice is a no-op; a different one is published as
 * the next version from its validFrom (today if absent).
 */
export async function importDocument(
  db: Kysely<DB>,
  actor: Actor,
  doc: CatalogDocument,
  now = new Date(),
  rowOf: (path: (string | number)[]) => string = (p) => p.join('.'),
) {
  await authorizeCatalog(db, actor);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  doc.procedures.forEach((entry, i) => {
    if (seen.has(entry.nationalCode))
      errors.push({
        field: rowOf(['procedures', i, 'nationalCode']),
        code: 'duplicate',
        message: `Mã ${entry.nationalCode} xuất hiện hai lần`,
      });
    seen.add(entry.nationalCode);
    for (const p of procedureProblems(entry.content)) {
      errors.push({
        field: rowOf([
          'procedures',
          i,
          'content',
          ...p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        ]),
        code: p.code,
        message: p.message,
      });
    }
    entry.processes.forEach((process, j) => {
      for (const p of processProblems(process, entry.content.timeLimit)) {
        errors.push({
          field: rowOf(['procedures', i, 'processes', j, p.path]),
          code: p.code,
          message: p.message,
        });
      }
    });
  });
  const agencyIds = new Set(
    (await db.selectFrom('agencies').select('id').execute()).map((a) => a.id),
  );
  doc.procedures.forEach((entry, i) => {
    const used = [
      entry.content.competentAgency.kind === 'agency'
        ? entry.content.competentAgency.agencyId
        : null,
      ...entry.processes.flatMap((p) => [p.agencyId, ...p.steps.map((s) => s.agencyId)]),
      ...(entry.content.interAgency?.agencies.map((a) => a.agencyId) ?? []),
    ];
    for (const id of used) {
      if (id && !agencyIds.has(id))
        errors.push({
          field: rowOf(['procedures', i]),
          code: 'unknown_agency',
          message: `Không có cơ quan ${id}`,
        });
    }
  });
  if (errors.length > 0) throw new AppError('IMPORT_INVALID', { errors });

  const report = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
  const today = localDate(now);
  await db.transaction().execute(async (trx) => {
    const blocked: FieldError[] = [];
    for (const [i, entry] of doc.procedures.entries()) {
      const procedure = await findProcedure(trx, entry.nationalCode);
      const versions = procedure ? await versionsOf(trx, procedure.id) : [];
      const current = versions.find((v) => v.state === 'published');
      if (current) {
        const processes = (await processesOf(trx, current.id)).map((p) => ({
          agencyId: p.agency_id,
          steps: p.steps,
        }));
        if (sameJson(current.content, entry.content) && sameJson(processes, entry.processes)) {
          report.unchanged.push(entry.nationalCode);
          continue;
        }
      }
      const validFrom =
        entry.validFrom ??
        (current?.valid_from && current.valid_from >= today
          ? addDays(current.valid_from, 1)
          : today);
      if (current?.valid_from && validFrom <= current.valid_from) {
        blocked.push({
          field: rowOf(['procedures', i, 'validFrom']),
          code: 'too_early',
          message: `Ngày hiệu lực phải sau ngày hiệu lực của phiên bản đang áp dụng (${current.valid_from})`,
        });
        continue;
      }
      // An officer's draft is work in progress: an import never overwrites it.
      const draft = versions.find((v) => v.state === 'draft');
      if (draft) {
        blocked.push({
          field: rowOf(['procedures', i, 'nationalCode']),
          code: 'draft_in_progress',
          message: `Thủ tục ${entry.nationalCode} đang có phiên bản dự thảo ${draft.version_no}; hãy công bố hoặc xoá dự thảo trước khi nhập`,
        });
        continue;
      }
      const procedureId =
        procedure?.id ??
        (
          await trx
            .insertInto('procedures')
            .values({ national_code: entry.nationalCode })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      const next = Math.max(0, ...versions.map((v) => v.version_no)) + 1;
      const inserted = await trx
        .insertInto('procedure_versions')
        .values({
          procedure_id: procedureId,
          version_no: next,
          state: 'draft',
          created_by: actorId(actor),
          ...derived(entry.nationalCode, entry.content),
        })
        .returning([
          'id',
          'version_no',
          'state',
          'valid_from',
          'valid_to',
          'row_version',
          'content',
          'competent_agency_id',
        ])
        .executeTakeFirstOrThrow();
      for (const p of entry.processes) {
        await trx
          .insertInto('procedure_processes')
          .values({
            procedure_version_id: inserted.id,
            agency_key: p.agencyId ?? '*',
            agency_id: p.agencyId,
            steps: JSON.stringify(p.steps),
          })
          .execute();
      }
      await publishInTransaction(trx, actor, entry.nationalCode, inserted, versions, validFrom);
      (current ? report.updated : report.created).push(entry.nationalCode);
    }
    // Thrown inside the transaction, so nothing of the file is kept.
    if (blocked.length > 0) throw new AppError('IMPORT_INVALID', { errors: blocked });
    await appendAudit(trx, actor, {
      action: 'catalog.imported',
      subjectType: 'catalog',
      data: report,
    });
  });
  return report;
}

/** Drafts being prepared, newest first: what a catalog manager is working on. */
export async function drafts(db: Kysely<DB>, actor: Actor) {
  await authorizeCatalog(db, actor);
  const rows = await draftVersions(db);
  return {
    items: rows.map((r) => ({
      nationalCode: r.national_code,
      name: r.name,
      versionNo: r.version_no,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

/** Discards a draft (never a published version): the way out when an import meets a stale draft. */
export async function discardDraft(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  versionNo: number,
  rowVersion: number,
) {
  await authorizeCatalog(db, actor);
  await db.transaction().execute(async (trx) => {
    const { version } = await draftFor(trx, code, versionNo, rowVersion);
    await trx.deleteFrom('procedure_versions').where('id', '=', version.id).execute();
    await appendAudit(trx, actor, {
      action: 'procedure.draft_discarded',
      subjectType: 'procedure',
      subjectId: code,
      data: { versionNo, content: version.content },
    });
  });
}

export interface VersionInForce {
  id: string;
  nationalCode: string;
  versionNo: number;
  content: ProcedureContent;
  /** The internal process of each agency (null: every agency), as published with the version. */
  processes: { agencyId: string | null; steps: Steps }[];
}

/**
 * Published content never changes (a trigger enforces it), so a version read once can be kept;
 * only the choice of which version is in force is asked of the database each time.
 */
const publishedCache = new Map<string, VersionInForce>();

/** What a dossier is received under: the version of `code` in force on `day`, if any. */
export async function versionInForce(
  db: Db,
  code: string,
  day: string,
): Promise<VersionInForce | 'unknown' | 'not_in_force'> {
  const known = await inForceByCodeAndDay(db);
  const key = `${code}|${day}`;
  const hit = known.get(key);
  if (hit) return hit;
  const found = await loadVersionInForce(db, code, day);
  if (known.size > 20_000) known.clear();
  known.set(key, found);
  return found;
}

/** Which version is in force, per code and day, remembered until the catalog changes. */
const inForceByCodeAndDay = revisionCache(
  'catalog',
  async () => new Map<string, VersionInForce | 'unknown' | 'not_in_force'>(),
);

async function loadVersionInForce(
  db: Db,
  code: string,
  day: string,
): Promise<VersionInForce | 'unknown' | 'not_in_force'> {
  const rows = await db
    .selectFrom('procedures as p')
    .leftJoin('procedure_versions as v', (join) =>
      join
        .onRef('v.procedure_id', '=', 'p.id')
        .on('v.state', '<>', 'draft')
        .on('v.valid_from', '<=', day)
        .on((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', day)])),
    )
    .select(['v.id', 'v.version_no'])
    .where('p.national_code', '=', code)
    .orderBy('v.version_no', 'desc')
    .limit(1)
    .execute();
  const row = rows[0];
  if (!row) return 'unknown';
  if (!row.id || row.version_no === null) return 'not_in_force';
  const cached = publishedCache.get(row.id);
  if (cached) return cached;
  const { content } = await publishedVersion(db, row.id);
  const processes = (await processesOf(db, row.id)).map((p) => ({
    agencyId: p.agency_id,
    steps: p.steps as Steps,
  }));
  const found: VersionInForce = {
    id: row.id,
    nationalCode: code,
    versionNo: row.version_no,
    content,
    processes,
  };
  if (publishedCache.size > 5_000) publishedCache.clear();
  publishedCache.set(row.id, found);
  return found;
}

/**
 * A published version by its id, as a dossier received under it refers to it. Published content
 * never changes, so it is read once per process.
 */
export async function publishedVersion(
  db: Db,
  id: string,
): Promise<{ versionNo: number; content: ProcedureContent }> {
  const known = byVersionId.get(id);
  if (known) return known;
  const row = await db
    .selectFrom('procedure_versions')
    .select(['version_no', 'content'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const found = { versionNo: row.version_no, content: row.content as ProcedureContent };
  if (byVersionId.size > 5_000) byVersionId.clear();
  byVersionId.set(id, found);
  return found;
}
const byVersionId = new Map<string, { versionNo: number; content: ProcedureContent }>();
