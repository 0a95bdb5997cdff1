/**
 * Drafts a new version of a procedure (creating the procedure on its first
 * version). A draft can be replaced freely; publication freezes it.
 */
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import { findWorkflow } from '../../workflow/index.ts';
import type { CatalogDeps } from '../catalog.deps.ts';
import { authorize } from '../catalog.policy.ts';
import { findProcedureByCode, insertProcedure, insertVersion, maxVersion } from '../catalog.repo.ts';
import { ProcedureVersionInput } from '../catalog.schemas.ts';

export async function draftProcedureVersion(
  ctx: Ctx,
  deps: Pick<CatalogDeps, 'agencies'>,
  input: { code: string; version: ProcedureVersionInput },
): Promise<{ procedureId: string; versionId: string; version: number }> {
  const { code } = input;
  authorize(ctx.actor, 'procedure.edit', code);
  const v = ProcedureVersionInput.parse(input.version);
  const workflow = await findWorkflow(ctx.tx, v.workflow.key, v.workflow.version);
  if (!workflow) throw new NotFoundError('workflow.notFound', v.workflow);
  const agencies = await deps.agencies.current();
  const competent = v.competentAgencies.map((c, i) => {
    const found = agencies.resolve(c);
    if (!found) throw new ValidationError([{ path: ['competentAgencies', i], key: 'agency.notFound', params: { code: c } }]);
    return found.agency.id;
  });
  let procedure = await findProcedureByCode(ctx.tx, code);
  if (!procedure) {
    await insertProcedure(ctx.tx, { id: newId(), code, name: v.name, fieldCode: v.fieldCode, level: v.level, onlineLevel: v.onlineLevel, lifeEvents: v.lifeEvents });
    procedure = (await findProcedureByCode(ctx.tx, code))!;
  }
  const version = (await maxVersion(ctx.tx, procedure.id)) + 1;
  const versionId = newId();
  await insertVersion(
    ctx.tx,
    {
      id: versionId,
      procedureId: procedure.id,
      version,
      status: 'DRAFT',
      name: v.name,
      onlineLevel: v.onlineLevel,
      durationAmount: v.durationAmount,
      durationUnit: v.durationUnit,
      serviceTargetAmount: v.serviceTargetAmount ?? null,
      cutoffTime: v.cutoffTime,
      supplementMode: v.supplementMode,
      paymentTiming: v.paymentTiming,
      details: v.details,
      eformSchema: v.eform,
      workflowId: workflow.id,
    },
    [...new Set(competent)].map((agencyId) => ({ agencyId, role: 'COMPETENT' })),
  );
  await ctx.audit([{ action: 'procedure.version.draft', entityType: 'procedure', entityId: procedure.id, payload: { code, version } }]);
  return { procedureId: procedure.id, versionId, version };
}
