/**
 * An administrator adds an agency under one of theirs: it takes the parent's
 * level, administrative unit and calendar. Codes are unique across agencies
 * and desks (a repeated submission meets the code it already created: 409).
 */
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import type { AgencyDeps } from '../agencies.deps.ts';
import { insertAgency } from '../agency-admin.repo.ts';
import { agencyByCode } from '../agency-lookup.ts';
import { authorize } from '../agency.policy.ts';
import type { NewAgencyInput } from '../agency.schemas.ts';

export async function createAgency(ctx: Ctx, deps: AgencyDeps, input: { parentCode: string; agency: NewAgencyInput }): Promise<{ id: string }> {
  const { agencies, agency: parent } = await agencyByCode(deps.agencies, input.parentCode);
  authorize(ctx.actor, 'agency.create', parent);
  const a = input.agency;
  if (agencies.byCode(a.code) || agencies.desk(a.code)) throw new ConflictError('officeAdmin.agencies.codeTaken', { code: a.code });
  const id = newId();
  await insertAgency(ctx.tx, {
    id,
    code: a.code,
    name: a.name,
    shortName: a.shortName ?? null,
    kind: a.kind,
    level: parent.level,
    parentId: parent.id,
    path: `${parent.path}${id}/`,
    adminUnitId: parent.adminUnitId,
    calendarCode: parent.calendarCode,
    address: a.address ?? null,
    validFrom: a.validFrom,
  });
  await ctx.audit([{ action: 'agency.create', entityType: 'agency', entityId: id, payload: { parent: parent.code, ...a } }]);
  ctx.afterCommit(async () => {
    await deps.agencies.reload();
  });
  return { id };
}
