/**
 * An administrator ends a grant: yesterday becomes its last valid day, so it
 * takes effect at once (the actor is rebuilt from current grants on each
 * request) while the grant's history stays.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { authorizeOrHide } from '../identity.policy.ts';
import { endGrant } from '../officer-admin.repo.ts';
import { loadOfficer } from '../officer-target.ts';
import type { Ctx } from '../policy.ts';

export async function revokeGrant(ctx: Ctx, input: { officerId: string; grantId: string }): Promise<{ validTo: string | null }> {
  const officer = await loadOfficer(ctx.tx, input.officerId);
  authorizeOrHide(ctx.actor, 'officer.view', officer);
  const grant = officer.grants.find((g) => g.id === input.grantId);
  if (!grant) throw new NotFoundError();
  // A grant at an agency outside the administrator's subtree is not theirs to end, nor to know of.
  authorizeOrHide(ctx.actor, 'officer.revoke', { officer, grantAgencyId: grant.agencyId });
  const ended = await endGrant(ctx.tx, officer.id, grant.id, vnLocalDate(ctx.now.getTime() - 86_400_000));
  if (!ended) throw new NotFoundError();
  await ctx.audit([{ action: 'officer.revoke', entityType: 'officer', entityId: officer.id, payload: { grantId: grant.id, role: grant.role, validTo: ended.validTo } }]);
  return { validTo: ended.validTo };
}
