/**
 * An administrator removes an officer's second factor (a lost phone, or a
 * secret that no longer opens after the key was lost, ADR 0015). Unlike
 * disable-totp no code is asked for, so the reason is kept in the audit log,
 * and every open back-office session of the officer ends with it: whoever
 * holds one signed in under the old factor and must sign in again.
 */
import { ValidationError } from '../../../platform/errors.ts';
import { endSessionsOf } from '../../../platform/http/web-sessions.ts';
import { authorizeOrHide } from '../identity.policy.ts';
import { loadOfficer } from '../officer-target.ts';
import type { Ctx } from '../policy.ts';
import { deleteOfficerTotp } from '../totp/totp.repo.ts';

export const TOTP_RESET_REASON_MAX = 1000;

export interface TotpReset {
  officerId: string;
  reason: string;
}

/** True when there was a secret to remove; false (and nothing written) when the officer had none. */
export async function resetTotp(ctx: Ctx, input: TotpReset): Promise<boolean> {
  const officer = await loadOfficer(ctx.tx, input.officerId);
  authorizeOrHide(ctx.actor, 'officer.totp_reset', officer);
  const reason = input.reason.trim();
  if (reason === '') throw new ValidationError([{ path: ['reason'], key: 'officeAdmin.totpReset.reasonRequired' }]);
  if (reason.length > TOTP_RESET_REASON_MAX) throw new ValidationError([{ path: ['reason'], key: 'validation.tooBig.string', params: { maximum: TOTP_RESET_REASON_MAX } }]);
  const removed = await deleteOfficerTotp(ctx.tx, officer.id);
  if (!removed) return false;
  const sessionsEnded = await endSessionsOf(ctx.tx, 'backoffice', officer.id);
  await ctx.audit([
    { action: 'officer.totp_reset', entityType: 'officer', entityId: officer.id, payload: { reason, enabledAt: removed.enabledAt?.toISOString() ?? null, sessionsEnded } },
  ]);
  return true;
}
