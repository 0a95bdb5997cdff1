/** All SQL of officers' second factor. */
import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { officerTotp } from './totp.tables.ts';

export type OfficerTotpRow = typeof officerTotp.$inferSelect;

export async function findOfficerTotp(db: Executor, officerId: string): Promise<OfficerTotpRow | undefined> {
  const [row] = await db.select().from(officerTotp).where(eq(officerTotp.officerId, officerId));
  return row;
}

/**
 * The officer's row, locked until the transaction ends: concurrent code checks of one officer
 * run one after the other, so each sees the failures the previous ones recorded.
 */
export async function lockOfficerTotp(db: Executor, officerId: string): Promise<OfficerTotpRow | undefined> {
  const [row] = await db.select().from(officerTotp).where(eq(officerTotp.officerId, officerId)).for('update');
  return row;
}

/**
 * Counts one wrong code; the `max`-th closes the second step until `lockUntil` and starts the
 * count again. Returns the row as it now is.
 */
export async function recordCodeFailure(db: Executor, officerId: string, max: number, lockUntil: Date, now: Date) {
  const [row] = await db
    .update(officerTotp)
    .set({
      failedCodes: sql`CASE WHEN ${officerTotp.failedCodes} + 1 >= ${max} THEN 0 ELSE ${officerTotp.failedCodes} + 1 END`,
      codesLockedUntil: sql`CASE WHEN ${officerTotp.failedCodes} + 1 >= ${max} THEN ${lockUntil.toISOString()}::timestamptz ELSE ${officerTotp.codesLockedUntil} END`,
      updatedAt: now,
    })
    .where(eq(officerTotp.officerId, officerId))
    .returning({ failedCodes: officerTotp.failedCodes, codesLockedUntil: officerTotp.codesLockedUntil });
  return row;
}

/** An accepted code clears the count of wrong ones (a lock cannot be active: codes are not checked then). */
export async function clearCodeFailures(db: Executor, officerId: string): Promise<void> {
  await db.update(officerTotp).set({ failedCodes: 0 }).where(and(eq(officerTotp.officerId, officerId), sql`${officerTotp.failedCodes} <> 0`));
}

/** Stores a fresh (sealed) secret awaiting confirmation; an enabled secret is never replaced this way. */
export async function upsertPendingSecret(db: Executor, officerId: string, secret: string, now: Date): Promise<void> {
  await db
    .insert(officerTotp)
    .values({ officerId, secret, enabledAt: null, lastStep: null, updatedAt: now })
    .onConflictDoUpdate({ target: officerTotp.officerId, set: { secret, lastStep: null, updatedAt: now }, setWhere: isNull(officerTotp.enabledAt) });
}

/**
 * Records that `step` was used, only if it is newer than the last one used:
 * of two requests racing with the same code, exactly one gets `true`. The
 * update also requires the stored secret to be the one the code was checked
 * against (`verified`), and writes `store` in its place — the same value, or
 * the sealed form of a legacy plaintext one.
 */
export async function claimStep(
  db: Executor,
  claim: { officerId: string; step: number; now: Date; enable: boolean; verified: string; store: string },
): Promise<boolean> {
  const { officerId, step, now, enable } = claim;
  const rows = await db
    .update(officerTotp)
    .set({ lastStep: step, updatedAt: now, ...(claim.store !== claim.verified ? { secret: claim.store } : {}), ...(enable ? { enabledAt: now } : {}) })
    .where(
      and(
        eq(officerTotp.officerId, officerId),
        eq(officerTotp.secret, claim.verified),
        enable ? isNull(officerTotp.enabledAt) : isNotNull(officerTotp.enabledAt),
        or(isNull(officerTotp.lastStep), lt(officerTotp.lastStep, step)),
      ),
    )
    .returning({ officerId: officerTotp.officerId });
  return rows.length === 1;
}

/** Removes the officer's secret (enabled or pending); returns the removed row, so a caller knows whether there was one. */
export async function deleteOfficerTotp(db: Executor, officerId: string): Promise<OfficerTotpRow | undefined> {
  const [row] = await db.delete(officerTotp).where(eq(officerTotp.officerId, officerId)).returning();
  return row;
}
