/** Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact. */
const OFFSET_MS = 7 * 3_600_000;

/** The calendar date (YYYY-MM-DD) in Asia/Ho_Chi_Minh at the given instant. */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The date `days` after a YYYY-MM-DD date (negative for before). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
