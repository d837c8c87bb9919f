/**
 * Scans arrive as PDF, JPEG or PNG. The type is read from the bytes, never from the name or the
 * header a client sends, and a file whose structure is cut short (an interrupted scan, a renamed
 * document) is refused before it is stored.
 */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

export type ScanProblem = 'empty' | 'unsupported_type' | 'corrupt';

export type ScanCheck = { ok: true; mediaType: ScanType } | { ok: false; problem: ScanProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function checkScan(bytes: Uint8Array): ScanCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return pdfIsWhole(bytes)
      ? { ok: true, mediaType: 'application/pdf' }
      : { ok: false, problem: 'corrupt' };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return jpegIsWhole(bytes)
      ? { ok: true, mediaType: 'image/jpeg' }
      : { ok: false, problem: 'corrupt' };
  }
  if (startsWith(bytes, PNG_SIGNATURE)) {
    return pngIsWhole(bytes)
      ? { ok: true, mediaType: 'image/png' }
      : { ok: false, problem: 'corrupt' };
  }
  return { ok: false, problem: 'unsupported_type' };
}

/** A PDF ends with %%EOF (possibly followed by whitespace) and has a cross-reference. */
function pdfIsWhole(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString('latin1');
  if (!/%%EOF\s*$/.test(tail)) return false;
  return /startxref/.test(tail) || /\/Linearized/.test(head);
}

/** A JPEG ends with the EOI marker FF D9 (some scanners pad after it with zeros). */
function jpegIsWhole(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0x00) end--;
  return bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
}

/** Walks the PNG chunks: an IHDR first, lengths that fit, and an IEND at the very end. */
function pngIsWhole(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (first && type !== 'IHDR') return false;
    first = false;
    const next = offset + 12 + length;
    if (next > bytes.length) return false;
    if (type === 'IEND') return next === bytes.length;
    offset = next;
  }
  return false;
}

export const SCAN_PROBLEM_MESSAGES: Record<ScanProblem, string> = {
  empty: 'Tệp rỗng',
  unsupported_type: 'Chỉ nhận tệp PDF, JPEG hoặc PNG (xác định theo nội dung tệp, không theo tên)',
  corrupt: 'Tệp bị hỏng hoặc không trọn vẹn; hãy quét hoặc tải lên lại',
};
