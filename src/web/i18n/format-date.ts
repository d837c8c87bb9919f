/**
 * Dates are always shown as on the wall clock in Vietnam, whatever the browser's zone, because
 * deadlines and legal time limits are counted in that zone.
 */
const zone = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: zone,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: zone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** Date first, as in Vietnamese documents ("25/11/2025 08:30"); vi-VN alone puts the time first. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`;
}
