/**
 * An administrator gives a drafted version an edited workflow: the definition
 * is checked as publication will check it (against this version's legal
 * limit), stored as the workflow's next draft version, and the procedure's
 * draft points at it. A form based on a workflow the version no longer follows
 * (a second submission of the same page) saves nothing.
 */
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { latestWorkflowVersion, saveWorkflowDraft, validateDefinition, type WorkflowDefinition } from '../../workflow/index.ts';
import type { CatalogDeps } from '../catalog.deps.ts';
import { authorize } from '../catalog.policy.ts';
import { updateDraftVersionRow } from '../catalog-admin.repo.ts';
import { findProcedureByCode, findVersion } from '../catalog.repo.ts';
import { versionLimits } from '../version-limits.ts';

export interface VersionWorkflowInput {
  code: string;
  version: number;
  /** The workflow id the edited form was based on. */
  basedOn: string;
  definition: WorkflowDefinition;
}

/** `saved: false` when the version no longer follows `basedOn` (nothing written). */
export async function setVersionWorkflow(ctx: Ctx, deps: Pick<CatalogDeps, 'calendars'>, input: VersionWorkflowInput): Promise<{ saved: boolean }> {
  const { code, version, definition } = input;
  authorize(ctx.actor, 'procedure.edit', code);
  const procedure = await findProcedureByCode(ctx.tx, code);
  const row = procedure && (await findVersion(ctx.tx, procedure.id, version));
  if (!row) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  const issues = validateDefinition(definition, versionLimits(row, await deps.calendars.workingDayMinutes(ctx.tx)));
  if (issues.length > 0) throw new UnprocessableError('workflow.invalid', issues);
  if (row.workflowId !== input.basedOn) return { saved: false };
  if (row.status !== 'DRAFT') throw new ConflictError('procedure.versionNotDraft', { version });
  const latest = await latestWorkflowVersion(ctx.tx, definition.key);
  const saved = await saveWorkflowDraft(ctx, { definition: { ...definition, version: (latest?.version ?? 0) + 1 } });
  if (!(await updateDraftVersionRow(ctx.tx, row.id, { workflowId: saved.id }))) throw new ConflictError('procedure.versionNotDraft', { version });
  await ctx.audit([{ action: 'procedure.version.workflow', entityType: 'procedure_version', entityId: row.id, payload: { code, version, workflowId: saved.id } }]);
  return { saved: true };
}
