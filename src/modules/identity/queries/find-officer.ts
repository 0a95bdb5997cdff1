/** An officer account by id or by username, as others may see it (no password hash, no lockout counters). */
import type { Executor } from '../../../platform/db/database.ts';
import { officerView, type OfficerView } from '../identity.presenter.ts';
import * as repo from '../identity.repo.ts';

export async function findOfficerById(db: Executor, id: string): Promise<OfficerView | undefined> {
  const row = await repo.findOfficerById(db, id);
  return row && officerView(row);
}

export async function findOfficerByUsername(db: Executor, username: string): Promise<OfficerView | undefined> {
  const row = await repo.findOfficerByUsername(db, username);
  return row && officerView(row);
}
