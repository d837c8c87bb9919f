import { type InboxScope, URGENCIES, type Urgency } from './inbox-api.js';

/**
 * The inbox's filters live in the address, so going back from a dossier finds the list as it was
 * left. An absent scope is the officer's own default (the agency's for a leader).
 */
export interface InboxSearch {
  scope?: InboxScope | undefined;
  urgency?: Urgency | undefined;
  unassigned?: true | undefined;
  q?: string | undefined;
}

const isUrgency = (value: unknown): value is Urgency =>
  typeof value === 'string' && (URGENCIES as readonly string[]).includes(value);

/** The inbox's scopes: mine, my agency's, and the inter-agency parts my agency holds. */
export const isInboxScope = (value: unknown): value is InboxScope =>
  value === 'mine' || value === 'agency' || value === 'partner';

export function parseInboxSearch(raw: Record<string, unknown>): InboxSearch {
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? String(raw.q) : undefined;
  const trimmed = q?.trim().slice(0, 100);
  return {
    scope: isInboxScope(raw.scope) ? raw.scope : undefined,
    urgency: isUrgency(raw.urgency) ? raw.urgency : undefined,
    unassigned: raw.unassigned === true || raw.unassigned === 'true' ? true : undefined,
    q: trimmed || undefined,
  };
}
