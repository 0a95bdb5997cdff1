/** Reading the audit trail (one entity's history, or the verification of every chain) is for supervisors and administrators. Deny by default. */
import { definePolicy, type Actor } from '../identity/index.ts';

const overseer = (actor: Actor): boolean => actor.scope.has('ADMIN') || actor.scope.has('SUPERVISOR');

export const authorize = definePolicy({
  'audit.verify': (actor, _all: null) => overseer(actor),
  'audit.read': (actor, _entity: { entityType: string; entityId: string }) => overseer(actor),
});
