import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { type Actor, isWithin } from '../../../domain/access/policy.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { urgency } from '../../../domain/dossier/processing.js';
import { type DossierState, OPEN_STATES } from '../../../domain/dossier/states.js';
import type { Urgency } from '../../../domain/dossier/urgency.js';
import { containsPattern } from '../../db/like.js';
import { PREPARED } from '../../db/prepared-statements.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { requireScopes } from '../auth/authorize.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { agencyById, agencyIdsWithin } from '../dossiers/dossiers.queries.js';
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

/** A list of states as SQL literals: a partial index on open states then serves prepared plans. */
const statesIn = (states: readonly DossierState[]) =>
  sql<SqlBool>`d.state IN (${sql.join(states.map((s) => sql.lit(s)))})`;

type D = ExpressionBuilder<{ d: DB['dossiers'] }, 'd'>;

/** The SQL twin of `urgency()`: the conditions are disjoint and, over open dossiers, cover all. */
function isUrgency(eb: D, u: Urgency, b: UrgencyBounds): Expression<SqlBool> {
  const running = statesIn(RUNNING);
  const dueToday = eb.and([eb('d.due_at', '>=', b.todayFrom), eb('d.due_at', '<', b.todayTo)]);
  switch (u) {
    case 'paused':
      return statesIn([PAUSED]);
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

/**
 * The same classification as one CASE over an open dossier, in the order of URGENCY_CODES, for
 * the counts: each row is read once through it (testing each row against every condition of
 * `isUrgency` cost three times as much over 50,000 open dossiers). Most open dossiers are far
 * from due, so that case is tested first: due after both the 16 working hours and today.
 */
const URGENCY_CODES = [
  'overdue',
  'due_today',
  'likely_late',
  'due_soon',
  'paused',
  'ok',
] as const satisfies readonly Urgency[];
const code = (u: Urgency) => sql.lit(URGENCY_CODES.indexOf(u));

function urgencyCase(b: UrgencyBounds) {
  const okFrom = new Date(Math.max(b.dueSoonBefore.getTime(), b.todayTo.getTime()));
  return sql<number>`CASE
    WHEN d.state = ${sql.lit(PAUSED)} THEN ${code('paused')}
    WHEN d.due_at >= ${okFrom} THEN ${code('ok')}
    WHEN d.due_at IS NULL THEN ${code('ok')}
    WHEN d.due_at < ${b.now} THEN ${code('overdue')}
    WHEN d.due_at >= ${b.todayFrom} AND d.due_at < ${b.todayTo} THEN ${code('due_today')}
    WHEN d.due_at < ${b.likelyLateBefore} THEN ${code('likely_late')}
    WHEN d.due_at < ${b.dueSoonBefore} THEN ${code('due_soon')}
    ELSE ${code('ok')} END`;
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
  const agency = await agencyById(db, agencyId);
  if (!agency || !scopes.some((s) => isWithin(agency.path, s)))
    throw new AppError('FORBIDDEN', {
      detail: 'Bạn không được xử lý hồ sơ của cơ quan này',
    });
  return [agency.path];
}

/**
 * Whose open dossiers: those of the subtree's agencies, as a list (so that the indexes by agency
 * serve), or only one officer's among them; with the query's filters.
 */
interface Scope {
  agencyIds: string[];
  handlerId: string | null;
  /** Inter-agency dossiers whose part these agencies hold, instead of those they decide. */
  partner: boolean;
  query: InboxQuery;
}

/**
 * What every part of the inbox filters on except the agency: open (or the one state asked), the
 * handler, unassigned or not, the search.
 */
function filters(eb: D, scope: Scope): Expression<SqlBool>[] {
  const { query, handlerId } = scope;
  const out: Expression<SqlBool>[] = [statesIn(query.state ? [query.state] : OPEN_STATES)];
  if (handlerId) out.push(eb('d.handler_id', '=', handlerId));
  if (query.unassigned !== undefined)
    out.push(eb('d.handler_id', query.unassigned ? 'is' : 'is not', null));
  if (query.q) {
    const q = query.q;
    out.push(
      eb.or([
        eb('d.code', '=', q),
        eb('d.external_code', '=', q),
        eb('d.applicant_id_number', '=', q),
        eb('d.applicant_name', 'ilike', containsPattern(q)),
      ]),
    );
  }
  return out;
}

const inAgencies = (agencyIds: string[]) =>
  sql<SqlBool>`d.competent_agency_id = ANY(${agencyIds}::uuid[])`;

/** The scope's agencies: those deciding the dossiers, or those holding a part (GIN index). */
const whose = (scope: Scope) =>
  scope.partner
    ? sql<SqlBool>`(d.state = 'in_progress' AND d.holding_agency_ids <> '{}'
        AND d.holding_agency_ids && ${scope.agencyIds}::uuid[])`
    : inAgencies(scope.agencyIds);

/**
 * The counts of the whole filtered inbox, each open dossier read once off the covering inbox
 * indexes (migration 0011): by agency, or by handler for `mine`.
 */
async function countByUrgency(
  db: Kysely<DB>,
  scope: Scope,
  bounds: UrgencyBounds,
): Promise<Inbox['counts']> {
  const row = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('dossiers as d')
        .select(urgencyCase(bounds).as('u'))
        .where((eb) => eb.and([...filters(eb, scope), whose(scope)]))
        // Keeps the CASE in the subquery: inlined, it would be evaluated once per count.
        .modifyEnd(sql`OFFSET 0`)
        .as('s'),
    )
    .select((eb) => [
      ...URGENCY_CODES.map((u) => eb.fn.countAll().filterWhere(sql`s.u`, '=', code(u)).as(u)),
      eb.fn.countAll().as('total'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  // pg returns count(*) as a string, PGlite as a number.
  const r = row as Record<string, unknown>;
  return {
    overdue: Number(r.overdue),
    due_today: Number(r.due_today),
    likely_late: Number(r.likely_late),
    due_soon: Number(r.due_soon),
    paused: Number(r.paused),
    ok: Number(r.ok),
    total: Number(r.total),
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

/** A segment's conditions besides the scope's: its states, due time or not, urgency, cursor. */
function inSegment(
  eb: D,
  segment: Segment,
  only: Urgency | undefined,
  bounds: UrgencyBounds,
  after: Cursor | null,
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [
    statesIn(segment.paused ? [PAUSED] : RUNNING),
    eb('d.due_at', segment.dated ? 'is not' : 'is', null),
  ];
  if (only && !segment.paused) out.push(isUrgency(eb, only, bounds));
  // The same for a dated `ok`, as a range the index reads from (16 working hours always end
  // after today, so the due-today exception lies below it).
  if (only === 'ok' && segment.dated) out.push(eb('d.due_at', '>=', bounds.dueSoonBefore));
  if (after) {
    const { dueAt, id } = after;
    out.push(
      dueAt === null
        ? eb('d.id', '>', id)
        : eb(eb.refTuple('d.due_at', 'd.id'), '>', eb.tuple(dueAt, id)),
    );
  }
  return out;
}

/**
 * One segment's next rows, in two steps. First their keys, off the covering inbox indexes alone
 * (no row is visited to filter or sort): an officer's off the handler index, in order. An
 * agency's subtree is several agencies (a commune and its centre, or a whole province), and a
 * scan over `agency = ANY(...)` does not come out in due order: each agency's first keys are read
 * off its own part of the agency index (LATERAL), in order, and only those are merged. Then the
 * page's rows, by id.
 */
function page(
  db: Kysely<DB>,
  scope: Scope,
  segment: Segment,
  only: Urgency | undefined,
  bounds: UrgencyBounds,
  after: Cursor | null,
  limit: number,
) {
  const conditions = (eb: D) => [
    ...filters(eb, scope),
    ...inSegment(eb, segment, only, bounds, after),
  ];
  const keys =
    scope.handlerId || scope.partner
      ? db
          .selectFrom('dossiers as d')
          .select(['d.due_at', 'd.id'])
          .where((eb) => eb.and([...conditions(eb), whose(scope)]))
          .orderBy('d.due_at', 'asc')
          .orderBy('d.id', 'asc')
          .limit(limit)
      : db
          .selectFrom(
            sql<{ agency_id: string }>`(SELECT unnest(${scope.agencyIds}::uuid[]) AS agency_id)`.as(
              'a',
            ),
          )
          .innerJoinLateral(
            (eb) =>
              eb
                .selectFrom('dossiers as d')
                .select(['d.due_at', 'd.id'])
                .where((eb) => eb.and(conditions(eb as unknown as D)))
                .whereRef('d.competent_agency_id', '=', 'a.agency_id')
                .orderBy('d.due_at', 'asc')
                .orderBy('d.id', 'asc')
                .limit(limit)
                .as('k'),
            (join) => join.onTrue(),
          )
          .select(['k.due_at', 'k.id'])
          .orderBy('k.due_at', 'asc')
          .orderBy('k.id', 'asc')
          .limit(limit);
  // The agencies' names in force come from the organisation in memory (agencyById), as on the
  // dossier page: two joins and a hundred subqueries less per page.
  return db
    .selectFrom(keys.as('k'))
    .innerJoin('dossiers as d', 'd.id', 'k.id')
    .leftJoin('users as u', 'u.id', 'd.handler_id')
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
      'd.receiving_agency_id',
      'd.competent_agency_id',
      'd.step_index',
      'd.step_due_at',
      sql<string | null>`d.process -> 'steps' -> (d.step_index::int) ->> 'name'`.as('step_name'),
      'u.full_name as handler_name',
    ])
    .orderBy('k.due_at', 'asc')
    .orderBy('k.id', 'asc')
    .modifyEnd(PREPARED)
    .execute();
}

type Row = Awaited<ReturnType<typeof page>>[number];

/** One more row than the page, to tell whether there is a next one. */
async function rowsAfter(
  db: Kysely<DB>,
  scope: Scope,
  bounds: UrgencyBounds,
  after: Cursor | null,
) {
  const { query } = scope;
  const from = after ? segmentOf(after) : 0;
  const rows: Row[] = [];
  for (const [i, segment] of SEGMENTS.entries()) {
    if (i < from || !wanted(segment, query)) continue;
    const want = query.limit + 1 - rows.length;
    rows.push(
      ...(await page(db, scope, segment, query.urgency, bounds, i === from ? after : null, want)),
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
  const agencyIds = await agencyIdsWithin(db, subtrees);
  const empty = {
    overdue: 0,
    due_today: 0,
    likely_late: 0,
    due_soon: 0,
    paused: 0,
    ok: 0,
    total: 0,
  };
  if (agencyIds.length === 0) return { items: [], counts: empty, nextCursor: null };
  const scope: Scope = { agencyIds, handlerId, partner: query.scope === 'partner', query };
  const [counts, rows] = await Promise.all([
    countByUrgency(db, scope, bounds),
    rowsAfter(db, scope, bounds, after),
  ]);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const page = rows.slice(0, query.limit);
  const agencies = new Map<string, AgencyRef>();
  for (const r of page)
    for (const id of [r.receiving_agency_id, r.competent_agency_id])
      if (!agencies.has(id)) agencies.set(id, await agencyRef(db, id));
  return {
    items: page.map((r) => toItem(r, agencies, now, calendar)),
    counts,
    nextCursor: last
      ? encodeCursor({ paused: last.state === PAUSED, dueAt: last.due_at, id: last.id })
      : null,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

type AgencyRef = InboxItem['receivingAgency'];

async function agencyRef(db: Kysely<DB>, id: string): Promise<AgencyRef> {
  const agency = await agencyById(db, id);
  if (!agency) throw new Error(`agency ${id} of an open dossier is missing`);
  return { id: agency.id, name: agency.name, code: agency.code };
}

function toItem(
  r: Row,
  agencies: Map<string, AgencyRef>,
  now: Date,
  calendar: WorkingCalendar,
): InboxItem {
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
    receivingAgency: agencies.get(r.receiving_agency_id) as AgencyRef,
    competentAgency: agencies.get(r.competent_agency_id) as AgencyRef,
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
