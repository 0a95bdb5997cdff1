/**
 * Drafts a new version of a procedure (creating the procedure on its first
 * version). A draft can be replaced freely; publication freezes it.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { findWorkflow } from '../../workflow/index.ts';
import { findProcedureByCode, insertProcedure, insertVersion, maxVersion } from '../catalog.repo.ts';
import { ProcedureVersionInput } from '../catalog.schemas.ts';

export async function draftProcedureVersion(
  tx: Executor,
  agencies: AgencySnapshot,
  code: string,
  raw: ProcedureVersionInput,
): Promise<{ procedureId: string; versionId: string; version: number }> {
  const input = ProcedureVersionInput.parse(raw);
  const workflow = await findWorkflow(tx, input.workflow.key, input.workflow.version);
  if (!workflow) throw new NotFoundError('workflow.notFound', input.workflow);
  const competent = input.competentAgencies.map((c, i) => {
    const found = agencies.resolve(c);
    if (!found) throw new ValidationError([{ path: ['competentAgencies', i], key: 'agency.notFound', params: { code: c } }]);
    return found.agency.id;
  });
  let procedure = await findProcedureByCode(tx, code);
  if (!procedure) {
    const id = newId();
    await insertProcedure(tx, {
      id,
      code,
      name: input.name,
      fieldCode: input.fieldCode,
      level: input.level,
      onlineLevel: input.onlineLevel,
      lifeEvents: input.lifeEvents,
    });
    procedure = (await findProcedureByCode(tx, code))!;
  }
  const version = (await maxVersion(tx, procedure.id)) + 1;
  const versionId = newId();
  await insertVersion(
    tx,
    {
      id: versionId,
      procedureId: procedure.id,
      version,
      status: 'DRAFT',
      name: input.name,
      onlineLevel: input.onlineLevel,
      durationAmount: input.durationAmount,
      durationUnit: input.durationUnit,
      serviceTargetAmount: input.serviceTargetAmount ?? null,
      cutoffTime: input.cutoffTime,
      supplementMode: input.supplementMode,
      paymentTiming: input.paymentTiming,
      details: input.details,
      eformSchema: input.eform,
      workflowId: workflow.id,
    },
    [...new Set(competent)].map((agencyId) => ({ agencyId, role: 'COMPETENT' })),
  );
  return { procedureId: procedure.id, versionId, version };
}
