/** All SQL of the audit module. */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { NewAuditRow } from './audit-codec.ts';
import { auditChainHeads, auditLog } from './audit.tables.ts';

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
