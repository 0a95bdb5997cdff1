/** What other modules and pages see of an officer account: never the password hash or the lockout counters. */
import type { GrantRow, OfficerRow } from './identity.repo.ts';

export interface OfficerView {
  id: string;
  username: string;
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** A role grant with its validity (dates in Vietnam civil time, `validTo` inclusive). */
export type GrantView = Pick<GrantRow, 'id' | 'role' | 'agencyId' | 'includeSubtree' | 'validFrom' | 'validTo'>;

export function officerView(row: OfficerRow): OfficerView {
  return { id: row.id, username: row.username, fullName: row.fullName, title: row.title, email: row.email, phone: row.phone, active: row.active };
}

export function grantView(g: GrantRow): GrantView {
  return { id: g.id, role: g.role, agencyId: g.agencyId, includeSubtree: g.includeSubtree, validFrom: g.validFrom, validTo: g.validTo };
}
