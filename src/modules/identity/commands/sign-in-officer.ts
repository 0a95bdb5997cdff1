/**
 * The password step of back-office sign-in: the API's lockout policy and the
 * same answer for an unknown name and a wrong password. Officers with the
 * second factor on are not signed in yet: the page asks for their code
 * (confirm-sign-in-code.ts). Runs as the system; the audit entry names the officer.
 */
import { AppError } from '../../../platform/errors.ts';
import { authorize } from '../identity.policy.ts';
import { checkPassword, type LockoutPolicy } from '../password-check.ts';
import type { Ctx } from '../policy.ts';
import { totpLockedFor } from '../totp/count-code-failures.ts';
import { totpEnabled } from '../totp/use-totp-code.ts';

export type OfficerSignIn = { ok: true; officer: { id: string; username: string; fullName: string }; needsCode: boolean } | { ok: false; error: AppError };

/** Returns an outcome instead of throwing, so the failure counter and its audit entry commit even when sign-in fails. */
export async function signInOfficer(ctx: Ctx, input: { username: string; password: string; policy: LockoutPolicy; ip: string }): Promise<OfficerSignIn> {
  authorize(ctx.actor, 'officer.sign_in', null);
  const checked = await checkPassword(ctx.tx, input, input.policy, ctx.now);
  const payload = { ip: input.ip, channel: 'web' };
  if (!checked.ok) {
    await ctx.audit([{ action: 'auth.login_failed', entityType: 'officer', entityId: checked.officerId ?? input.username, payload, actor: { kind: 'officer', id: checked.officerId ?? 'unknown' } }]);
    return { ok: false, error: checked.error };
  }
  const { officer } = checked;
  const needsCode = await totpEnabled(ctx.tx, officer.id);
  // Too many wrong codes (here or over the API): the right password does not reopen the second step.
  const lockedFor = needsCode ? await totpLockedFor(ctx.tx, officer.id, ctx.now) : null;
  if (lockedFor !== null) {
    await ctx.audit([{ action: 'auth.login_failed', entityType: 'officer', entityId: officer.id, payload: { ...payload, secondFactorLocked: true }, actor: { kind: 'officer', id: officer.id } }]);
    return { ok: false, error: new AppError(423, 'auth.totpLocked', { minutes: lockedFor }) };
  }
  // With the second factor on, the sign-in is recorded once the code is given.
  if (!needsCode) await ctx.audit([{ action: 'auth.login', entityType: 'officer', entityId: officer.id, payload, actor: { kind: 'officer', id: officer.id } }]);
  return { ok: true, officer: { id: officer.id, username: officer.username, fullName: officer.fullName }, needsCode };
}
