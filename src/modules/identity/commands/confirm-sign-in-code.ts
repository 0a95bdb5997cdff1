/**
 * The second step of back-office sign-in, for officers with TOTP on: a code
 * works once (±1 step). Runs as the officer the pending session names (with
 * no roles yet). Wrong codes are counted on the officer in the database, with
 * the API's: a new pending session (the password typed again) does not start
 * the tries again, and the last one closes the second step for the lock period.
 */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { LockoutPolicy } from '../password-check.ts';
import type { Ctx } from '../policy.ts';
import { useCountedTotpCode, type CountedCode } from '../totp/count-code-failures.ts';

export type { CountedCode } from '../totp/count-code-failures.ts';

export async function confirmSignInCode(ctx: Ctx, input: { code: string; secretKey: SecretKeySource; policy: LockoutPolicy; ip: string }): Promise<CountedCode> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  const outcome = await useCountedTotpCode(ctx.tx, input.secretKey, officerId, input.code, ctx.now, 'sign-in', input.policy);
  const payload = { ip: input.ip, channel: 'web' };
  await ctx.audit([
    outcome.ok
      ? { action: 'auth.login', entityType: 'officer', entityId: officerId, payload: { ...payload, secondFactor: 'totp' } }
      : { action: 'auth.second_factor_failed', entityType: 'officer', entityId: officerId, payload: outcome.locked ? { ...payload, locked: true } : { ...payload, failures: outcome.failures } },
  ]);
  return outcome;
}
