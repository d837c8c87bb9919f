import type { Kysely, Transaction } from 'kysely';
import type { CalendarEntry } from '../../../domain/calendar/calendar-types.js';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function allNotices(db: Db): Promise<Map<number, CalendarEntry[]>> {
  const rows = await db.selectFrom('calendar_notices').select(['year', 'entries']).execute();
  return new Map(rows.map((r) => [r.year, r.entries as CalendarEntry[]]));
}

export function findNotice(db: Db, year: number) {
  return db.selectFrom('calendar_notices').selectAll().where('year', '=', year).executeTakeFirst();
}

/** A cheap fingerprint of everything the compiled calendar depends on, to know when to rebuild. */
export async function calendarRevision(db: Db): Promise<string> {
  const row = await db
    .selectFrom('calendar_notices')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('version').as('v'),
      eb.fn.max('updated_at').as('at'),
    ])
    .executeTakeFirstOrThrow();
  const hours = await db
    .selectFrom('settings')
    .select(['updated_at'])
    .where('key', '=', 'calendar.officeHours')
    .executeTakeFirst();
  return `${row.n}:${row.v}:${row.at ? new Date(row.at as unknown as string).getTime() : 0}:${hours?.updated_at.getTime() ?? 0}`;
}
