/**
 * The password half of officer sign-in, shared by the API's login (which then
 * issues a token) and the back-office sign-in (which then opens a session): lockout
 * after N consecutive failures for M minutes, the same answer for an unknown
 * username and a wrong password, and both take the same time. The officer's row
 * is locked while each attempt is weighed, so parallel attempts are decided one
 * at a time against the failures the previous ones recorded: once the lock is
 * on, no attempt in flight can sign in, and a correct password never lifts it
 * (issue 11, item 1). The password itself is verified before taking the lock.
 */
import type { Executor } from '../../platform/db/database.ts';
import { AppError, UnauthorizedError } from '../../platform/errors.ts';
import { findOfficerByUsername, lockOfficerById, recordLoginFailure, recordLoginSuccess, type OfficerRow } from './identity.repo.ts';
import { burnVerification, verifyPassword } from './password.ts';

export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export type PasswordCheck = { ok: true; officer: OfficerRow } | { ok: false; error: AppError; officerId?: string };

/** Returns an outcome instead of throwing, so the failure counter is committed even when sign-in fails. */
export async function checkPassword(tx: Executor, input: { username: string; password: string }, policy: LockoutPolicy, now: Date): Promise<PasswordCheck> {
  const seen = await findOfficerByUsername(tx, input.username);
  if (!seen) {
    await burnVerification(input.password);
    return { ok: false, error: new UnauthorizedError('auth.invalidCredentials') };
  }
  if (isLocked(seen, now)) return locked(seen, now);
  // The slow part (argon2) runs before the row lock, so parallel attempts queue only for the short decision below.
  let passwordOk = await verifyPassword(seen.passwordHash, input.password);
  // Weighed under the row lock, against the row as the previous attempts left it.
  const officer = await lockOfficerById(tx, seen.id);
  if (!officer) return { ok: false, error: new UnauthorizedError('auth.invalidCredentials') };
  if (isLocked(officer, now)) return locked(officer, now);
  if (officer.passwordHash !== seen.passwordHash) passwordOk = await verifyPassword(officer.passwordHash, input.password);
  if (!passwordOk) {
    const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
    const after = await recordLoginFailure(tx, officer.id, policy.maxFailures, lockUntil, now);
    if (after?.lockedUntil && after.lockedUntil > now) {
      return { ok: false, error: new AppError(423, 'auth.locked', { minutes: policy.lockMinutes }), officerId: officer.id };
    }
    return { ok: false, error: new UnauthorizedError('auth.invalidCredentials'), officerId: officer.id };
  }
  if (!officer.active) return { ok: false, error: new AppError(403, 'auth.inactive'), officerId: officer.id };
  await recordLoginSuccess(tx, officer.id, now);
  return { ok: true, officer };
}

const isLocked = (o: OfficerRow, now: Date) => o.lockedUntil !== null && o.lockedUntil > now;

function locked(o: OfficerRow, now: Date): PasswordCheck {
  const minutes = Math.ceil((o.lockedUntil!.getTime() - now.getTime()) / 60_000);
  return { ok: false, error: new AppError(423, 'auth.locked', { minutes }), officerId: o.id };
}
