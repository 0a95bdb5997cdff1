/**
 * An administrator removes an officer's second factor (a lost phone, or a
 * secret that no longer opens after the key was lost, ADR 0015). Unlike
 * disable-totp no code is asked for, so the reason is kept in the audit log,
 * and every open back-office session of the officer ends with it: whoever
 * holds one signed in under the old factor and must sign in again.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors.ts';
import { endSessionsOf } from '../../../platform/http/web-sessions.ts';
import type { AuditContext, AuditLog } from '../../audit/index.ts';
import { deleteOfficerTotp } from './totp.repo.ts';

export const TOTP_RESET_REASON_MAX = 1000;

export interface TotpReset {
  officerId: string;
  reason: string;
}

/** True when there was a secret to remove; false (and nothing written) when the officer had none. */
export async function resetTotp(tx: Executor, audit: AuditLog, ctx: AuditContext, input: TotpReset): Promise<boolean> {
  // An officer's own factor is turned off with a current code (two-factor page), never without one.
  if (ctx.actor.id === input.officerId) throw new ForbiddenError();
  const reason = input.reason.trim();
  if (reason === '') throw new ValidationError([{ path: ['reason'], key: 'officeAdmin.totpReset.reasonRequired' }]);
  if (reason.length > TOTP_RESET_REASON_MAX) throw new ValidationError([{ path: ['reason'], key: 'validation.tooBig.string', params: { maximum: TOTP_RESET_REASON_MAX } }]);
  const removed = await deleteOfficerTotp(tx, input.officerId);
  if (!removed) return false;
  const sessionsEnded = await endSessionsOf(tx, 'backoffice', input.officerId);
  await audit.record(tx, ctx, [
    { action: 'officer.totp_reset', entityType: 'officer', entityId: input.officerId, payload: { reason, enabledAt: removed.enabledAt?.toISOString() ?? null, sessionsEnded } },
  ]);
  return true;
}
