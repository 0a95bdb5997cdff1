/**
 * Submitting a draft: the dossier is registered on the portal channel and the
 * draft's files and warehouse items are attached to it, all in the caller's one
 * transaction — either the citizen has a complete dossier or nothing changed.
 * The draft row is locked first and remembers the dossier it became, so the
 * draft id is the idempotency key: a double click or a replayed post waits for
 * the first and then finds its dossier instead of making a second one.
 */
import type { Tx } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { attachFile, reuseWarehouseItem, type DocumentDeps } from '../../documents/index.ts';
import { submitDossier, type DossierDeps } from '../../dossiers/index.ts';
import type { Applicant } from '../../dossiers/dossier.schemas.ts';
import type { Actor } from '../../identity/index.ts';
import { lockOwnedDraft, markDraftSubmitted } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';

export interface SubmitDraftDeps {
  dossiers: DossierDeps;
  documents: DocumentDeps;
}

export interface SubmittedDraft {
  dossierId: string;
  /** False when this call found the dossier an earlier call made. */
  created: boolean;
}

export async function submitDraft(tx: Tx, deps: SubmitDraftDeps, actor: Actor, owner: DraftOwner, draftId: string, applicant: Applicant, requestId?: string): Promise<SubmittedDraft> {
  const draft = await lockOwnedDraft(tx, draftId, owner);
  if (!draft) throw new NotFoundError();
  if (draft.submittedDossierId) return { dossierId: draft.submittedDossierId, created: false };
  const dossier = await submitDossier(
    tx,
    deps.dossiers,
    actor,
    {
      procedureCode: draft.procedureCode,
      channel: 'PORTAL',
      ...(draft.competentAgencyCode ? { competentAgencyCode: draft.competentAgencyCode } : {}),
      applicant,
      formData: draft.answers,
      // Components count as provided when their file is attached below (reused ones are flagged there).
      components: [],
      deliveryMethod: draft.deliveryMethod ?? 'AT_DESK',
      ...(draft.deliveryMethod === 'BY_POST' && draft.deliveryAddress ? { deliveryAddress: draft.deliveryAddress } : {}),
    },
    requestId,
  );
  for (const [componentCode, c] of Object.entries(draft.components)) {
    if (c.kind === 'UPLOAD') {
      await attachFile(tx, deps.documents, actor, { dossierId: dossier.id, componentCode, file: { sha256: c.sha256, fileName: c.fileName }, source: 'UPLOAD' }, requestId);
    } else {
      await reuseWarehouseItem(tx, deps.documents, actor, { dossierId: dossier.id, componentCode, itemId: c.itemId }, requestId);
    }
  }
  await markDraftSubmitted(tx, draft.id, dossier.id, deps.dossiers.clock.now());
  return { dossierId: dossier.id, created: true };
}
