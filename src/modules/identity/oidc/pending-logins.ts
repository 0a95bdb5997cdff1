/**
 * A citizen's sign-in between leaving for VNeID and coming back: started (its
 * state, nonce and PKCE verifier kept for this browser only) and taken once
 * on return. No actor yet (nobody is signed in), so nothing to authorise.
 */
import type { Db } from '../../../platform/db/database.ts';
import { deletePendingLogin, insertPendingLogin, type PendingLogin } from './login-attempts.repo.ts';

export type { PendingLogin };

/** Records a started sign-in for this browser (and clears abandoned ones while at it). */
export async function savePendingLogin(db: Db, browserSecret: string, login: PendingLogin, now: Date, ttlMs: number): Promise<void> {
  await insertPendingLogin(db, browserSecret, login, now, ttlMs);
}

/** Takes the live sign-in this browser started with this state; two callbacks racing with one state cannot both win. */
export async function takePendingLogin(db: Db, browserSecret: string, state: string, now: Date): Promise<PendingLogin | undefined> {
  return deletePendingLogin(db, browserSecret, state, now);
}
