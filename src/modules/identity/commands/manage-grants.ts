/**
 * An administrator grants an officer a role at an agency (with validity dates)
 * or ends a grant. Ending sets yesterday as the last valid day, so it takes
 * effect at once (the actor is rebuilt from current grants on each request)
 * while the grant's history stays.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { findOfficerById, insertGrants } from '../identity.repo.ts';
import type { GrantInput } from '../identity.schemas.ts';
import { endGrant } from '../officer-admin.repo.ts';
import { resolveGrants } from './resolve-grants.ts';

export async function grantRole(tx: Executor, agencies: AgencySnapshot, officerId: string, grant: GrantInput, grantedBy: string, now: Date) {
  if (!(await findOfficerById(tx, officerId))) throw new NotFoundError();
  if (grant.validFrom && grant.validTo && grant.validTo < grant.validFrom) throw new ValidationError([{ path: ['validTo'], key: 'officeAdmin.officers.grantDates' }]);
  const [row] = resolveGrants([grant], agencies, { officerId }, grantedBy, now);
  await insertGrants(tx, [row!]);
  return row!;
}

export async function revokeGrant(tx: Executor, officerId: string, grantId: string, now: Date) {
  const yesterday = vnLocalDate(now.getTime() - 86_400_000);
  const row = await endGrant(tx, officerId, grantId, yesterday);
  if (!row) throw new NotFoundError();
  return row;
}
