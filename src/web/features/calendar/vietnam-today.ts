/**
 * Today as on the wall clock in Vietnam, whatever the browser's zone: an officer abroad or on a
 * misconfigured computer still sees the province's today and year.
 */
const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD, the same shape as the API's dates, so the two compare as strings. */
export function todayInVietnam(): string {
  return isoDateFormat.format(new Date());
}

export function currentYearInVietnam(): number {
  return Number(todayInVietnam().slice(0, 4));
}
