import type { Kysely, Transaction } from 'kysely';
import type { CalendarEntry } from '../../../domain/calendar/calendar-types.js';
import { referenceRevisions } from '../../db/reference-revisions.js';
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
/** Changes whenever a notice or a setting (office hours among them) changes. */
export async function calendarRevision(db: Db): Promise<string> {
  const r = await referenceRevisions(db);
  return `${r.calendar}:${r.settings}`;
}
