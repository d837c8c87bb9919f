import { dueDate, type Unit } from '../calendar/deadline.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * Inter-agency dossiers (liên thông, domain.md §4): the centre fixes the order of the agencies
 * and a lead; each agency has its own share of the time limit ("Phiếu chuyển xử lý"). The lead
 * agency (the dossier's competent agency) works the dossier as usual and sends it to the others:
 * one after another for a paper dossier, all at once for an electronic one. Each returns its part
 * to the next agency, or at the end to the lead, whose result goes back through the receiving
 * centre. Every hand-over is recorded with its time, its due time and whether it was in time.
 */

/** The catalog's plan, copied to the dossier at intake. */
export interface InterAgencyPlan {
  leadAgencyId: string;
  agencies: readonly { agencyId: string; share: { amount: number; unit: Unit } }[];
}

/** One agency's part of the work, other than the lead's. */
export interface Leg {
  agencyId: string;
  share: { amount: number; unit: Unit };
  sentAt: number | null;
  dueAt: number | null;
  returnedAt: number | null;
  note: string | null;
}

export interface InterAgency {
  leadAgencyId: string;
  legs: readonly Leg[];
  /** Decided when the dossier is first sent: electronic dossiers go to every agency at once. */
  parallel: boolean | null;
}

/** The parts the other agencies of the plan have, in the plan's order. */
export function legsOf(plan: InterAgencyPlan | null | undefined, leadAgencyId: string) {
  if (!plan) return null;
  const legs = plan.agencies
    .filter((a) => a.agencyId !== leadAgencyId && a.agencyId !== plan.leadAgencyId)
    .map((a) => ({
      agencyId: a.agencyId,
      share: a.share,
      sentAt: null,
      dueAt: null,
      returnedAt: null,
      note: null,
    }));
  return legs.length > 0 ? { leadAgencyId, legs, parallel: null } : null;
}

/** A dossier is electronic when it came online or every paper it holds was scanned. */
export function isElectronic(d: {
  channel: string;
  components: readonly { provided: boolean; files: number }[];
}): boolean {
  if (d.channel === 'online') return true;
  const provided = d.components.filter((c) => c.provided);
  return provided.length > 0 && provided.every((c) => c.files > 0);
}

export const isOut = (leg: Leg) => leg.sentAt !== null && leg.returnedAt === null;

/** Parts still out at another agency, or never sent: the lead cannot decide yet. */
export function unfinished(ia: InterAgency | null): boolean {
  return ia?.legs.some((l) => l.returnedAt === null) ?? false;
}

function send(leg: Leg, now: number, cal: WorkingCalendar, cap: number | null): Leg {
  const due = dueDate(cal, now, leg.share.amount, leg.share.unit);
  return { ...leg, sentAt: now, dueAt: cap === null ? due : Math.min(due, cap) };
}

export type InterAgencyRefusal =
  | 'INTER_AGENCY_NONE'
  | 'INTER_AGENCY_PENDING'
  | 'INTER_AGENCY_LEG_UNKNOWN';

/** The lead sends the dossier on: to the next agency in order, or to all those not yet sent. */
export function sendOn(
  ia: InterAgency | null,
  parallel: boolean,
  now: number,
  cal: WorkingCalendar,
  cap: number | null,
): { next: InterAgency; sent: Leg[] } | InterAgencyRefusal {
  if (!ia) return 'INTER_AGENCY_NONE';
  if (ia.legs.some(isOut)) return 'INTER_AGENCY_PENDING';
  const pending = ia.legs.map((l, i) => [l, i] as const).filter(([l]) => l.sentAt === null);
  if (pending.length === 0) return 'INTER_AGENCY_NONE';
  const mode = ia.parallel ?? parallel;
  const chosen = new Set(mode ? pending.map(([, i]) => i) : [pending[0]?.[1]]);
  const legs = ia.legs.map((l, i) => (chosen.has(i) ? send(l, now, cal, cap) : l));
  return { next: { ...ia, legs, parallel: mode }, sent: legs.filter((_, i) => chosen.has(i)) };
}

/**
 * An agency returns its part: in sequence, the dossier goes straight on to the next agency;
 * otherwise (the last, or in parallel) back to the lead once every part is in.
 */
export function returnPart(
  ia: InterAgency | null,
  agencyId: string,
  note: string,
  now: number,
  cal: WorkingCalendar,
  cap: number | null,
): { next: InterAgency; returned: Leg; sentOn: Leg | null } | InterAgencyRefusal {
  const index = ia?.legs.findIndex((l) => l.agencyId === agencyId && isOut(l)) ?? -1;
  if (!ia || index === -1) return 'INTER_AGENCY_LEG_UNKNOWN';
  const returned = { ...(ia.legs[index] as Leg), returnedAt: now, note };
  let legs = ia.legs.map((l, i) => (i === index ? returned : l));
  let sentOn: Leg | null = null;
  if (!ia.parallel) {
    const nextIndex = legs.findIndex((l) => l.sentAt === null);
    if (nextIndex !== -1) {
      sentOn = send(legs[nextIndex] as Leg, now, cal, cap);
      legs = legs.map((l, i) => (i === nextIndex ? (sentOn as Leg) : l));
    }
  }
  return { next: { ...ia, legs }, returned, sentOn };
}

/** Whether the lead may send the dossier on now: a part left to send and none out. */
export function maySendOn(ia: InterAgency | null): boolean {
  return ia !== null && !ia.legs.some(isOut) && ia.legs.some((l) => l.sentAt === null);
}

/** The agencies holding a part now: they see the dossier and find it in their inbox. */
export function agenciesHolding(ia: InterAgency | null): string[] {
  return ia ? ia.legs.filter(isOut).map((l) => l.agencyId) : [];
}
