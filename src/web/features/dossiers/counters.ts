import type { Agency, SessionUser } from '../../api/types.js';

/**
 * The service centres (counters) where the officer may receive: those in the subtrees of their
 * counter-officer grants. Intake is boundary-free, so a provincial grant covers every centre.
 */
export function receivingCounters(agencies: readonly Agency[], user: SessionUser): Agency[] {
  const children = new Map<string, Agency[]>();
  for (const agency of agencies) {
    if (!agency.parentId) continue;
    const siblings = children.get(agency.parentId) ?? [];
    siblings.push(agency);
    children.set(agency.parentId, siblings);
  }
  const inScope = new Set<string>();
  const stack = user.roles
    .filter((grant) => grant.role === 'counter_officer')
    .map((grant) => grant.agencyId);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (inScope.has(id)) continue;
    inScope.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return agencies.filter(
    (agency) =>
      agency.kind === 'service_centre' && agency.status === 'active' && inScope.has(agency.id),
  );
}

/** The officer's own centre when it is one of them; otherwise the only one, if there is one. */
export function defaultCounter(counters: readonly Agency[], user: SessionUser): string {
  if (counters.some((agency) => agency.id === user.agency.id)) return user.agency.id;
  return counters.length === 1 ? (counters[0]?.id ?? '') : '';
}
