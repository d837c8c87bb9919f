import {
  type DossierChannel,
  type DossierState,
  isDossierChannel,
  isDossierState,
} from './dossier-types.js';

/** The list's filters live in the address, so a day's list can be reopened or sent on. */
export interface IntakeListSearch {
  counter?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state?: DossierState | undefined;
  channel?: DossierChannel | undefined;
  q?: string | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown) =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;

export function parseIntakeListSearch(raw: Record<string, unknown>): IntakeListSearch {
  const from = text(raw.from);
  const to = text(raw.to);
  const counter = text(raw.counter);
  const q = text(raw.q)?.trim().slice(0, 100);
  return {
    counter: counter && UUID.test(counter) ? counter : undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    state: isDossierState(raw.state) ? raw.state : undefined,
    channel: isDossierChannel(raw.channel) ? raw.channel : undefined,
    q: q || undefined,
  };
}

/** YYYY-MM-DD, `days` before the given date (read as a calendar date, not an instant). */
export function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
