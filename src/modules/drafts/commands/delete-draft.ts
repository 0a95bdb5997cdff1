/** Deleting an open draft of one's own; anything else is "not found". Stored files stay (content-addressed, shared). */
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { deleteOpenDraft } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';

export async function deleteDraft(db: Executor, draftId: string, owner: DraftOwner): Promise<void> {
  if (!(await deleteOpenDraft(db, draftId, owner))) throw new NotFoundError();
}
