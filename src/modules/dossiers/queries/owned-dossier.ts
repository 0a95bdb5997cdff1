/**
 * The portal's ownership rule: a person sees a dossier only when its owner is
 * who they act as now (themselves, or the organisation they chose). The portal
 * channel itself may see every dossier of the province, so this check — not the
 * channel's scope — keeps one citizen out of another's papers. Anything else
 * (malformed id, someone else's dossier, no such dossier) is the same 404.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { UUID_RE } from '../../../platform/ids.ts';
import { ownsDossier } from '../dossier.policy.ts';
import { findDossier } from '../dossier.repo.ts';
import type { DossierRow } from '../dossier.rows.ts';

/** Who a citizen acts as: a person by personal id, an organisation by tax code. */
export interface DossierOwner {
  ownerIdType: string;
  ownerId: string;
}

export async function findOwnedDossier(db: Executor, owner: DossierOwner, id: string): Promise<DossierRow> {
  const row = UUID_RE.test(id) ? await findDossier(db, id) : undefined;
  if (!row || !ownsDossier(owner, row)) throw new NotFoundError('dossier.notFound');
  return row;
}
