/**
 * How the forms print instants, dates, money and channels. Instants are shown in Vietnam time
 * whatever the server's TZ is; money is integer VND with vi-VN grouping ("200.000 đồng").
 */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type Channel = 'counter' | 'post' | 'online';

export const CHANNEL_LABELS: Record<Channel, string> = {
  counter: 'Trực tiếp',
  post: 'Qua dịch vụ bưu chính công ích',
  online: 'Trực tuyến',
};

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  return date;
}

/** The wall-clock reading in Vietnam of an instant. */
export function localParts(iso: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(parseInstant(iso))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "25/11/2026" from the local parts. */
function dmy(p: { year: number; month: number; day: number }): string {
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "08 giờ 30 phút, ngày 25/11/2026", the wording of the receipt's times. */
export function formatInstantLong(iso: string): string {
  const p = localParts(iso);
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ngày ${dmy(p)}`;
}

/** "25/11/2026 08:30", for tables. */
export function formatInstantShort(iso: string): string {
  const p = localParts(iso);
  return `${dmy(p)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "25/11/2026" for the local date of an instant. */
export function formatInstantDate(iso: string): string {
  return dmy(localParts(iso));
}

/** "01/11/2026" from a local date "2026-11-01". */
export function formatLocalDate(ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) throw new RangeError(`Not a local date YYYY-MM-DD: ${ymd}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * "Bắc Ninh, ngày 05 tháng 01 năm 2026". Decree 30/2020 on administrative documents writes days
 * below 10 and the months 1 and 2 with a leading zero, and no other month.
 */
export function placeAndDate(place: string, iso: string): string {
  const p = localParts(iso);
  const month = p.month <= 2 ? pad2(p.month) : String(p.month);
  return `${place}, ngày ${pad2(p.day)} tháng ${month} năm ${p.year}`;
}

const vndFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** "200.000 đồng". A fraction means a bug upstream (money is integer VND), so it throws. */
export function formatVnd(amountVnd: number): string {
  if (!Number.isSafeInteger(amountVnd)) throw new RangeError(`Not an integer VND: ${amountVnd}`);
  return `${vndFormat.format(amountVnd)} đồng`;
}

const countFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** "1.234", a count with vi-VN grouping. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

const percentFormat = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "83,3%" for 0.8333; a dash when there is no ratio (nothing to divide by). */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : percentFormat.format(ratio);
}

/**
 * A Date whose UTC fields read the Vietnam wall clock. Spreadsheets store naive local date-times,
 * and exceljs writes a Date's UTC fields, so this is what makes a cell show 08:30 for 01:30Z.
 */
export function vietnamWallClock(iso: string): Date {
  const p = localParts(iso);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/** The place printed before the date on every form and report of the province. */
export const PROVINCE_PLACE = 'Bắc Ninh';
