/**
 * What a QR or barcode scanner types into the scan field, then Enter: the 12-digit personal ID
 * number alone (barcode), an organisation's tax code, or the QR code of a chip-based citizen
 * identity card (CCCD), whose fields are separated by "|":
 *
 *   027095001234|123456789|Nguyễn Văn A|01011995|Nam|Số 5 đường X, Phường Y, Tỉnh Z|01012021
 *   new number  |old CMND |full name   |birth    |sex|place of residence          |issued on
 */
export type ScanResult =
  | { kind: 'idNumber'; idNumber: string }
  | { kind: 'taxCode'; taxCode: string }
  | {
      kind: 'citizenCard';
      idNumber: string;
      name: string;
      birthDate: string | null;
      address: ScannedAddress | null;
    }
  | { kind: 'unknown' };

export interface ScannedAddress {
  /** House number, street, hamlet: what precedes the commune. */
  detail: string;
  /** The commune's name without "Xã"/"Phường", to search the national list with. */
  unitHint: string;
}

/** DDMMYYYY → YYYY-MM-DD, or null when it is no real date. */
export function cardDate(text: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return iso;
}

/** Commune-level units, as written on cards issued before and after the 2025 reorganisation. */
const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/iu;

/** "Số 5 đường X, Phường Kinh Bắc, Tỉnh Bắc Ninh" → detail "Số 5 đường X", unit "Kinh Bắc". */
export function splitAddress(text: string): ScannedAddress | null {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const at = parts.findIndex((part) => UNIT_PREFIX.test(part));
  if (at <= 0) return { detail: parts.join(', '), unitHint: at === 0 ? strip(parts[0]) : '' };
  return { detail: parts.slice(0, at).join(', '), unitHint: strip(parts[at]) };
}

function strip(part: string | undefined): string {
  return (part ?? '').replace(UNIT_PREFIX, '').trim();
}

export function parseScan(raw: string): ScanResult {
  const text = raw.normalize('NFC').trim();
  if (/^\d{12}$/.test(text)) return { kind: 'idNumber', idNumber: text };
  if (/^\d{10}(-\d{3})?$/.test(text)) return { kind: 'taxCode', taxCode: text };
  if (text.includes('|')) {
    const fields = text.split('|').map((field) => field.trim());
    const [idNumber = '', , name = '', birth = '', , residence = ''] = fields;
    if (/^\d{12}$/.test(idNumber) && name) {
      return {
        kind: 'citizenCard',
        idNumber,
        name,
        birthDate: cardDate(birth),
        address: residence ? splitAddress(residence) : null,
      };
    }
  }
  return { kind: 'unknown' };
}
