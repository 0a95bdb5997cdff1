/** All SQL of the drafts module. Every read by id also names the owner, so a draft never leaks to another person. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { DraftChanges, DraftOwner } from './drafts.schemas.ts';
import { submissionDrafts, type DraftRow } from './drafts.tables.ts';

const owned = (owner: DraftOwner) => and(eq(submissionDrafts.ownerIdType, owner.ownerIdType), eq(submissionDrafts.ownerId, owner.ownerId));
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findOpenDraft(db: Executor, owner: DraftOwner, procedureCode: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(submissionDrafts)
    .where(and(owned(owner), eq(submissionDrafts.procedureCode, procedureCode), isNull(submissionDrafts.submittedDossierId)));
  return row;
}

export async function findOwnedDraft(db: Executor, id: string, owner: DraftOwner): Promise<DraftRow | undefined> {
  // A malformed id is simply "not found" (it would otherwise be a uuid cast error).
  if (!UUID_RE.test(id)) return undefined;
  const [row] = await db.select().from(submissionDrafts).where(and(eq(submissionDrafts.id, id), owned(owner)));
  return row;
}

/** The draft row locked for the final submission, so two concurrent submits run one after the other. */
export async function lockOwnedDraft(tx: Tx, id: string, owner: DraftOwner): Promise<DraftRow | undefined> {
  if (!UUID_RE.test(id)) return undefined;
  const [row] = await tx.select().from(submissionDrafts).where(and(eq(submissionDrafts.id, id), owned(owner))).for('update');
  return row;
}

/** Inserts unless an open draft exists for the owner and procedure; returns the one that is open either way. */
export async function insertOrFindOpenDraft(db: Executor, row: DraftRow): Promise<DraftRow> {
  const inserted = await db
    .insert(submissionDrafts)
    .values(row)
    .onConflictDoNothing({ target: [submissionDrafts.ownerIdType, submissionDrafts.ownerId, submissionDrafts.procedureCode], where: sql`submitted_dossier_id IS NULL` })
    .returning();
  return inserted[0] ?? (await findOpenDraft(db, row, row.procedureCode))!;
}


export async function updateOpenDraft(db: Executor, id: string, owner: DraftOwner, changes: DraftChanges, now: Date): Promise<boolean> {
  const rows = await db
    .update(submissionDrafts)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(submissionDrafts.id, id), owned(owner), isNull(submissionDrafts.submittedDossierId)))
    .returning({ id: submissionDrafts.id });
  return rows.length > 0;
}

export async function deleteOpenDraft(db: Executor, id: string, owner: DraftOwner): Promise<boolean> {
  if (!UUID_RE.test(id)) return false;
  const rows = await db
    .delete(submissionDrafts)
    .where(and(eq(submissionDrafts.id, id), owned(owner), isNull(submissionDrafts.submittedDossierId)))
    .returning({ id: submissionDrafts.id });
  return rows.length > 0;
}

export async function listOpenDrafts(db: Executor, owner: DraftOwner): Promise<DraftRow[]> {
  return db.select().from(submissionDrafts).where(and(owned(owner), isNull(submissionDrafts.submittedDossierId))).orderBy(desc(submissionDrafts.updatedAt)).limit(100);
}

export async function markDraftSubmitted(tx: Tx, id: string, dossierId: string, now: Date): Promise<void> {
  await tx.update(submissionDrafts).set({ submittedDossierId: dossierId, updatedAt: now }).where(eq(submissionDrafts.id, id));
}
