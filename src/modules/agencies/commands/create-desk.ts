/**
 * An administrator opens a one-stop desk at one of their agencies. Codes are
 * unique across agencies and desks (a repeated submission meets the code it
 * already created: 409, nothing doubled).
 */
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import type { AgencyDeps } from '../agencies.deps.ts';
import { insertDesk } from '../agency-admin.repo.ts';
import { agencyByCode } from '../agency-lookup.ts';
import { authorize } from '../agency.policy.ts';
import type { NewDeskInput } from '../agency.schemas.ts';

export async function createDesk(ctx: Ctx, deps: AgencyDeps, input: { agencyCode: string; desk: NewDeskInput }): Promise<{ id: string }> {
  const { agencies, agency } = await agencyByCode(deps.agencies, input.agencyCode);
  authorize(ctx.actor, 'desk.create', agency);
  const d = input.desk;
  if (agencies.desk(d.code) || agencies.byCode(d.code)) throw new ConflictError('officeAdmin.agencies.codeTaken', { code: d.code });
  const id = newId();
  await insertDesk(ctx.tx, { id, code: d.code, name: d.name, agencyId: agency.id, address: d.address ?? null, adminUnitId: agency.adminUnitId, validFrom: d.validFrom });
  await ctx.audit([{ action: 'desk.create', entityType: 'agency', entityId: id, payload: { agency: agency.code, ...d } }]);
  ctx.afterCommit(async () => {
    await deps.agencies.reload();
  });
  return { id };
}
