/**
 * Who may see and do what on a dossier. Deny by default: an actor sees a
 * dossier only when one of its agencies (receiving, competent, consulted,
 * inter-agency) is in the actor's scope, and acts only with the step's role at
 * the right agency, plus the step's guards. Lists apply the same rule in SQL.
 */
import type { AgencySnapshot, Desk } from '../agencies/index.ts';
import type { Channel } from '../catalog/index.ts';
import type { Actor, GrantRole } from '../identity/index.ts';
import { definePolicy, hasRoleAt } from '../identity/index.ts';
import type { ActorRole } from '../workflow/index.ts';
import type { DeskIntakeRow, DossierRow } from './dossier.rows.ts';

/**
 * Roles whose scope opens no dossier: administrators administer agencies, officers and
 * catalogues, never read citizens' files (ADR 0008). An officer who is also a specialist
 * somewhere still sees that agency's dossiers through the other grant.
 */
const NON_READING_ROLES = new Set<GrantRole>(['ADMIN', 'OPERATOR']);

/** The agencies whose dossiers the actor may read: every role's scope except the administrators'. */
export function dossierReadScope(actor: Actor): Set<string> {
  const all = new Set<string>();
  for (const [role, agencies] of actor.scope) {
    if (NON_READING_ROLES.has(role)) continue;
    for (const a of agencies) all.add(a);
  }
  return all;
}

export function canSee(actor: Actor, dossier: Pick<DossierRow, 'agencyIds'>): boolean {
  if (actor.kind === 'system') return true;
  const mine = dossierReadScope(actor);
  return dossier.agencyIds.some((a) => mine.has(a));
}

/** Postal staff may act as desk officers where they hold the postal role (DOMAIN §1.1). */
const standIns: Partial<Record<GrantRole, GrantRole[]>> = { DESK_OFFICER: ['DESK_OFFICER', 'POSTAL_AGENT'] };

export interface RoleMatch {
  role: ActorRole;
  onBehalfOfApplicant: boolean;
}

/** Whether the actor holds one of the roles at the agency; APPLICANT steps may be taken for the applicant by their channel. */
export function matchRole(actor: Actor, roles: ActorRole[], agencyId: string, receivingAgencyId: string): RoleMatch | null {
  for (const role of roles) {
    if (role === 'APPLICANT') {
      const proxies: GrantRole[] = ['INTEGRATION', 'KIOSK', 'DESK_OFFICER', 'POSTAL_AGENT'];
      if (proxies.some((r) => hasRoleAt(actor, r, receivingAgencyId))) return { role, onBehalfOfApplicant: true };
      continue;
    }
    if ((standIns[role] ?? [role]).some((r) => hasRoleAt(actor, r, agencyId))) return { role, onBehalfOfApplicant: false };
  }
  return null;
}

/** Roles that may register a dossier through each channel, at the receiving desk's agency. */
export const submitRoles: Record<Channel, GrantRole[]> = {
  DESK: ['DESK_OFFICER', 'POSTAL_AGENT'],
  POST: ['DESK_OFFICER', 'POSTAL_AGENT', 'INTEGRATION'],
  PORTAL: ['INTEGRATION'],
  DVCQG: ['INTEGRATION'],
  KIOSK: ['KIOSK', 'INTEGRATION'],
};

export function canSubmit(actor: Actor, channel: Channel, receivingAgencyId: string): boolean {
  return submitRoles[channel].some((r) => hasRoleAt(actor, r, receivingAgencyId));
}

/** The SQL scope of lists: agencies the actor sees, and the (role, agencies) pairs of its work queue. */
export function listScope(actor: Actor): { visibleAgencyIds: string[]; queue: { role: string; agencyIds: string[] }[] } {
  const queue: { role: string; agencyIds: string[] }[] = [];
  for (const [role, agencies] of actor.scope) {
    if (role === 'SUPERVISOR' || role === 'ADMIN' || role === 'OPERATOR' || role === 'INTEGRATION' || role === 'KIOSK') continue;
    const queueRole = role === 'POSTAL_AGENT' ? 'DESK_OFFICER' : role;
    const existing = queue.find((q) => q.role === queueRole);
    if (existing) existing.agencyIds = [...new Set([...existing.agencyIds, ...agencies])];
    else queue.push({ role: queueRole, agencyIds: [...agencies] });
  }
  return { visibleAgencyIds: [...dossierReadScope(actor)], queue };
}

/** The roles that work a one-stop desk: the desk officer, and postal staff standing in for one. */
const DESK_ROLES = new Set<GrantRole>(['DESK_OFFICER', 'POSTAL_AGENT']);

/**
 * The one-stop desk an officer receives at: the desk of an agency where they
 * hold a desk role (its own, or the service centre it is received at). A desk
 * receives for any agency (receipt regardless of boundaries).
 */
export function deskOf(actor: Actor, agencies: AgencySnapshot): Desk | undefined {
  for (const g of actor.grants) {
    if (!DESK_ROLES.has(g.role)) continue;
    const desk = agencies.defaultDeskFor(g.agencyId);
    if (desk) return desk;
  }
  return undefined;
}

/** Whether the owner a person acts as now (themselves or their organisation) owns the dossier. */
export function ownsDossier(owner: { ownerIdType: string; ownerId: string }, dossier: Pick<DossierRow, 'ownerIdType' | 'ownerId'>): boolean {
  return dossier.ownerIdType === owner.ownerIdType && dossier.ownerId === owner.ownerId;
}

/** The dossiers module's permissions beyond the workflow's own (role at the step's agency, guards: act-on-dossier). */
export const authorize = definePolicy({
  /** Opening an intake at a desk: the officer works that desk. */
  'deskIntake.start': (actor: Actor, target: { deskId: string; agencies: AgencySnapshot }) =>
    actor.grants.some((g) => DESK_ROLES.has(g.role) && target.agencies.defaultDeskFor(g.agencyId)?.id === target.deskId),
  /** Continuing an intake: only the officer who started it (another officer's intake is not found for them). */
  'deskIntake.continue': (actor: Actor, intake: Pick<DeskIntakeRow, 'officerId'>) => intake.officerId === actor.id,
});
