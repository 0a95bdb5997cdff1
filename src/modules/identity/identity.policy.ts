/**
 * Who may change accounts. Administrators act inside their ADMIN subtree: they
 * create officers and API clients with grants there, and manage an officer who
 * holds (or held) a grant there. The system (CLI, demo data) may create
 * accounts anywhere. An officer manages their own second factor and sessions,
 * and only theirs.
 */
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { Actor } from './actor.ts';
import { administers, definePolicy } from './policy.ts';

/** An officer as officer administration sees them: who, and where their grants are. */
export interface OfficerTarget {
  id: string;
  /** Agencies of every grant, current, future and ended. */
  grantAgencyIds: readonly string[];
}

/** The officer has (or had) a grant in the actor's ADMIN scope. */
function manages(actor: Actor, officer: OfficerTarget): boolean {
  const scope = actor.scope.get('ADMIN');
  return scope !== undefined && officer.grantAgencyIds.some((a) => scope.has(a));
}

const rules = {
  /** Target: the agencies the new account's grants name. */
  'officer.create': (actor: Actor, agencyIds: readonly string[]) => actor.kind === 'system' || administers(actor, agencyIds),
  'api_client.create': (actor: Actor, agencyIds: readonly string[]) => actor.kind === 'system' || administers(actor, agencyIds),
  'officer.view': (actor: Actor, officer: OfficerTarget) => manages(actor, officer),
  /** A role is granted at an agency the administrator administers, to an officer they manage. */
  'officer.grant': (actor: Actor, t: { officer: OfficerTarget; agencyId: string }) => manages(actor, t.officer) && administers(actor, [t.agencyId]),
  'officer.revoke': (actor: Actor, t: { officer: OfficerTarget; grantAgencyId: string }) => administers(actor, [t.grantAgencyId]),
  /** Nobody deactivates their own account (they would lock themselves out). */
  'officer.set_active': (actor: Actor, t: { officer: OfficerTarget; active: boolean }) => manages(actor, t.officer) && (t.active || t.officer.id !== actor.id),
  /** One's own second factor is turned off with a current code (two-factor page), never reset without one. */
  'officer.totp_reset': (actor: Actor, officer: OfficerTarget) => manages(actor, officer) && officer.id !== actor.id,
  /** Target: the officer whose own settings change (second factor, sign-in code, sign-out). */
  'officer.own': (actor: Actor, officerId: string) => actor.kind === 'officer' && actor.id === officerId,
  /** A password sign-in is checked by the system for a caller who is nobody yet. */
  'officer.sign_in': (actor: Actor, _target: null) => actor.kind === 'system',
  /** Signing out a bearer token: the caller's own (the route passes the token it was called with). */
  'token.revoke': (actor: Actor, _target: null) => actor.kind === 'officer' || actor.kind === 'client',
};

export const authorize = definePolicy(rules);

type Permission = keyof typeof rules;
type TargetOf<P extends Permission> = Parameters<(typeof rules)[P]>[1];

/** Whether `authorize` would let the actor do it (for reads that leave out what the actor may not see). */
export function permits<P extends Permission>(actor: Actor, permission: P, target: TargetOf<P>): boolean {
  try {
    authorize(actor, permission, target);
    return true;
  } catch (err) {
    if (err instanceof ForbiddenError) return false;
    throw err;
  }
}

/**
 * As `authorize`, but a refusal is a 404: an officer outside the administrator's
 * agencies does not exist for them, so the answer does not tell that it does.
 */
export function authorizeOrHide<P extends Permission>(actor: Actor, permission: P, target: TargetOf<P>): void {
  if (!permits(actor, permission, target)) throw new NotFoundError();
}
