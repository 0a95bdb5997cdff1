/**
 * Who may change the agency tree: an administrator, inside their ADMIN
 * subtree — an agency's details and office hours, its desks, a child agency
 * under it. The demo tree is loaded by the system only.
 */
import { ForbiddenError } from '../../platform/errors.ts';
import { administers, definePolicy, type Actor } from '../identity/index.ts';
import type { Agency } from './agency-directory.ts';

const rules = {
  /** Names, address and office hours of the agency. */
  'agency.edit': (actor: Actor, agency: Agency) => administers(actor, [agency.id]),
  /** Target: the parent the new agency is placed under. */
  'agency.create': (actor: Actor, parent: Agency) => administers(actor, [parent.id]),
  /** Target: the agency the desk belongs to. */
  'desk.create': (actor: Actor, agency: Agency) => administers(actor, [agency.id]),
  'agencies.seed': (actor: Actor, _target: null) => actor.kind === 'system',
};

export const authorize = definePolicy(rules);

/** Whether `authorize` would allow it: for reads that show only what the actor may change. */
export function permits<P extends keyof typeof rules>(actor: Actor, permission: P, target: Parameters<(typeof rules)[P]>[1]): boolean {
  try {
    authorize(actor, permission, target);
    return true;
  } catch (err) {
    if (err instanceof ForbiddenError) return false;
    throw err;
  }
}
