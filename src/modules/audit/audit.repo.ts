/** All SQL of the audit module. */
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { NewAuditRow } from './audit-codec.ts';
import { auditAnchorReceipts, auditAnchors, auditChainHeads, auditLog } from './audit.tables.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export async function insertAuditRows(tx: Executor, rows: NewAuditRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(auditLog).values(rows);
}

export async function listHeads(db: Executor) {
  return db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
}

export async function readChainPage(db: Executor, chain: number, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.chain, chain), gt(auditLog.seq, afterSeq)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export async function listEntityEntries(db: Executor, entityType: string, entityId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

/** Chains that have entries, whether or not their head row is still there. */
export async function listChainsWithEntries(db: Executor): Promise<number[]> {
  const rows = await db.selectDistinct({ chain: auditLog.chain }).from(auditLog).orderBy(asc(auditLog.chain));
  return rows.map((r) => r.chain);
}

export async function findChainEntry(db: Executor, chain: number, seq: number): Promise<AuditRow | undefined> {
  const [row] = await db.select().from(auditLog).where(and(eq(auditLog.chain, chain), eq(auditLog.seq, seq)));
  return row;
}

export type AnchorRow = typeof auditAnchors.$inferSelect;

export async function latestAnchor(db: Executor): Promise<AnchorRow | undefined> {
  const [row] = await db.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1);
  return row;
}

export async function listAnchors(db: Executor): Promise<AnchorRow[]> {
  return db.select().from(auditAnchors).orderBy(asc(auditAnchors.id));
}

export async function findAnchorBySlot(db: Executor, slot: string): Promise<AnchorRow | undefined> {
  const [row] = await db.select().from(auditAnchors).where(eq(auditAnchors.slot, slot));
  return row;
}

/** Inserts the anchor of a slot unless one is there (a retried job, or two workers); returns the slot's anchor. */
export async function insertAnchor(db: Executor, row: { slot: string; createdAt: Date; fileSha256: string }): Promise<AnchorRow> {
  await db.insert(auditAnchors).values(row).onConflictDoNothing({ target: auditAnchors.slot });
  const found = await findAnchorBySlot(db, row.slot);
  if (!found) throw new Error(`audit anchor of slot ${row.slot} vanished`);
  return found;
}

export async function insertAnchorReceipt(db: Executor, row: typeof auditAnchorReceipts.$inferInsert): Promise<void> {
  await db.insert(auditAnchorReceipts).values(row);
}

export async function hasSuccessfulReceipt(db: Executor, anchorId: number): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(auditAnchorReceipts)
    .where(and(eq(auditAnchorReceipts.anchorId, anchorId), sql`${auditAnchorReceipts.status} between 200 and 299`))
    .limit(1);
  return rows.length > 0;
}
