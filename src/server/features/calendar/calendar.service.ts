import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import { type Actor, can } from '../../../domain/access/policy.js';
import {
  type CalendarData,
  compileCalendar,
  SHIPPED_CALENDAR_DATA,
} from '../../../domain/calendar/calendar-source.js';
import type { CalendarEntry, OfficeHours } from '../../../domain/calendar/calendar-types.js';
import { dueDate, type Unit, workingMinutesBetween } from '../../../domain/calendar/deadline.js';
import { generateHolidays } from '../../../domain/calendar/holidays.js';
import { addDays } from '../../../domain/calendar/local-date.js';
import { canChiOfYear } from '../../../domain/calendar/lunar.js';
import { officeHoursProblems } from '../../../domain/calendar/office-hours.js';
import {
  OutOfCalendarRange,
  type WorkingCalendar,
} from '../../../domain/calendar/working-calendar.js';
import { cacheKeyOf } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { provincePath } from '../agencies/agencies.queries.js';
import { appendAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import { getSetting } from '../settings/settings.service.js';
import type { OfficeHoursBody, SetYearBody } from './calendar.contract.js';
import { allNotices, calendarRevision, findNotice } from './calendar.queries.js';

/**
 * The compiled calendar is kept per process and rebuilt (≈0.1 s) when the notices or office
 * hours change, which each request checks with one small query, so every server instance sees an
 * administrator's change on its next request.
 */
const cache = new WeakMap<object, { revision: string; calendar: Promise<WorkingCalendar> }>();

async function loadData(db: Kysely<DB>): Promise<CalendarData> {
  const [notices, officeHours] = await Promise.all([
    allNotices(db),
    getSetting(db, 'calendar.officeHours'),
  ]);
  return { ...SHIPPED_CALENDAR_DATA, officeHours: officeHours as OfficeHours, notices };
}

export async function currentCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const revision = await calendarRevision(db);
  const known = cache.get(cacheKeyOf(db));
  if (known?.revision === revision) return known.calendar;
  // Requests arriving together after a change share one compilation.
  const calendar = loadData(db).then(compileCalendar);
  cache.set(cacheKeyOf(db), { revision, calendar });
  calendar.catch(() => cache.delete(cacheKeyOf(db)));
  return calendar;
}

function outOfRange(): AppError {
  return new AppError('CALENDAR_OUT_OF_RANGE');
}

export async function days(db: Kysely<DB>, from: string, to: string) {
  const calendar = await currentCalendar(db);
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const { sessions: _, ...day } = calendar.day(d);
    out.push(day);
  }
  return { days: out };
}

const LOCAL = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'full',
  timeStyle: 'short',
});

function parsePauses(pauses: { from: string; to: string }[] | undefined) {
  return (pauses ?? []).map((p) => ({ from: Date.parse(p.from), to: Date.parse(p.to) }));
}

export async function deadline(
  db: Kysely<DB>,
  body: { start: string; amount: number; unit: Unit; pauses?: { from: string; to: string }[] },
) {
  const calendar = await currentCalendar(db);
  try {
    const due = dueDate(
      calendar,
      Date.parse(body.start),
      body.amount,
      body.unit,
      parsePauses(body.pauses),
    );
    return { due: new Date(due).toISOString(), dueLocal: LOCAL.format(new Date(due)) };
  } catch (error) {
    if (error instanceof OutOfCalendarRange) throw outOfRange();
    throw error;
  }
}

export async function elapsed(
  db: Kysely<DB>,
  body: { from: string; to: string; pauses?: { from: string; to: string }[] },
) {
  const calendar = await currentCalendar(db);
  try {
    return {
      workingMinutes: workingMinutesBetween(
        calendar,
        Date.parse(body.from),
        Date.parse(body.to),
        parsePauses(body.pauses),
      ),
    };
  } catch (error) {
    if (error instanceof OutOfCalendarRange) throw outOfRange();
    throw error;
  }
}

export async function getYear(
  db: Kysely<DB> | Transaction<DB>,
  year: number,
  actor: Actor = { kind: 'anonymous' },
) {
  const [notice, root] = await Promise.all([findNotice(db, year), provincePath(db)]);
  const generated = generateHolidays(year);
  return {
    year,
    canChi: canChiOfYear(year),
    source: notice ? ('notice' as const) : ('generated' as const),
    reference: notice?.reference ?? null,
    entries: notice ? (notice.entries as CalendarEntry[]) : generated,
    generated,
    version: notice?.version ?? 0,
    canEdit: can(actor, 'calendar.manage', { agencyPath: root }),
  };
}

/** The calendar belongs to the province: only those who manage it at the root may change it. */
async function authorizeProvince(db: Kysely<DB>, actor: Actor) {
  authorize(actor, 'calendar.manage', { agencyPath: await provincePath(db) });
}

function checkEntries(year: number, entries: z.infer<typeof SetYearBody>['entries']) {
  const seen = new Set<string>();
  const errors = entries.flatMap((e, i) => {
    const problems = [];
    if (!e.date.startsWith(`${year}-`)) {
      problems.push({
        field: `body.entries.${i}.date`,
        code: 'wrong_year',
        message: `Ngày phải thuộc năm ${year}`,
      });
    }
    if (seen.has(e.date))
      problems.push({
        field: `body.entries.${i}.date`,
        code: 'duplicate',
        message: 'Ngày bị trùng',
      });
    seen.add(e.date);
    return problems;
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

/**
 * Replaces a year's notice. Dossiers keep the due dates computed when they were set: a change
 * here affects only computations made after it, and the audit row says who changed what.
 */
export async function setYear(
  db: Kysely<DB>,
  actor: Actor,
  year: number,
  body: z.infer<typeof SetYearBody>,
) {
  await authorizeProvince(db, actor);
  checkEntries(year, body.entries);
  const entries = [...body.entries].sort((a, b) => (a.date < b.date ? -1 : 1));
  await db.transaction().execute(async (trx) => {
    const before = await findNotice(trx, year);
    if ((before?.version ?? 0) !== body.version) {
      throw new AppError('VERSION_CONFLICT', {
        extra: { current: await getYear(trx, year, actor) },
      });
    }
    const by = actor.kind === 'anonymous' ? null : actor.id;
    if (before) {
      await trx
        .updateTable('calendar_notices')
        .set({
          reference: body.reference,
          entries: JSON.stringify(entries),
          version: sql`version + 1`,
          updated_at: new Date(),
          updated_by: by,
        })
        .where('year', '=', year)
        .where('version', '=', body.version)
        .execute();
    } else {
      await trx
        .insertInto('calendar_notices')
        .values({
          year,
          reference: body.reference,
          entries: JSON.stringify(entries),
          updated_by: by,
        })
        .execute();
    }
    await appendAudit(trx, actor, {
      action: 'calendar.notice_set',
      subjectType: 'calendar_year',
      subjectId: String(year),
      data: { reference: body.reference, before: before?.entries ?? null, after: entries },
    });
  });
  return getYear(db, year, actor);
}

export async function getOfficeHours(db: Kysely<DB>) {
  return (await getSetting(db, 'calendar.officeHours')) as OfficeHours;
}

export async function setOfficeHours(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof OfficeHoursBody>,
) {
  await authorizeProvince(db, actor);
  const problems = officeHoursProblems(body);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      errors: problems.map(([path, message]) => ({
        field: `body.${path}`,
        code: 'invalid',
        message,
      })),
    });
  }
  await db.transaction().execute(async (trx) => {
    const before = await getSetting(trx, 'calendar.officeHours');
    await trx
      .insertInto('settings')
      .values({
        key: 'calendar.officeHours',
        value: JSON.stringify(body),
        description: 'Giờ làm việc theo mùa',
      })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify(body), updated_at: new Date() }),
      )
      .execute();
    await appendAudit(trx, actor, {
      action: 'calendar.office_hours_set',
      subjectType: 'settings',
      subjectId: 'calendar.officeHours',
      data: { before, after: body },
    });
  });
  return body;
}
