import { type Expression, expressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { type Actor, isWithin } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { urgency } from '../../../domain/dossier/processing.js';
import { type DossierState, OPEN_STATES } from '../../../domain/dossier/states.js';
import type { Urgency } from '../../../domain/dossier/urgency.js';
import { containsPattern } from '../../db/like.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { nameInForce } from '../agencies/agencies.queries.js';
import { requireScopes } from '../auth/authorize.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { agencyIdsWithin } from '../dossiers/dossiers.queries.js';
import type { Inbox, InboxItem, InboxQuery } from './inbox.contract.js';

const HOUR = 3_600_000;
const PAUSED: DossierState = 'awaiting_supplement';
const RUNNING = OPEN_STATES.filter((s) => s !== PAUSED);

/**
 * The instants at which an open, running dossier's urgency changes, as `urgency()` decides it,
 * so that SQL can count and filter by plain comparisons on due_at. Every bound is a whole
 * millisecond compared with `<` or `>=`: timestamptz keeps microseconds but the dossier reaches
 * `urgency()` truncated to milliseconds, and for whole-millisecond bounds the two comparisons
 * give the same answer either way.
 */
export interface UrgencyBounds {
  /** Overdue: due before this. */
  now: Date;
  /** Due today: due in [todayFrom, todayTo) — `urgency()` takes the due day as that of due − 1 ms. */
  todayFrom: Date;
  todayTo: Date;
  /** Likely late: at most 8 working hours left, i.e. due before this. */
  likelyLateBefore: Date;
  /** Due soon: at most 16 working hours left, i.e. due before this. */
  dueSoonBefore: Date;
}

export function urgencyBounds(now: Date, calendar: WorkingCalendar): UrgencyBounds {
  const t = now.getTime();
  const today = localDate(now);
  const startOfToday = WorkingCalendar.startOfDate(today);
  const startOfTomorrow = WorkingCalendar.startOfDate(addDays(today, 1));
  // Working time is a whole number of milliseconds at every whole millisecond, so "at most N
  // working hours left" is "due before the first instant with one millisecond more than that".
  const worked = calendar.workingBefore(t);
  const leftAtMost = (hours: number) => new Date(calendar.instantAt(worked + hours * HOUR + 1));
  return {
    now,
    todayFrom: new Date(Math.max(t, startOfToday + 1)),
    todayTo: new Date(startOfTomorrow + 1),
    likelyLateBefore: leftAtMost(8),
    dueSoonBefore: leftAtMost(16),
  };
}

/** The SQL twin of `urgency()`: the conditions are disjoint and, over open dossiers, cover all. */
function isUrgency(u: Urgency, b: UrgencyBounds): Expression<SqlBool> {
  const eb = expressionBuilder<{ d: DB['dossiers'] }, 'd'>();
  const running = eb('d.state', 'in', RUNNING);
  const dueToday = eb.and([eb('d.due_at', '>=', b.todayFrom), eb('d.due_at', '<', b.todayTo)]);
  switch (u) {
    case 'paused':
      return eb('d.state', '=', PAUSED);
    case 'overdue':
      return eb.and([running, eb('d.due_at', '<', b.now)]);
    case 'due_today':
      return eb.and([running, dueToday]);
    case 'likely_late':
      return eb.and([
        running,
        eb('d.due_at', '>=', b.now),
        eb('d.due_at', '<', b.likelyLateBefore),
        eb.not(dueToday),
      ]);
    case 'due_soon':
      return eb.and([
        running,
        eb('d.due_at', '>=', b.likelyLateBefore),
        eb('d.due_at', '<', b.dueSoonBefore),
        eb.not(dueToday),
      ]);
    case 'ok':
      return eb.and([
        running,
        eb.or([
          eb('d.due_at', 'is', null),
          eb.and([eb('d.due_at', '>=', b.dueSoonBefore), eb.not(dueToday)]),
        ]),
      ]);
  }
}

interface Cursor {
  paused: boolean;
  dueAt: Date | null;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.paused, c.dueAt?.toISOString() ?? null, c.id])).toString(
    'base64url',
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [paused, due, id] = parsed as unknown[];
    const dueAt = typeof due === 'string' ? new Date(due) : null;
    if (
      typeof paused === 'boolean' &&
      (due === null || (dueAt && !Number.isNaN(dueAt.getTime()))) &&
      typeof id === 'string' &&
      UUID.test(id)
    )
      return { paused, dueAt, id };
  }
  throw new AppError('VALIDATION_FAILED', {
    errors: [
      {
        field: 'querystring.cursor',
        code: 'invalid_cursor',
        message: 'Con trỏ trang không hợp lệ',
      },
    ],
  });
}

/** The subtree the list is narrowed to: one the actor may process in, or all of its own. */
async function subtreesOf(db: Kysely<DB>, actor: Actor, agencyId: string | undefined) {
  const scopes = requireScopes(actor, 'dossier.process');
  if (!agencyId) return scopes;
  const agency = await db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency || !scopes.some((s) => isWithin(agency.path, s)))
    throw new AppError('FORBIDDEN', {
      detail: 'Bạn không được xử lý hồ sơ của cơ quan này',
    });
  return [agency.path];
}

function selectOpen(
  db: Kysely<DB>,
  handlerId: string | null,
  agencyIds: string[],
  query: InboxQuery,
) {
  // The subtree as a list of agencies, so that the inbox indexes (by agency, then due time) serve.
  let select = db
    .selectFrom('dossiers as d')
    .innerJoin('agencies as c', 'c.id', 'd.competent_agency_id')
    .where('d.state', 'in', query.state ? [query.state] : OPEN_STATES)
    .where(
      agencyIds.length > 0
        ? sql<boolean>`d.competent_agency_id = ANY(${agencyIds}::uuid[])`
        : sql<boolean>`false`,
    );
  if (handlerId) select = select.where('d.handler_id', '=', handlerId);
  if (query.unassigned !== undefined)
    select = select.where('d.handler_id', query.unassigned ? 'is' : 'is not', null);
  if (query.q) {
    const q = query.q;
    select = select.where((eb) =>
      eb.or([
        eb('d.code', '=', q),
        eb('d.external_code', '=', q),
        eb('d.applicant_id_number', '=', q),
        eb('d.applicant_name', 'ilike', containsPattern(q)),
      ]),
    );
  }
  return select;
}

type Open = ReturnType<typeof selectOpen>;

async function countByUrgency(open: Open, bounds: UrgencyBounds): Promise<Inbox['counts']> {
  const row = await open
    .select((eb) => [
      eb.fn.countAll().filterWhere(isUrgency('overdue', bounds)).as('overdue'),
      eb.fn.countAll().filterWhere(isUrgency('due_today', bounds)).as('due_today'),
      eb.fn.countAll().filterWhere(isUrgency('likely_late', bounds)).as('likely_late'),
      eb.fn.countAll().filterWhere(isUrgency('due_soon', bounds)).as('due_soon'),
      eb.fn.countAll().filterWhere(isUrgency('paused', bounds)).as('paused'),
      eb.fn.countAll().filterWhere(isUrgency('ok', bounds)).as('ok'),
      eb.fn.countAll().as('total'),
    ])
    .executeTakeFirstOrThrow();
  // pg returns count(*) as a string, PGlite as a number.
  return {
    overdue: Number(row.overdue),
    due_today: Number(row.due_today),
    likely_late: Number(row.likely_late),
    due_soon: Number(row.due_soon),
    paused: Number(row.paused),
    ok: Number(row.ok),
    total: Number(row.total),
  };
}

/**
 * The list is read in four segments, in this order: running dossiers with a due time, running
 * ones without, then the same for the paused ones. Within a segment the order is (due_at, id),
 * that of the partial inbox indexes, and the cursor is a plain range on them, so a page of one
 * agency or one officer is read off an index rather than sorted.
 */
interface Segment {
  paused: boolean;
  dated: boolean;
}
const SEGMENTS: readonly Segment[] = [
  { paused: false, dated: true },
  { paused: false, dated: false },
  { paused: true, dated: true },
  { paused: true, dated: false },
];
const segmentOf = (c: Cursor) =>
  SEGMENTS.findIndex((s) => s.paused === c.paused && s.dated === (c.dueAt !== null));

function wanted(segment: Segment, query: InboxQuery): boolean {
  if (segment.paused)
    return (
      (query.urgency === undefined || query.urgency === 'paused') &&
      (query.state === undefined || query.state === PAUSED)
    );
  if (query.urgency === 'paused' || query.state === PAUSED) return false;
  // Only `ok` takes in the dossiers without a due time.
  return segment.dated || query.urgency === undefined || query.urgency === 'ok';
}

function page(
  open: Open,
  segment: Segment,
  only: Urgency | undefined,
  bounds: UrgencyBounds,
  after: Cursor | null,
  limit: number,
) {
  let select = open
    .leftJoin('users as u', 'u.id', 'd.handler_id')
    .innerJoin('agencies as r', 'r.id', 'd.receiving_agency_id')
    .select([
      'd.id',
      'd.code',
      'd.state',
      'd.national_status',
      'd.version',
      'd.procedure_code',
      'd.procedure_name',
      'd.applicant_name',
      'd.received_at',
      'd.due_at',
      'd.handler_id',
      'd.step_index',
      'd.step_due_at',
      sql<string | null>`d.process -> 'steps' -> (d.step_index::int) ->> 'name'`.as('step_name'),
      'u.full_name as handler_name',
      'r.id as receiving_id',
      nameInForce('r', localDate(new Date())).as('receiving_name'),
      'r.code as receiving_code',
      'c.id as competent_id',
      nameInForce('c', localDate(new Date())).as('competent_name'),
      'c.code as competent_code',
    ])
    .where('d.state', 'in', segment.paused ? [PAUSED] : RUNNING)
    .where('d.due_at', segment.dated ? 'is not' : 'is', null);
  if (only && !segment.paused) select = select.where(isUrgency(only, bounds));
  if (after) {
    const { dueAt, id } = after;
    select = select.where((eb) =>
      dueAt === null
        ? eb('d.id', '>', id)
        : eb(eb.refTuple('d.due_at', 'd.id'), '>', eb.tuple(dueAt, id)),
    );
  }
  return select.orderBy('d.due_at', 'asc').orderBy('d.id', 'asc').limit(limit).execute();
}

type Row = Awaited<ReturnType<typeof page>>[number];

/** One more row than the page, to tell whether there is a next one. */
async function rowsAfter(
  open: Open,
  query: InboxQuery,
  bounds: UrgencyBounds,
  after: Cursor | null,
) {
  const from = after ? segmentOf(after) : 0;
  const rows: Row[] = [];
  for (const [i, segment] of SEGMENTS.entries()) {
    if (i < from || !wanted(segment, query)) continue;
    const want = query.limit + 1 - rows.length;
    rows.push(
      ...(await page(open, segment, query.urgency, bounds, i === from ? after : null, want)),
    );
    if (rows.length > query.limit) break;
  }
  return rows;
}

/**
 * The open dossiers of the agencies where the actor processes dossiers (or only those handed to
 * the actor), the most pressing first: by due time, the paused ones after the rest, since their
 * clock is stopped. The counts cover the whole filtered inbox, not only the page.
 */
export async function inbox(
  db: Kysely<DB>,
  actor: Actor,
  query: InboxQuery,
  now = new Date(),
): Promise<Inbox> {
  const subtrees = await subtreesOf(db, actor, query.agencyId);
  if (query.scope === 'mine' && actor.kind !== 'user')
    throw new AppError('FORBIDDEN', { detail: 'Chỉ cán bộ đăng nhập mới có hồ sơ được giao' });
  const handlerId = query.scope === 'mine' && actor.kind === 'user' ? actor.id : null;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const calendar = await currentCalendar(db);
  const bounds = urgencyBounds(now, calendar);
  const open = selectOpen(db, handlerId, await agencyIdsWithin(db, subtrees), query);
  const [counts, rows] = await Promise.all([
    countByUrgency(open, bounds),
    rowsAfter(open, query, bounds, after),
  ]);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items: rows.slice(0, query.limit).map((r) => toItem(r, now, calendar)),
    counts,
    nextCursor: last
      ? encodeCursor({ paused: last.state === PAUSED, dueAt: last.due_at, id: last.id })
      : null,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toItem(r: Row, now: Date, calendar: WorkingCalendar): InboxItem {
  const state = r.state as InboxItem['state'];
  return {
    id: r.id,
    code: r.code,
    state,
    nationalStatus: r.national_status,
    version: r.version,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    applicantName: r.applicant_name,
    receivingAgency: { id: r.receiving_id, name: r.receiving_name, code: r.receiving_code },
    competentAgency: { id: r.competent_id, name: r.competent_name, code: r.competent_code },
    handler: r.handler_id === null ? null : { id: r.handler_id, name: r.handler_name ?? '' },
    step:
      r.step_index === null
        ? null
        : { index: r.step_index, name: r.step_name, dueAt: iso(r.step_due_at) },
    receivedAt: iso(r.received_at),
    dueAt: iso(r.due_at),
    urgency: urgency({ state, dueAt: r.due_at?.getTime() ?? null }, now.getTime(), calendar),
  };
}
