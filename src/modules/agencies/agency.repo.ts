/** All SQL of the agencies module. */
import { asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import {
  adminUnitLineage,
  adminUnits,
  agencies,
  agencyCodeAliases,
  agencyLineage,
  oneStopDesks,
} from './agency.tables.ts';

export type AgencyRow = typeof agencies.$inferSelect;

/** Whether the directory holds any agency at all: an empty one means a database never seeded. */
export async function hasAnyAgency(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: agencies.id }).from(agencies).limit(1);
  return rows.length > 0;
}

export type DeskRow = typeof oneStopDesks.$inferSelect;
export type AliasRow = typeof agencyCodeAliases.$inferSelect;
export type LineageRow = typeof agencyLineage.$inferSelect;
export type AdminUnitRow = typeof adminUnits.$inferSelect;

export async function loadDirectoryRows(db: Executor) {
  const [agencyRows, aliasRows, deskRows, lineageRows] = await Promise.all([
    db.select().from(agencies).orderBy(asc(agencies.code)),
    db.select().from(agencyCodeAliases),
    db.select().from(oneStopDesks).orderBy(asc(oneStopDesks.code)),
    db.select().from(agencyLineage),
  ]);
  return { agencyRows, aliasRows, deskRows, lineageRows };
}

export async function listAdminUnits(db: Executor, parentId: string | null, includeHistory: boolean) {
  const rows = await db
    .select()
    .from(adminUnits)
    .where(parentId === null ? isNull(adminUnits.parentId) : eq(adminUnits.parentId, parentId))
    .orderBy(asc(adminUnits.code), asc(adminUnits.validFrom));
  return includeHistory ? rows : rows.filter((r) => r.validTo === null);
}

export async function getAdminUnitByCode(db: Executor, code: string): Promise<AdminUnitRow[]> {
  return db.select().from(adminUnits).where(eq(adminUnits.code, code)).orderBy(asc(adminUnits.validFrom));
}

export async function getAdminUnitLineage(db: Executor) {
  return db.select().from(adminUnitLineage);
}

export const agencyTables = { agencies, agencyCodeAliases, agencyLineage, oneStopDesks, adminUnits, adminUnitLineage };

export async function setWorkingHours(tx: Executor, agencyId: string, hours: AgencyRow['workingHours']): Promise<void> {
  await tx.update(agencies).set({ workingHours: hours }).where(eq(agencies.id, agencyId));
}
