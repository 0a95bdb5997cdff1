/** Turning the second factor off needs a current code, so a borrowed open session alone cannot do it. */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { Ctx } from '../policy.ts';
import { deleteOfficerTotp } from '../totp/totp.repo.ts';
import { useTotpCode } from '../totp/use-totp-code.ts';

/** False (nothing changed) when the code is wrong or already used. */
export async function disableTotp(ctx: Ctx, input: { code: string; secretKey: SecretKeySource; ip: string }): Promise<boolean> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  if (!(await useTotpCode(ctx.tx, input.secretKey, officerId, input.code, ctx.now, 'disable'))) return false;
  await deleteOfficerTotp(ctx.tx, officerId);
  await ctx.audit([{ action: 'auth.totp_disabled', entityType: 'officer', entityId: officerId, payload: { ip: input.ip, channel: 'web' } }]);
  return true;
}
