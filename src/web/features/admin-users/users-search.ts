/** The list's filters live in the address, so a filtered page can be bookmarked or shared. */
export interface UsersSearch {
  q?: string | undefined;
  agencyId?: string | undefined;
  page?: number | undefined;
}

export function parseUsersSearch(raw: Record<string, unknown>): UsersSearch {
  const q = typeof raw.q === 'string' && raw.q.trim() ? raw.q.trim().slice(0, 100) : undefined;
  const agencyId = typeof raw.agencyId === 'string' && raw.agencyId ? raw.agencyId : undefined;
  const page = Number(raw.page);
  return {
    q,
    agencyId,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
