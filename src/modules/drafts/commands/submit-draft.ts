/**
 * Submitting a draft: the dossier is registered on the portal channel and the
 * draft's files and warehouse items are attached to it, all in one
 * transaction — either the citizen has a complete dossier or nothing changed.
 * The draft row is locked first and remembers the dossier it became, so the
 * draft id is the idempotency key: a double click or a replayed post waits for
 * the first and then finds its dossier instead of making a second one.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import { attachFile, reuseWarehouseItem, type DocumentDeps } from '../../documents/index.ts';
import { submitDossier, type DossierDeps, type SubmitDossierInput } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../drafts.policy.ts';
import { lockOwnedDraft, markDraftSubmitted } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';

export interface SubmitDraftDeps {
  dossiers: DossierDeps;
  documents: Pick<DocumentDeps, 'procedures'>;
}

export interface SubmitDraftInput {
  owner: DraftOwner;
  draftId: string;
  /** Who applies, from the identity provider's verified claims. */
  applicant: SubmitDossierInput['applicant'];
}

export interface SubmittedDraft {
  dossierId: string;
  /** False when this call found the dossier an earlier call made. */
  created: boolean;
}

export async function submitDraft(ctx: Ctx, deps: SubmitDraftDeps, input: SubmitDraftInput): Promise<SubmittedDraft> {
  authorize(ctx.actor, 'draft.submit', input.owner);
  const draft = await lockOwnedDraft(ctx.tx, input.draftId, input.owner);
  if (!draft) throw new NotFoundError();
  if (draft.submittedDossierId) return { dossierId: draft.submittedDossierId, created: false };
  const dossier = await submitDossier(ctx, deps.dossiers, {
    procedureCode: draft.procedureCode,
    channel: 'PORTAL',
    ...(draft.competentAgencyCode ? { competentAgencyCode: draft.competentAgencyCode } : {}),
    applicant: input.applicant,
    formData: draft.answers,
    // Components count as provided when their file is attached below (reused ones are flagged there).
    components: [],
    deliveryMethod: draft.deliveryMethod ?? 'AT_DESK',
    ...(draft.deliveryMethod === 'BY_POST' && draft.deliveryAddress ? { deliveryAddress: draft.deliveryAddress } : {}),
  });
  for (const [componentCode, c] of Object.entries(draft.components)) {
    if (c.kind === 'UPLOAD') {
      await attachFile(ctx, deps.documents, { dossierId: dossier.id, componentCode, file: { sha256: c.sha256, fileName: c.fileName }, source: 'UPLOAD' });
    } else {
      await reuseWarehouseItem(ctx, deps.documents, { dossierId: dossier.id, componentCode, itemId: c.itemId });
    }
  }
  await markDraftSubmitted(ctx.tx, draft.id, dossier.id, ctx.now);
  return { dossierId: dossier.id, created: true };
}
