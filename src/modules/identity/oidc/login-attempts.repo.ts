/** All SQL of the pending OIDC sign-ins. */
import { and, eq, gt, lt } from 'drizzle-orm';
import { sha256Hex } from '../../../platform/crypto/hashing.ts';
import type { Db } from '../../../platform/db/database.ts';
import { oidcLoginAttempts } from './login-attempts.tables.ts';

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  nextUrl: string;
}

/** Records a started sign-in for this browser (and clears abandoned ones while at it). */
export async function insertPendingLogin(db: Db, browserSecret: string, login: PendingLogin, now: Date, ttlMs: number): Promise<void> {
  await db.delete(oidcLoginAttempts).where(lt(oidcLoginAttempts.expiresAt, now));
  await db.insert(oidcLoginAttempts).values({
    stateHash: sha256Hex(login.state),
    browserHash: sha256Hex(browserSecret),
    nonce: login.nonce,
    codeVerifier: login.codeVerifier,
    nextUrl: login.nextUrl,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
}

/**
 * Takes (deletes and returns) the live sign-in this browser started with this
 * state. One statement, so two callbacks racing with the same state cannot both win.
 */
export async function deletePendingLogin(db: Db, browserSecret: string, state: string, now: Date): Promise<PendingLogin | undefined> {
  const [row] = await db
    .delete(oidcLoginAttempts)
    .where(and(eq(oidcLoginAttempts.stateHash, sha256Hex(state)), eq(oidcLoginAttempts.browserHash, sha256Hex(browserSecret)), gt(oidcLoginAttempts.expiresAt, now)))
    .returning();
  return row ? { state, nonce: row.nonce, codeVerifier: row.codeVerifier, nextUrl: row.nextUrl } : undefined;
}
