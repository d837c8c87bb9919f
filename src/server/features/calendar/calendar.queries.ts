import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
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
  // One round trip: asked on every request that computes a deadline.
  const result = await sql<{ n: number; v: number | null; at: Date | null; hours: Date | null }>`
    SELECT count(*)::int AS n, sum(version)::int AS v, max(updated_at) AS at,
      (SELECT updated_at FROM settings WHERE key = 'calendar.officeHours') AS hours
    FROM calendar_notices`.execute(db);
  const row = result.rows[0];
  const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : 0);
  return `${row?.n ?? 0}:${row?.v ?? 0}:${time(row?.at)}:${time(row?.hours)}`;
}
