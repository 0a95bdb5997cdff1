/** An administrator deactivates an officer's account (every request of theirs is refused at once) or reactivates it. */
import { authorizeOrHide } from '../identity.policy.ts';
import { updateOfficerActive } from '../officer-admin.repo.ts';
import { loadOfficer } from '../officer-target.ts';
import type { Ctx } from '../policy.ts';

export async function setOfficerActive(ctx: Ctx, input: { officerId: string; active: boolean }): Promise<void> {
  const officer = await loadOfficer(ctx.tx, input.officerId);
  authorizeOrHide(ctx.actor, 'officer.set_active', { officer, active: input.active });
  await updateOfficerActive(ctx.tx, officer.id, input.active, ctx.now);
  await ctx.audit([{ action: input.active ? 'officer.reactivate' : 'officer.deactivate', entityType: 'officer', entityId: officer.id, payload: { username: officer.row.username } }]);
}
