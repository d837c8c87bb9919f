/**
 * Vietnamese can arrive decomposed (a base letter plus combining marks, as macOS and some IMEs
 * send it). Stored that way it breaks search and uniqueness; printed, pdfmake's Roboto (which has
 * precomposed glyphs only) shows a decomposed "ễ" as a bare "e" with loose marks. So every string
 * that enters through the API, and every string that reaches a document, goes through here.
 */
export function toNfc<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value === 'function') {
    // Dynamic headers and footers build their content at layout time, after the walk.
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => walk(fn(...args));
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = walk(item);
    return out;
  }
  // Dates (metadata), Buffers (images) and numbers pass through untouched.
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
