/** An officer turns the second factor on by confirming one code from the app that holds the pending secret. */
import type { SecretKeySource } from '../../../platform/crypto/secret-key.ts';
import { authorize } from '../identity.policy.ts';
import type { Ctx } from '../policy.ts';
import { useTotpCode } from '../totp/use-totp-code.ts';

/** False (nothing changed) when the code does not match the pending secret. */
export async function enableTotp(ctx: Ctx, input: { code: string; secretKey: SecretKeySource; ip: string }): Promise<boolean> {
  const officerId = ctx.actor.id;
  authorize(ctx.actor, 'officer.own', officerId);
  if (!(await useTotpCode(ctx.tx, input.secretKey, officerId, input.code, ctx.now, 'enable'))) return false;
  await ctx.audit([{ action: 'auth.totp_enabled', entityType: 'officer', entityId: officerId, payload: { ip: input.ip, channel: 'web' } }]);
  return true;
}
