/** Saving part of a draft (a step, an autosave, a file choice). A submitted or foreign draft is "not found". */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../drafts.policy.ts';
import { updateOpenDraft } from '../drafts.repo.ts';
import { DraftComponents, type DraftChanges, type DraftOwner } from '../drafts.schemas.ts';

export async function saveDraft(ctx: Ctx, input: { draftId: string; owner: DraftOwner; changes: DraftChanges }): Promise<void> {
  authorize(ctx.actor, 'draft.write', input.owner);
  // The JSON column is checked on the way in, so what is read back is always the documented shape.
  if (input.changes.components) DraftComponents.parse(input.changes.components);
  if (!(await updateOpenDraft(ctx.tx, input.draftId, input.owner, input.changes, ctx.now))) throw new NotFoundError();
}
