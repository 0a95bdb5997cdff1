/** SQL of officer administration: who works in an administrator's agencies, their grants, ending a grant, (de)activating an account. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { officers, roleGrants } from './identity.tables.ts';

/** Officers holding (or having held) a grant at one of the agencies, by name. */
export async function listOfficersAt(db: Executor, agencyIds: string[]) {
  if (agencyIds.length === 0) return [];
  return db
    .selectDistinct({ id: officers.id, username: officers.username, fullName: officers.fullName, title: officers.title, active: officers.active })
    .from(officers)
    .innerJoin(roleGrants, eq(roleGrants.officerId, officers.id))
    .where(inArray(roleGrants.agencyId, agencyIds))
    .orderBy(asc(officers.fullName), asc(officers.id));
}

/** Every grant of an officer, current, future and ended, newest first. */
export async function allGrantsOf(db: Executor, officerId: string) {
  return db.select().from(roleGrants).where(eq(roleGrants.officerId, officerId)).orderBy(desc(roleGrants.createdAt), asc(roleGrants.id));
}

/** Ends a grant with `lastDay` as its last valid day; returns the grant, or undefined when it is not this officer's. */
export async function endGrant(tx: Executor, officerId: string, grantId: string, lastDay: string) {
  const [row] = await tx
    .update(roleGrants)
    .set({ validTo: lastDay, validFrom: sql`least(${roleGrants.validFrom}, ${lastDay}::date)` })
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.officerId, officerId)))
    .returning();
  return row;
}

export async function updateOfficerActive(tx: Executor, officerId: string, active: boolean, now: Date): Promise<boolean> {
  const rows = await tx.update(officers).set({ active, updatedAt: now }).where(eq(officers.id, officerId)).returning({ id: officers.id });
  return rows.length > 0;
}
