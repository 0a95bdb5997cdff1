/** A back-office sign-out, for the audit trail: the page ends the browser session itself. */
import { authorize } from '../identity.policy.ts';
import type { Ctx } from '../policy.ts';

export async function recordSignOut(ctx: Ctx, input: { ip: string }): Promise<void> {
  authorize(ctx.actor, 'officer.own', ctx.actor.id);
  await ctx.audit([{ action: 'auth.logout', entityType: 'officer', entityId: ctx.actor.id, payload: { ip: input.ip, channel: 'web' } }]);
}
