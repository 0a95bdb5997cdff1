/**
 * An administrator grants an officer a role at an agency, with validity dates.
 * The page says how many grants it showed: when there are more now, the form
 * was submitted twice and the second submission grants nothing.
 */
import { ValidationError } from '../../../platform/errors.ts';
import type { AgencyTree } from '../agency-tree.ts';
import { authorize, authorizeOrHide } from '../identity.policy.ts';
import { insertGrants } from '../identity.repo.ts';
import type { GrantInput } from '../identity.schemas.ts';
import type { GrantView } from '../identity.presenter.ts';
import { loadOfficer } from '../officer-target.ts';
import type { Ctx } from '../policy.ts';
import { resolveGrants } from '../resolve-grants.ts';

export async function grantRole(
  ctx: Ctx,
  input: { agencies: AgencyTree; officerId: string; grant: GrantInput; /** Grants the form showed; a different count means a repeated submission. */ seenGrants?: number },
): Promise<{ granted: GrantView | undefined }> {
  const officer = await loadOfficer(ctx.tx, input.officerId);
  authorizeOrHide(ctx.actor, 'officer.view', officer);
  if (input.seenGrants !== undefined && input.seenGrants !== officer.grants.length) return { granted: undefined };
  const g = input.grant;
  if (g.validFrom && g.validTo && g.validTo < g.validFrom) throw new ValidationError([{ path: ['validTo'], key: 'officeAdmin.officers.grantDates' }]);
  const [row] = resolveGrants([g], input.agencies, { officerId: officer.id }, ctx.actor.id, ctx.now);
  authorize(ctx.actor, 'officer.grant', { officer, agencyId: row!.agencyId });
  await insertGrants(ctx.tx, [row!]);
  await ctx.audit([
    { action: 'officer.grant', entityType: 'officer', entityId: officer.id, payload: { grantId: row!.id, role: g.role, agencyCode: g.agencyCode, validFrom: row!.validFrom, validTo: row!.validTo } },
  ]);
  const { id, role, agencyId, includeSubtree, validFrom, validTo } = row!;
  return { granted: { id, role, agencyId, includeSubtree, validFrom, validTo } };
}
