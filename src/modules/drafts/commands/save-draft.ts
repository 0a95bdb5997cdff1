/** Saving part of a draft (a step, an autosave, a file choice). A submitted or foreign draft is "not found". */
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { updateOpenDraft, type DraftChanges } from '../drafts.repo.ts';
import { DraftComponents, type DraftOwner } from '../drafts.schemas.ts';

export async function saveDraft(db: Executor, now: Date, draftId: string, owner: DraftOwner, changes: DraftChanges): Promise<void> {
  // The JSON column is checked on the way in, so what is read back is always the documented shape.
  if (changes.components) DraftComponents.parse(changes.components);
  if (!(await updateOpenDraft(db, draftId, owner, changes, now))) throw new NotFoundError();
}
