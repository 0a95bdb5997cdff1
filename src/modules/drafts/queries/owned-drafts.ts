/** A citizen's drafts: every read names the owner, so a draft never leaks to another person. */
import type { Executor } from '../../../platform/db/database.ts';
import { findOpenDraft as openDraft, findOwnedDraft as ownedDraft, listOpenDrafts as openDrafts } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';
import type { DraftRow } from '../drafts.tables.ts';

export type { DraftRow };

/** The owner's draft by id, submitted or not; a malformed or foreign id is "not there". */
export function findOwnedDraft(db: Executor, id: string, owner: DraftOwner): Promise<DraftRow | undefined> {
  return ownedDraft(db, id, owner);
}

/** The owner's open draft of a procedure, if any (one at most). */
export function findOpenDraft(db: Executor, owner: DraftOwner, procedureCode: string): Promise<DraftRow | undefined> {
  return openDraft(db, owner, procedureCode);
}

/** The owner's open drafts, most recently saved first. */
export function listOpenDrafts(db: Executor, owner: DraftOwner): Promise<DraftRow[]> {
  return openDrafts(db, owner);
}
