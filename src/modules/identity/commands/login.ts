/**
 * Officer sign-in over the API: the password check with lockout
 * (check-password.ts), the TOTP code when the officer turned it on, then a
 * bearer token.
 */
import type { Executor } from '../../../platform/db/database.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { newSecretToken, sha256Hex } from '../../../platform/crypto/hashing.ts';
import { UnauthorizedError, type AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { insertToken } from '../identity.repo.ts';
import { checkPassword, type LockoutPolicy } from './check-password.ts';
import { totpEnabled, useTotpCode } from '../totp/use-totp-code.ts';

export interface LoginPolicy extends LockoutPolicy {
  tokenTtlHours: number;
}

export type LoginOutcome =
  | { ok: true; token: string; expiresAt: Date; officerId: string; fullName: string }
  | { ok: false; error: AppError; officerId?: string };

/** Returns an outcome instead of throwing, so the failure counter is committed even when sign-in fails. */
export async function login(
  tx: Executor,
  input: { username: string; password: string; totpCode?: string | undefined },
  policy: LoginPolicy,
  now: Date,
  secretKey: SecretKeySource,
): Promise<LoginOutcome> {
  const checked = await checkPassword(tx, input, policy, now);
  if (!checked.ok) return checked;
  const { officer } = checked;
  // An officer who turned on the second factor needs it on the API too, or the password alone would open everything.
  if (await totpEnabled(tx, officer.id)) {
    if (!input.totpCode) return { ok: false, error: new UnauthorizedError('auth.totpRequired'), officerId: officer.id };
    if (!(await useTotpCode(tx, secretKey, officer.id, input.totpCode, now, 'sign-in'))) return { ok: false, error: new UnauthorizedError('auth.totpInvalid'), officerId: officer.id };
  }
  const token = newSecretToken('mct');
  const expiresAt = new Date(now.getTime() + policy.tokenTtlHours * 3_600_000);
  await insertToken(tx, { id: newId(), tokenHash: sha256Hex(token), officerId: officer.id, expiresAt });
  return { ok: true, token, expiresAt, officerId: officer.id, fullName: officer.fullName };
}
