/** The portal's "my dossiers": those of whoever the person acts as now, newest first. */
import type { Executor } from '../../../platform/db/database.ts';
import { listOwnerDossiers as ownerRows } from '../owner-dossiers.repo.ts';
import type { DossierOwner } from './owned-dossier.ts';

export type OwnerDossierItem = Awaited<ReturnType<typeof ownerRows>>[number];

export function listOwnerDossiers(db: Executor, owner: DossierOwner, limit = 100): Promise<OwnerDossierItem[]> {
  return ownerRows(db, owner, limit);
}
