/**
 * The code of an electronic result (domain.md §4 "Results"): the owner's ID number (personal ID,
 * or an organisation's tax code) followed by the code of the result type in the catalog, joined by
 * a dot, e.g. `027095001234.KQ.HT.KS`. It is the key under which the citizen's data store keeps
 * the result, so that later dossiers find it instead of asking for it again.
 */
export function resultDocumentCode(ownerIdNumber: string, resultTypeCode: string): string {
  return `${ownerIdNumber.trim()}.${resultTypeCode.trim()}`;
}

export type DocumentCodeProblem = 'owner_missing' | 'type_missing' | 'mismatch';

/**
 * The code the result gets, or why it cannot have the one given. An officer who types the code
 * printed on the paper result has it checked against the rule; a procedure whose result type has
 * no code yet takes the officer's code when it starts with the owner's ID number.
 */
export function checkResultDocumentCode(input: {
  ownerIdNumber: string | null;
  resultTypeCode: string | null;
  given: string | null | undefined;
}):
  | { ok: true; code: string | null }
  | { ok: false; problem: DocumentCodeProblem; expected?: string } {
  const given = input.given?.trim() || null;
  const owner = input.ownerIdNumber?.trim() || null;
  if (!owner) return given ? { ok: false, problem: 'owner_missing' } : { ok: true, code: null };
  if (!input.resultTypeCode) {
    if (!given) return { ok: true, code: null };
    return given.startsWith(`${owner}.`) && given.length > owner.length + 1
      ? { ok: true, code: given }
      : { ok: false, problem: 'type_missing' };
  }
  const expected = resultDocumentCode(owner, input.resultTypeCode);
  if (given !== null && given !== expected) return { ok: false, problem: 'mismatch', expected };
  return { ok: true, code: expected };
}
