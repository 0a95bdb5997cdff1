/**
 * Publication from the administration page: a version whose workflow is still
 * a draft (edited for this version) publishes the workflow first, checked
 * against the version's legal limit, then the version — one transaction.
 */
import type { Ctx } from '../../identity/index.ts';
import { findWorkflowById, publishWorkflow } from '../../workflow/index.ts';
import { authorize } from '../catalog.policy.ts';
import { findProcedureByCode, findVersion } from '../catalog.repo.ts';
import { versionLimits } from '../version-limits.ts';
import { publishProcedureVersion, type PublishVersionDeps, type PublishVersionInput } from './publish-procedure-version.ts';

export async function publishVersionWithWorkflow(ctx: Ctx, deps: PublishVersionDeps, input: PublishVersionInput): Promise<{ versionId: string }> {
  authorize(ctx.actor, 'procedure.edit', input.code);
  const procedure = await findProcedureByCode(ctx.tx, input.code);
  const row = procedure && (await findVersion(ctx.tx, procedure.id, input.version));
  const workflow = row && (await findWorkflowById(ctx.tx, row.workflowId));
  if (row && workflow?.status === 'DRAFT') {
    const { legalLimitMinutes, legalLimitText } = versionLimits(row, await deps.calendars.workingDayMinutes(ctx.tx));
    await publishWorkflow(ctx, deps, { key: workflow.key, version: workflow.version, legalLimitMinutes, legalLimitText });
  }
  return publishProcedureVersion(ctx, deps, input);
}
