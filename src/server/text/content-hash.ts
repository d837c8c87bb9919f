import { createHash } from 'node:crypto';
import { canonicalJson } from '../features/audit/audit.chain.js';

/**
 * The SHA-256 of a request's content, whatever the order of its keys: "the same request again"
 * (idempotency, DVCQG's deliveries) must not depend on how a client serialised it.
 */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
