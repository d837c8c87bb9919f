import { resultDocumentCode } from '../../../domain/dossier/result-document.js';
import type { DossierDetail } from './dossier-types.js';

/**
 * What the processing part of the dossier page reads off the server's answer: plain functions,
 * so they are tested without a browser. The rules themselves stay on the server: which actions
 * are open comes from `allowedActions`; these only arrange what the page shows and preselects.
 */

export type InterAgencyView = NonNullable<DossierDetail['processing']['interAgency']>;
export type InterAgencyLeg = InterAgencyView['legs'][number];
export type LegStatus = 'waiting' | 'out' | 'returned';

export function legStatus(leg: Pick<InterAgencyLeg, 'sentAt' | 'returnedAt'>): LegStatus {
  if (leg.returnedAt !== null) return 'returned';
  return leg.sentAt === null ? 'waiting' : 'out';
}

/** The parts another agency holds now: those a return can be recorded for. */
export function legsOut(ia: InterAgencyView | null): InterAgencyLeg[] {
  return (ia?.legs ?? []).filter((leg) => legStatus(leg) === 'out');
}

/** The parts not yet sent, in the plan's order. */
export function legsWaiting(ia: InterAgencyView | null): InterAgencyLeg[] {
  return (ia?.legs ?? []).filter((leg) => legStatus(leg) === 'waiting');
}

/**
 * The agency a return is preselected for: the only one holding a part, or else the one of the
 * officer's own agencies (home or role) among those holding one; none when that is not clear.
 */
export function defaultReturningAgency(
  out: readonly Pick<InterAgencyLeg, 'agency'>[],
  ownAgencyIds: readonly string[],
): string | null {
  if (out.length === 1) return out[0]?.agency.id ?? null;
  const own = out.filter((leg) => ownAgencyIds.includes(leg.agency.id));
  return own.length === 1 ? (own[0]?.agency.id ?? null) : null;
}

/** The result's owner ID number: the personal ID number, or an organisation's tax code. */
export function ownerIdNumber(applicant: DossierDetail['applicant']): string {
  return (applicant.kind === 'citizen' ? applicant.idNumber : applicant.taxCode) ?? '';
}

/**
 * The code the server will give a result of this type, to show as the hint of an empty field
 * (the server derives and checks it; this only says what to expect). Null when the type has no
 * code in the catalog.
 */
export function derivedDocumentCode(
  applicant: DossierDetail['applicant'],
  resultTypeCode: string | null | undefined,
): string | null {
  const owner = ownerIdNumber(applicant).trim();
  if (!owner || !resultTypeCode?.trim()) return null;
  return resultDocumentCode(owner, resultTypeCode);
}

/** A PDF by its declared type or, when the browser names none, by its extension. */
export function looksLikePdf(file: { name: string; type: string }): boolean {
  if (file.type) return file.type === 'application/pdf';
  return /\.pdf$/i.test(file.name);
}
