/**
 * Turning the second factor off needs a current code, so a borrowed open session alone cannot do
 * it; wrong codes here count towards the same per-officer lock as at sign-in, or an open session
 * could guess without limit.
 */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { LockoutPolicy } from '../password-check.ts';
import type { Ctx } from '../policy.ts';
import { useCountedTotpCode, type CountedCode } from '../totp/count-code-failures.ts';
import { deleteOfficerTotp } from '../totp/totp.repo.ts';

/** Not ok (nothing changed) when the code is wrong or already used, or while the second step is locked. */
export async function disableTotp(ctx: Ctx, input: { code: string; secretKey: SecretKeySource; policy: LockoutPolicy; ip: string }): Promise<CountedCode> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  const outcome = await useCountedTotpCode(ctx.tx, input.secretKey, officerId, input.code, ctx.now, 'disable', input.policy);
  if (!outcome.ok) return outcome;
  await deleteOfficerTotp(ctx.tx, officerId);
  await ctx.audit([{ action: 'auth.totp_disabled', entityType: 'officer', entityId: officerId, payload: { ip: input.ip, channel: 'web' } }]);
  return outcome;
}
