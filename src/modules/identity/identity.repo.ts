/** All SQL of the identity module. */
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { accessTokens, apiClients, officers, roleGrants } from './identity.tables.ts';

export type OfficerRow = typeof officers.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

export async function findOfficerByUsername(db: Executor, username: string): Promise<OfficerRow | undefined> {
  const [row] = await db.select().from(officers).where(eq(officers.username, username));
  return row;
}

/**
 * The officer's row, locked until the transaction ends (issue 11, item 1): parallel sign-ins of one
 * account are decided one after another, each seeing the failures and the lock the previous ones
 * committed, so a burst of guesses cannot all read "not locked yet".
 */
export async function lockOfficerById(db: Executor, id: string): Promise<OfficerRow | undefined> {
  const [row] = await db.select().from(officers).where(eq(officers.id, id)).for('update');
  return row;
}

export async function findOfficerById(db: Executor, id: string): Promise<OfficerRow | undefined> {
  const [row] = await db.select().from(officers).where(eq(officers.id, id));
  return row;
}

export async function insertOfficer(db: Executor, row: typeof officers.$inferInsert): Promise<void> {
  await db.insert(officers).values(row);
}

export async function recordLoginFailure(db: Executor, id: string, max: number, lockUntil: Date, now: Date) {
  const [row] = await db
    .update(officers)
    .set({
      failedLogins: sql`CASE WHEN ${officers.failedLogins} + 1 >= ${max} THEN 0 ELSE ${officers.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${officers.failedLogins} + 1 >= ${max} THEN ${lockUntil.toISOString()}::timestamptz ELSE ${officers.lockedUntil} END`,
      updatedAt: now,
    })
    .where(eq(officers.id, id))
    .returning({ lockedUntil: officers.lockedUntil });
  return row;
}

/** Clears the failure count; never an active lock (the caller checked it, and the condition keeps it so). */
export async function recordLoginSuccess(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .update(officers)
    .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
    .where(and(eq(officers.id, id), or(isNull(officers.lockedUntil), lte(officers.lockedUntil, now))));
}

export async function insertApiClient(db: Executor, row: typeof apiClients.$inferInsert): Promise<void> {
  await db.insert(apiClients).values(row);
}

export async function insertGrants(db: Executor, rows: (typeof roleGrants.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(roleGrants).values(rows).onConflictDoNothing();
}

export async function insertToken(db: Executor, row: typeof accessTokens.$inferInsert): Promise<void> {
  await db.insert(accessTokens).values(row);
}

export async function revokeToken(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.update(accessTokens).set({ revokedAt: now }).where(eq(accessTokens.tokenHash, tokenHash));
}

/** The principal behind a live token, with its grants valid today (one round trip). */
export async function findTokenPrincipal(db: Executor, tokenHash: string, now: Date, today: string) {
  const [token] = await db
    .select({
      officerId: accessTokens.officerId,
      clientId: accessTokens.clientId,
      expiresAt: accessTokens.expiresAt,
      officerName: officers.fullName,
      officerActive: officers.active,
      clientName: apiClients.name,
      clientActive: apiClients.active,
    })
    .from(accessTokens)
    .leftJoin(officers, eq(officers.id, accessTokens.officerId))
    .leftJoin(apiClients, eq(apiClients.id, accessTokens.clientId))
    .where(
      and(
        eq(accessTokens.tokenHash, tokenHash),
        isNull(accessTokens.revokedAt),
        or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, now)),
      ),
    );
  if (!token) return undefined;
  const grants = await grantsOf(db, token.officerId ? { officerId: token.officerId } : { clientId: token.clientId! }, today);
  return { ...token, grants };
}

export async function grantsOf(
  db: Executor,
  who: { officerId: string } | { clientId: string },
  today: string,
): Promise<GrantRow[]> {
  return db
    .select()
    .from(roleGrants)
    .where(
      and(
        'officerId' in who ? eq(roleGrants.officerId, who.officerId) : eq(roleGrants.clientId, who.clientId),
        lte(roleGrants.validFrom, today),
        or(isNull(roleGrants.validTo), sql`${roleGrants.validTo} >= ${today}`),
      ),
    );
}

/** Active officers holding `role` today at one of the agencies (the caller passes the agency and its ancestors). */
export async function officersWithRoleAt(db: Executor, role: string, agencyIds: string[], today: string): Promise<{ id: string; fullName: string }[]> {
  if (agencyIds.length === 0) return [];
  return db
    .selectDistinct({ id: officers.id, fullName: officers.fullName })
    .from(officers)
    .innerJoin(roleGrants, eq(roleGrants.officerId, officers.id))
    .where(
      and(
        eq(officers.active, true),
        eq(roleGrants.role, role),
        sql`${roleGrants.agencyId} IN (${sql.join(agencyIds.map((a) => sql`${a}`), sql`, `)})`,
        lte(roleGrants.validFrom, today),
        or(isNull(roleGrants.validTo), sql`${roleGrants.validTo} >= ${today}`),
      ),
    )
    .orderBy(officers.fullName);
}
