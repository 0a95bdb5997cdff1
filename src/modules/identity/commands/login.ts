/**
 * Officer sign-in with lockout: after N consecutive failures the account is
 * locked for M minutes. The same answer is given for an unknown username and a
 * wrong password, and both take the same time.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { newSecretToken, sha256Hex } from '../../../platform/crypto/hashing.ts';
import { AppError, UnauthorizedError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findOfficerByUsername, insertToken, recordLoginFailure, recordLoginSuccess } from '../identity.repo.ts';
import { burnVerification, verifyPassword } from '../password.ts';

export interface LoginPolicy {
  maxFailures: number;
  lockMinutes: number;
  tokenTtlHours: number;
}

export type LoginOutcome =
  | { ok: true; token: string; expiresAt: Date; officerId: string; fullName: string }
  | { ok: false; error: AppError; officerId?: string };

/** Returns an outcome instead of throwing, so the failure counter is committed even when sign-in fails. */
export async function login(
  tx: Executor,
  input: { username: string; password: string },
  policy: LoginPolicy,
  now: Date,
): Promise<LoginOutcome> {
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
  const token = newSecretToken('mct');
  const expiresAt = new Date(now.getTime() + policy.tokenTtlHours * 3_600_000);
  await insertToken(tx, { id: newId(), tokenHash: sha256Hex(token), officerId: officer.id, expiresAt });
  return { ok: true, token, expiresAt, officerId: officer.id, fullName: officer.fullName };
}
