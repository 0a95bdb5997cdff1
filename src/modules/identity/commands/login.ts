/**
 * Officer sign-in over the API: the password check with lockout, the TOTP
 * code when the officer turned it on, then a bearer token. Runs as the system
 * (the caller is nobody yet); the audit entry names the officer it was about.
 */
import { newSecretToken, sha256Hex } from '../../../platform/crypto/hashing.ts';
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { AppError, UnauthorizedError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { authorize } from '../identity.policy.ts';
import { insertToken } from '../identity.repo.ts';
import { checkPassword, type LockoutPolicy } from '../password-check.ts';
import type { Ctx } from '../policy.ts';
import { totpLockedFor, useCountedTotpCode } from '../totp/count-code-failures.ts';
import { totpEnabled } from '../totp/use-totp-code.ts';

export interface LoginPolicy extends LockoutPolicy {
  tokenTtlHours: number;
}

export type LoginOutcome =
  | { ok: true; token: string; expiresAt: Date; officerId: string; fullName: string }
  | { ok: false; error: AppError; officerId?: string };

export interface LoginRequest {
  username: string;
  password: string;
  totpCode?: string | undefined;
  policy: LoginPolicy;
  secretKey: SecretKeySource;
  /** The caller's address, kept in the audit entry. */
  ip: string;
}

/** Returns an outcome instead of throwing, so the failure counter and its audit entry commit even when sign-in fails. */
export async function login(ctx: Ctx, input: LoginRequest): Promise<LoginOutcome> {
  authorize(ctx.actor, 'officer.sign_in', null);
  const outcome = await attempt(ctx, input);
  const { officerId } = outcome;
  await ctx.audit([
    {
      action: outcome.ok ? 'auth.login' : 'auth.login_failed',
      entityType: 'officer',
      entityId: officerId ?? input.username,
      payload: { ip: input.ip },
      actor: { kind: 'officer', id: officerId ?? 'unknown' },
    },
  ]);
  return outcome;
}

async function attempt(ctx: Ctx, input: LoginRequest): Promise<LoginOutcome> {
  const checked = await checkPassword(ctx.tx, input, input.policy, ctx.now);
  if (!checked.ok) return checked;
  const { officer } = checked;
  // An officer who turned on the second factor needs it on the API too, or the password alone would open everything.
  if (await totpEnabled(ctx.tx, officer.id)) {
    // Wrong codes are counted per officer in the database (count-code-failures.ts): the right password does not reset them.
    const lockedFor = await totpLockedFor(ctx.tx, officer.id, ctx.now);
    if (lockedFor !== null) return { ok: false, error: new AppError(423, 'auth.totpLocked', { minutes: lockedFor }), officerId: officer.id };
    if (!input.totpCode) return { ok: false, error: new UnauthorizedError('auth.totpRequired'), officerId: officer.id };
    const code = await useCountedTotpCode(ctx.tx, input.secretKey, officer.id, input.totpCode, ctx.now, 'sign-in', input.policy);
    if (!code.ok) {
      const error = code.locked ? new AppError(423, 'auth.totpLocked', { minutes: code.minutes }) : new UnauthorizedError('auth.totpInvalid');
      return { ok: false, error, officerId: officer.id };
    }
  }
  const token = newSecretToken('mct');
  const expiresAt = new Date(ctx.now.getTime() + input.policy.tokenTtlHours * 3_600_000);
  await insertToken(ctx.tx, { id: newId(), tokenHash: sha256Hex(token), officerId: officer.id, expiresAt });
  return { ok: true, token, expiresAt, officerId: officer.id, fullName: officer.fullName };
}
