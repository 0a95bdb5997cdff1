/**
 * The second step of back-office sign-in, for officers with TOTP on: a code
 * works once (±1 step). Runs as the officer the pending session names (with
 * no roles yet); every wrong code is recorded with the running count.
 */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { Ctx } from '../policy.ts';
import { useTotpCode } from '../totp/use-totp-code.ts';

export async function confirmSignInCode(ctx: Ctx, input: { code: string; /** Wrong codes given before this one. */ failures: number; secretKey: SecretKeySource; ip: string }): Promise<boolean> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  const ok = await useTotpCode(ctx.tx, input.secretKey, officerId, input.code, ctx.now, 'sign-in');
  await ctx.audit([
    ok
      ? { action: 'auth.login', entityType: 'officer', entityId: officerId, payload: { ip: input.ip, channel: 'web', secondFactor: 'totp' } }
      : { action: 'auth.second_factor_failed', entityType: 'officer', entityId: officerId, payload: { ip: input.ip, channel: 'web', failures: input.failures + 1 } },
  ]);
  return ok;
}
