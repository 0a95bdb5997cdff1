/**
 * Whose figures a leader sees: the agencies where the officer is LEADER,
 * DEPARTMENT_HEAD or SUPERVISOR (subtrees included), and the units a report
 * is broken into — each such agency itself, then each of its child agencies
 * with its whole subtree.
 */
import type { AgencySnapshot } from '../../agencies/index.ts';
import type { Actor, GrantRole } from '../../identity/index.ts';

export const overviewRoles: GrantRole[] = ['LEADER', 'DEPARTMENT_HEAD', 'SUPERVISOR'];

export interface OverviewUnit {
  /** The agency; `direct` units count only dossiers whose competent agency is this one. */
  agencyId: string;
  name: string;
  direct: boolean;
  agencyIds: string[];
}

export function overviewScope(actor: Actor): string[] {
  const ids = new Set<string>();
  for (const role of overviewRoles) for (const id of actor.scope.get(role) ?? []) ids.add(id);
  return [...ids];
}

export function overviewUnits(actor: Actor, agencies: AgencySnapshot): OverviewUnit[] {
  const scope = new Set(overviewScope(actor));
  const roots = [...new Set(actor.grants.filter((g) => overviewRoles.includes(g.role)).map((g) => g.agencyId))].filter((id) => {
    const a = agencies.byId(id);
    return a && !(a.parentId && scope.has(a.parentId));
  });
  return roots.flatMap((rootId) => {
    const root = agencies.byId(rootId)!;
    const children = agencies.children(rootId).filter((c) => scope.has(c.id));
    return [
      { agencyId: root.id, name: root.name, direct: true, agencyIds: [root.id] },
      ...children.map((c) => ({ agencyId: c.id, name: c.name, direct: false, agencyIds: [...agencies.subtree(c.id)] })),
    ];
  });
}

/** The unit a drill-down names (agency id, direct or with subtree), when it is one of this officer's. */
export function findUnit(units: OverviewUnit[], agencyId: string, direct: boolean): OverviewUnit | undefined {
  return units.find((u) => u.agencyId === agencyId && u.direct === direct);
}
