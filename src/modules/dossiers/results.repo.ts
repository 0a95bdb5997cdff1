/**
 * SQL of the result lifecycle after a decision: finding a result, recording
 * its agency signature, a replacement and a revocation. dossiers owns
 * `dossier_results` (ADR: one owner per table); signing calls the commands
 * built on these, never this file.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { ResultRow } from './dossier.rows.ts';
import { dossierResults } from './dossier.tables.ts';

export async function findResultByCode(db: Executor, code: string, forUpdate = false): Promise<ResultRow | undefined> {
  const q = db.select().from(dossierResults).where(eq(dossierResults.code, code));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findResultById(db: Executor, id: string): Promise<ResultRow | undefined> {
  const [row] = await db.select().from(dossierResults).where(eq(dossierResults.id, id));
  return row;
}

export async function findResultBySha(db: Executor, sha256: string): Promise<ResultRow | undefined> {
  const [row] = await db.select().from(dossierResults).where(eq(dossierResults.sha256, sha256));
  return row;
}

/** Records the signature once: a second run of the job finds the row already signed and changes nothing. */
export async function markSigned(tx: Executor, id: string, signed: { sha256: string; signerName: string; signedAt: Date }): Promise<boolean> {
  const rows = await tx
    .update(dossierResults)
    .set(signed)
    .where(and(eq(dossierResults.id, id), isNull(dossierResults.sha256)))
    .returning({ id: dossierResults.id });
  return rows.length > 0;
}

export async function setResultStatus(
  tx: Executor,
  id: string,
  change: { status: 'REPLACED' | 'REVOKED'; statusReason: string; statusChangedAt: Date; statusChangedBy: string; replacedById?: string },
): Promise<void> {
  await tx.update(dossierResults).set(change).where(eq(dossierResults.id, id));
}

export async function nextResultNumber(tx: Executor, dossierId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${dossierResults.n}), 0)::int + 1` })
    .from(dossierResults)
    .where(eq(dossierResults.dossierId, dossierId));
  return row?.n ?? 1;
}

export async function insertResult(tx: Executor, row: typeof dossierResults.$inferInsert): Promise<void> {
  await tx.insert(dossierResults).values(row);
}
