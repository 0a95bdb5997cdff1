/** Turning grants into an Actor: each grant's agency (and subtree, if granted so) becomes part of the role's scope. */
import type { Actor, Grant, GrantRole } from './actor.ts';
import type { AgencyTree } from './agency-tree.ts';

export function buildActor(
  kind: Actor['kind'],
  id: string,
  name: string,
  grantRows: { role: string; agencyId: string; includeSubtree: boolean }[],
  agencies: Pick<AgencyTree, 'subtree'>,
): Actor {
  const grants: Grant[] = grantRows.map((g) => ({
    role: g.role as GrantRole,
    agencyId: g.agencyId,
    includeSubtree: g.includeSubtree,
  }));
  const scope = new Map<GrantRole, Set<string>>();
  for (const g of grants) {
    const set = scope.get(g.role) ?? new Set<string>();
    for (const a of g.includeSubtree ? agencies.subtree(g.agencyId) : [g.agencyId]) set.add(a);
    scope.set(g.role, set);
  }
  return { kind, id, name, grants, scope };
}
