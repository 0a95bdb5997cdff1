/**
 * The password half of officer sign-in, shared by the API's login (which then
 * issues a token) and the back-office sign-in (which then opens a session): lockout
 * after N consecutive failures for M minutes, the same answer for an unknown
 * username and a wrong password, and both take the same time.
 */
import type { Executor } from '../../platform/db/database.ts';
import { AppError, UnauthorizedError } from '../../platform/errors.ts';
import { findOfficerByUsername, recordLoginFailure, recordLoginSuccess, type OfficerRow } from './identity.repo.ts';
import { burnVerification, verifyPassword } from './password.ts';

export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export type PasswordCheck = { ok: true; officer: OfficerRow } | { ok: false; error: AppError; officerId?: string };

/** Returns an outcome instead of throwing, so the failure counter is committed even when sign-in fails. */
export async function checkPassword(tx: Executor, input: { username: string; password: string }, policy: LockoutPolicy, now: Date): Promise<PasswordCheck> {
  const officer = await findOfficerByUsername(tx, input.username);
  if (!officer) {
    await burnVerification(input.password);
    return { ok: false, error: new UnauthorizedError('auth.invalidCredentials') };
  }
  if (officer.lockedUntil && officer.lockedUntil > now) {
    const minutes = Math.ceil((officer.lockedUntil.getTime() - now.getTime()) / 60_000);
    return { ok: false, error: new AppError(423, 'auth.locked', { minutes }), officerId: officer.id };
  }
  if (!(await verifyPassword(officer.passwordHash, input.password))) {
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
