/**
 * The dossiers of one owner (a person by personal id, an organisation by tax
 * code), newest first: what the portal's "my dossiers" lists. Ownership, not an
 * agency scope, decides here, so the caller must have established who the owner is.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { dossiers } from './dossier.tables.ts';

export async function listOwnerDossiers(db: Executor, owner: { ownerIdType: string; ownerId: string }, limit = 100) {
  return db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      procedureCode: dossiers.procedureCode,
      procedureVersionId: dossiers.procedureVersionId,
      title: dossiers.title,
      state: dossiers.state,
      submittedAt: dossiers.submittedAt,
      currentDueAt: dossiers.currentDueAt,
      intakeDueAt: dossiers.intakeDueAt,
      isOpen: dossiers.isOpen,
    })
    .from(dossiers)
    .where(and(eq(dossiers.ownerIdType, owner.ownerIdType), eq(dossiers.ownerId, owner.ownerId)))
    .orderBy(desc(dossiers.submittedAt), desc(dossiers.id))
    .limit(limit);
}
