/**
 * SQL of the narrow reads other modules make of the dossier tables: the
 * notifications job quoting an action's reason or a supplement round, the
 * portal's prefill from the owner's earlier answers, the tracking book (Form
 * 06), and the scope of a digitised-paper search. They reach these through the
 * queries in queries/, so the dossier tables keep one owner.
 */
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import type { DossierRow } from './dossier.rows.ts';
import { dossierActions, dossiers, dossierSupplements } from './dossier.tables.ts';

/** The newest action of one of these types taken at or before `notAfter`. */
export async function latestActionOfTypes(db: Executor, dossierId: string, types: string[], notAfter: Date) {
  const [row] = await db
    .select({ reason: dossierActions.reason, note: dossierActions.note, payload: dossierActions.payload })
    .from(dossierActions)
    .where(and(eq(dossierActions.dossierId, dossierId), inArray(dossierActions.type, types), lte(dossierActions.at, notAfter)))
    .orderBy(desc(dossierActions.seq))
    .limit(1);
  return row;
}

/** The newest supplement round of the stage requested at or before `notAfter`: what was asked and why. */
export async function latestSupplementRound(db: Executor, dossierId: string, stage: 'INTAKE' | 'PROCESSING', notAfter: Date) {
  const [row] = await db
    .select({ items: dossierSupplements.items, reason: dossierSupplements.reason })
    .from(dossierSupplements)
    .where(and(eq(dossierSupplements.dossierId, dossierId), eq(dossierSupplements.stage, stage), lte(dossierSupplements.requestedAt, notAfter)))
    .orderBy(desc(dossierSupplements.round))
    .limit(1);
  return row;
}

/** The owner's latest dossiers (newest first) with their answers. */
export async function recentOwnerAnswers(db: Executor, owner: { ownerIdType: string; ownerId: string }, limit: number): Promise<{ procedureCode: string; formData: Record<string, unknown> }[]> {
  return db
    .select({ procedureCode: dossiers.procedureCode, formData: dossiers.formData })
    .from(dossiers)
    .where(and(eq(dossiers.ownerIdType, owner.ownerIdType), eq(dossiers.ownerId, owner.ownerId)))
    .orderBy(desc(dossiers.submittedAt))
    .limit(limit);
}

/** Dossiers the agency received in [from, to), in order of receipt. */
export async function receivedBetween(db: Executor, agencyId: string, from: Date, to: Date, limit: number): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.receivingAgencyId, agencyId), gte(dossiers.receivedAt, from), lt(dossiers.receivedAt, to)))
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.code))
    .limit(limit);
}

/** `id IN (dossiers one of these agencies has a part in)`, for another module's query on a dossier_id column. */
export function dossierIdInScope(column: SQLWrapper, agencyIds: string[]): SQL {
  return sql`${column} IN (SELECT id FROM dossiers WHERE agency_ids && ${sql.param(agencyIds)}::uuid[])`;
}
