/**
 * Who is acting. Every command receives an Actor: an officer, an API client or
 * the system itself (jobs). Grants are resolved once per request into sets of
 * agency ids per role, so policies and SQL scopes are simple set checks.
 */
import type { GrantRole } from './roles.ts';

export type { GrantRole };

export interface Grant {
  role: GrantRole;
  agencyId: string;
  includeSubtree: boolean;
}

export interface Actor {
  kind: 'officer' | 'client' | 'system';
  id: string;
  name: string;
  grants: Grant[];
  /** Agency ids (subtrees expanded) where the actor holds each role. */
  scope: Map<GrantRole, Set<string>>;
}

export const systemActor: Actor = {
  kind: 'system',
  id: 'system',
  name: 'Hệ thống motcua',
  grants: [],
  scope: new Map(),
};

export function hasRoleAt(actor: Actor, role: GrantRole, agencyId: string): boolean {
  return actor.scope.get(role)?.has(agencyId) ?? false;
}

export function rolesAt(actor: Actor, agencyId: string): GrantRole[] {
  const roles: GrantRole[] = [];
  for (const [role, agencies] of actor.scope) if (agencies.has(agencyId)) roles.push(role);
  return roles;
}

/** All agency ids where the actor holds any role: the widest read scope. */
export function allScopedAgencies(actor: Actor): Set<string> {
  const all = new Set<string>();
  // OPERATOR runs the service and names no agency's data (ADR 0024): its grant widens no read scope.
  for (const [role, agencies] of actor.scope) if (role !== 'OPERATOR') for (const a of agencies) all.add(a);
  return all;
}
