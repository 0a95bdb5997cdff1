/** An administrator changes an agency's names and address; the directory is reloaded after commit. */
import type { Ctx } from '../../identity/index.ts';
import type { AgencyDeps } from '../agencies.deps.ts';
import { agencyByCode } from '../agency-lookup.ts';
import { authorize } from '../agency.policy.ts';
import { updateAgencyDetails } from '../agency-admin.repo.ts';
import type { AgencyDetailsInput } from '../agency.schemas.ts';

export async function editAgency(ctx: Ctx, deps: AgencyDeps, input: { code: string; details: AgencyDetailsInput }): Promise<void> {
  const { agency } = await agencyByCode(deps.agencies, input.code);
  authorize(ctx.actor, 'agency.edit', agency);
  const d = input.details;
  await updateAgencyDetails(ctx.tx, agency.id, { name: d.name, shortName: d.shortName ?? null, address: d.address ?? null });
  await ctx.audit([{ action: 'agency.update', entityType: 'agency', entityId: agency.id, payload: d }]);
  ctx.afterCommit(async () => {
    await deps.agencies.reload();
  });
}
