/**
 * The part of the tree an administrator may change (their ADMIN subtree): the
 * agency a page is about, and the tree of them all for the administration's list.
 */
import type { Actor } from '../../identity/index.ts';
import type { Agency, AgencySnapshot } from '../agency-directory.ts';
import { permits } from '../agency.policy.ts';

export interface AgencyNode {
  agency: Agency;
  children: AgencyNode[];
}

/** The agency by any spelling of its code, when the actor administers it; otherwise undefined (the page answers 404). */
export function administeredAgency(agencies: AgencySnapshot, actor: Actor, code: string): Agency | undefined {
  const agency = agencies.resolve(code)?.agency;
  return agency && permits(actor, 'agency.edit', agency) ? agency : undefined;
}

/** The administered agencies as trees, each rooted where the parent is not administered. */
export function administeredTree(agencies: AgencySnapshot, actor: Actor): AgencyNode[] {
  const mine = (a: Agency): boolean => permits(actor, 'agency.edit', a);
  const node = (a: Agency): AgencyNode => ({ agency: a, children: agencies.children(a.id).filter(mine).map(node) });
  return agencies
    .all()
    .filter((a) => mine(a) && !(a.parentId && agencies.byId(a.parentId) && mine(agencies.byId(a.parentId)!)))
    .map(node);
}
