import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { PublicDossier } from '../dossiers/dossier-types.js';

/**
 * What the applicant typed to prove the dossier is theirs: 12 digits are a personal ID number,
 * anything else is taken for a phone number.
 */
export function verifierQuery(verifier: string | undefined): {
  idNumber?: string;
  phone?: string;
} {
  const value = verifier?.replace(/\s+/g, '') ?? '';
  if (!value) return {};
  return /^\d{12}$/.test(value) ? { idNumber: value } : { phone: value };
}

export function publicDossierQueryOptions(code: string, verifier: string | undefined) {
  const query = verifierQuery(verifier);
  return queryOptions({
    queryKey: ['public-dossier', code, query],
    queryFn: ({ signal }) =>
      api<PublicDossier>(`/api/v1/public/dossiers/${encodeURIComponent(code)}`, {
        query,
        signal,
      }),
    // The lookup is rate limited: a citizen re-reading the page should not spend their quota.
    staleTime: 60_000,
    retry: false,
  });
}
