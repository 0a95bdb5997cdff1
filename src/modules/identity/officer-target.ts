/** The officer an administrative change is about, with the agencies of all their grants (for the policy). */
import type { Executor } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { OfficerTarget } from './identity.policy.ts';
import { findOfficerById, type GrantRow, type OfficerRow } from './identity.repo.ts';
import { allGrantsOf } from './officer-admin.repo.ts';

export type LoadedOfficer = OfficerTarget & { row: OfficerRow; grants: GrantRow[] };

/** The officer and every grant they hold or held; 404 when there is no such officer. */
export async function loadOfficer(db: Executor, officerId: string): Promise<LoadedOfficer> {
  const row = await findOfficerById(db, officerId);
  if (!row) throw new NotFoundError();
  const grants = await allGrantsOf(db, row.id);
  return { id: row.id, grantAgencyIds: grants.map((g) => g.agencyId), row, grants };
}
