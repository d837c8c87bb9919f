/**
 * Indicator 4.2 of the service index counts dossiers received digitised: every component the
 * applicant provided came with its scan (at the counter) or its file (online). A dossier with no
 * component provided has nothing digitised.
 */
export function receivedDigitised(
  components: readonly { provided: boolean; files?: readonly unknown[] | undefined }[],
): boolean {
  const provided = components.filter((c) => c.provided);
  return provided.length > 0 && provided.every((c) => (c.files?.length ?? 0) > 0);
}
