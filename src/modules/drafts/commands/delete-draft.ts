/** Deleting an open draft of one's own; anything else is "not found". Stored files stay (content-addressed, shared). */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../drafts.policy.ts';
import { deleteOpenDraft } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';

export async function deleteDraft(ctx: Ctx, input: { draftId: string; owner: DraftOwner }): Promise<void> {
  authorize(ctx.actor, 'draft.write', input.owner);
  if (!(await deleteOpenDraft(ctx.tx, input.draftId, input.owner))) throw new NotFoundError();
}
