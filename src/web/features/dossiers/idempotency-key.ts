/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts, and a commune office may
 * open the app over plain HTTP on its network; `getRandomValues` works everywhere.
 */
export function newUuid(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per distinct request: a retried click (or a retry after a lost answer) sends the same
 * body and so the same key, and the server answers with the dossier it already made; once the
 * officer corrects something, the body differs and gets a fresh key, which the server would
 * otherwise refuse as reused for another request.
 */
export function idempotencyKeys(): (body: unknown) => string {
  let last: { body: string; key: string } | null = null;
  return (body) => {
    const json = JSON.stringify(body);
    if (last?.body !== json) last = { body: json, key: newUuid() };
    return last.key;
  };
}
