/** Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact. */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Dates already written, by day number: the service index asks for the same few days millions of times. */
const written = new Map<number, string>();

/** The calendar date (YYYY-MM-DD) in Asia/Ho_Chi_Minh at the given instant. */
export function localDate(instant: Date): string {
  const day = Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS);
  let date = written.get(day);
  if (date === undefined) {
    // An invalid date throws here, as before.
    date = new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
    if (written.size < 100_000) written.set(day, date);
  }
  return date;
}

/** The date `days` after a YYYY-MM-DD date (negative for before). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
