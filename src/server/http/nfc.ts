/**
 * Vietnamese can arrive decomposed (a base letter plus combining marks, as macOS and some IMEs
 * send it). Stored that way it breaks search, uniqueness and PDF rendering, so every string that
 * enters through the API is normalised to NFC first.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]),
    ) as T;
  }
  return value;
}
