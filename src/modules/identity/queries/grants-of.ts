/** The grants of an officer or API client valid on a day: what its Actor is built from. */
import type { Executor } from '../../../platform/db/database.ts';
import { grantView, type GrantView } from '../identity.presenter.ts';
import * as repo from '../identity.repo.ts';

export async function grantsOf(db: Executor, who: { officerId: string } | { clientId: string }, today: string): Promise<GrantView[]> {
  return (await repo.grantsOf(db, who, today)).map(grantView);
}
