/**
 * Officer administration's reads: the officers of an administrator's agencies,
 * and one of them with all their grants and the state of their second factor.
 * An officer without any grant in the administrator's ADMIN scope is not
 * theirs to see (undefined: the page answers 404).
 */
import type { Executor } from '../../../platform/db/database.ts';
import type { Actor } from '../actor.ts';
import { permits } from '../identity.policy.ts';
import { grantView, officerView, type GrantView, type OfficerView } from '../identity.presenter.ts';
import { findOfficerById } from '../identity.repo.ts';
import { allGrantsOf, listOfficersAt } from '../officer-admin.repo.ts';
import { findOfficerTotp } from '../totp/totp.repo.ts';

export type OfficerListItem = Pick<OfficerView, 'id' | 'username' | 'fullName' | 'title' | 'active'>;

/** Officers holding (or having held) a grant in the actor's ADMIN scope, by name. */
export async function listAdministeredOfficers(db: Executor, actor: Actor): Promise<OfficerListItem[]> {
  return listOfficersAt(db, [...(actor.scope.get('ADMIN') ?? [])]);
}

export interface AdministeredOfficer {
  officer: OfficerView;
  /** Every grant, current, future and ended, newest first. */
  grants: GrantView[];
  /** When the second factor was turned on; null while off (or only being set up). */
  totpEnabledSince: Date | null;
}

export async function administeredOfficer(db: Executor, actor: Actor, officerId: string): Promise<AdministeredOfficer | undefined> {
  const row = await findOfficerById(db, officerId);
  if (!row) return undefined;
  const grants = await allGrantsOf(db, row.id);
  if (!permits(actor, 'officer.view', { id: row.id, grantAgencyIds: grants.map((g) => g.agencyId) })) return undefined;
  const totp = await findOfficerTotp(db, row.id);
  return { officer: officerView(row), grants: grants.map(grantView), totpEnabledSince: totp?.enabledAt ?? null };
}
