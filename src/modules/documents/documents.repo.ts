/** All SQL of the documents module: stored files, dossier files, digitisations and the data warehouse. */
import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { foldVietnamese } from '../catalog/index.ts';
import { dossierInScope } from '../dossiers/index.ts';
import { digitisations, dossierFiles, storedFiles, warehouseItems, type WarehouseStatus } from './documents.tables.ts';

export type DossierFileRow = typeof dossierFiles.$inferSelect;
export type DigitisationRow = typeof digitisations.$inferSelect;
export type WarehouseItemRow = typeof warehouseItems.$inferSelect;

export async function recordStoredFile(db: Executor, row: typeof storedFiles.$inferInsert): Promise<void> {
  await db.insert(storedFiles).values(row).onConflictDoNothing();
}

export async function findStoredFile(db: Executor, sha256: string) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256));
  return row;
}

export async function insertDossierFile(tx: Executor, row: typeof dossierFiles.$inferInsert): Promise<void> {
  await tx.insert(dossierFiles).values(row);
}

/** Marks the component's current files as replaced by a newer one. */
export async function supersedeComponentFiles(tx: Executor, dossierId: string, componentCode: string, at: Date): Promise<void> {
  await tx
    .update(dossierFiles)
    .set({ supersededAt: at })
    .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.componentCode, componentCode), isNull(dossierFiles.supersededAt)));
}

export async function listDossierFiles(db: Executor, dossierId: string): Promise<DossierFileRow[]> {
  return db.select().from(dossierFiles).where(eq(dossierFiles.dossierId, dossierId)).orderBy(asc(dossierFiles.addedAt));
}

export async function findDossierFile(db: Executor, dossierId: string, fileId: string): Promise<DossierFileRow | undefined> {
  const [row] = await db.select().from(dossierFiles).where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.id, fileId)));
  return row;
}

export async function insertDigitisation(tx: Executor, row: typeof digitisations.$inferInsert): Promise<void> {
  await tx.insert(digitisations).values(row);
}

export async function nextDigitisationNumber(tx: Executor, dossierId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${digitisations.n}), 0)::int + 1` })
    .from(digitisations)
    .where(eq(digitisations.dossierId, dossierId));
  return row?.n ?? 1;
}

export async function findDigitisation(db: Executor, id: string, forUpdate = false): Promise<DigitisationRow | undefined> {
  const q = db.select().from(digitisations).where(eq(digitisations.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateDigitisation(tx: Executor, id: string, changes: Partial<typeof digitisations.$inferInsert>): Promise<void> {
  await tx.update(digitisations).set(changes).where(eq(digitisations.id, id));
}

export async function listDigitisations(db: Executor, dossierId: string): Promise<DigitisationRow[]> {
  return db.select().from(digitisations).where(eq(digitisations.dossierId, dossierId)).orderBy(asc(digitisations.n));
}

/** Digitised papers whose OCR text matches, accent-insensitively, among dossiers of the given agencies. */
export async function searchDigitised(db: Executor, agencyIds: string[], query: string, limit: number) {
  const folded = foldVietnamese(query);
  return db
    .select({
      id: digitisations.id,
      dossierId: digitisations.dossierId,
      componentCode: digitisations.componentCode,
      code: digitisations.code,
      status: digitisations.status,
      snippet: sql<string>`substr(${digitisations.ocrText}, greatest(1, strpos(${digitisations.ocrFolded}, ${folded}) - 60), 200)`,
    })
    .from(digitisations)
    .where(
      and(
        sql`${digitisations.ocrFolded} LIKE '%' || ${folded} || '%'`,
        dossierInScope(digitisations.dossierId, agencyIds),
      ),
    )
    .orderBy(desc(digitisations.signedAt))
    .limit(limit);
}

export async function insertWarehouseItem(tx: Executor, row: typeof warehouseItems.$inferInsert): Promise<void> {
  await tx.insert(warehouseItems).values(row).onConflictDoNothing();
}

export async function findWarehouseItem(db: Executor, id: string): Promise<WarehouseItemRow | undefined> {
  const [row] = await db.select().from(warehouseItems).where(eq(warehouseItems.id, id));
  return row;
}

export async function findWarehouseItemBySource(db: Executor, sourceSystem: string, sourceRef: string): Promise<WarehouseItemRow | undefined> {
  const [row] = await db
    .select()
    .from(warehouseItems)
    .where(and(eq(warehouseItems.sourceSystem, sourceSystem), eq(warehouseItems.sourceRef, sourceRef)));
  return row;
}

export async function listWarehouse(db: Executor, ownerIdType: string, ownerId: string): Promise<WarehouseItemRow[]> {
  return db
    .select()
    .from(warehouseItems)
    .where(and(eq(warehouseItems.ownerIdType, ownerIdType), eq(warehouseItems.ownerId, ownerId)))
    .orderBy(desc(warehouseItems.createdAt));
}

/** Valid items of these document types the owner holds today (validity by calendar date in Vietnam). */
export async function validItemsOfTypes(db: Executor, owner: { idType: string; id: string }, documentTypes: string[], today: string): Promise<WarehouseItemRow[]> {
  if (documentTypes.length === 0) return [];
  return db
    .select()
    .from(warehouseItems)
    .where(
      and(
        eq(warehouseItems.ownerIdType, owner.idType),
        eq(warehouseItems.ownerId, owner.id),
        inArray(warehouseItems.documentType, documentTypes),
        eq(warehouseItems.status, 'VALID'),
        or(isNull(warehouseItems.validTo), gte(warehouseItems.validTo, today)),
      ),
    )
    .orderBy(desc(warehouseItems.createdAt));
}

export async function setWarehouseStatus(tx: Executor, sourceSystem: string, sourceRef: string, status: WarehouseStatus, at: Date): Promise<void> {
  await tx
    .update(warehouseItems)
    .set({ status, statusChangedAt: at })
    .where(and(eq(warehouseItems.sourceSystem, sourceSystem), eq(warehouseItems.sourceRef, sourceRef)));
}
