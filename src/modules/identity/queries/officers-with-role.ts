/** Active officers holding a role today at one of the agencies (the caller passes the agency and its ancestors). */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../identity.repo.ts';

export async function officersWithRoleAt(db: Executor, role: string, agencyIds: string[], today: string): Promise<{ id: string; fullName: string }[]> {
  return repo.officersWithRoleAt(db, role, agencyIds, today);
}
