/**
 * Publishing a procedure version: its workflow must be published and its step
 * budgets must fit the version's legal time limit. Once published the version
 * is frozen (by trigger) and becomes the one new dossiers use; this process's
 * pointer to the current version is dropped after commit (others within 30 s).
 * Step budgets and the limit are compared in the default calendar's working day.
 */
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { validateDefinition } from '../../workflow/index.ts';
import type { CatalogDeps } from '../catalog.deps.ts';
import { authorize } from '../catalog.policy.ts';
import { findProcedureByCode, findVersion, markVersionPublished } from '../catalog.repo.ts';
import { versionLimits } from '../version-limits.ts';

export interface PublishVersionInput {
  code: string;
  version: number;
}

export type PublishVersionDeps = Pick<CatalogDeps, 'workflows' | 'procedures' | 'calendars'>;

export async function publishProcedureVersion(ctx: Ctx, deps: PublishVersionDeps, input: PublishVersionInput): Promise<{ versionId: string }> {
  const { code, version } = input;
  authorize(ctx.actor, 'procedure.edit', code);
  const procedure = await findProcedureByCode(ctx.tx, code);
  if (!procedure) throw new NotFoundError('procedure.notFound', { code });
  const row = await findVersion(ctx.tx, procedure.id, version);
  if (!row) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  if (row.status !== 'DRAFT') throw new ConflictError('procedure.versionNotDraft', { version });
  const workflow = await deps.workflows.get(ctx.tx, row.workflowId);
  if (!workflow || workflow.status !== 'PUBLISHED') {
    throw new UnprocessableError('workflow.invalid', [{ path: ['workflow'], key: 'workflow.notFound', params: { key: row.workflowId, version: '?' } }]);
  }
  const issues = validateDefinition(workflow.definition, versionLimits(row, await deps.calendars.workingDayMinutes(ctx.tx)));
  if (issues.length > 0) throw new UnprocessableError('workflow.invalid', issues);
  await markVersionPublished(ctx.tx, procedure.id, row.id, row.onlineLevel, ctx.actor.id, ctx.now);
  await ctx.audit([{ action: 'procedure.version.publish', entityType: 'procedure_version', entityId: row.id, payload: { code, version } }]);
  ctx.afterCommit(() => deps.procedures.forget(code));
  return { versionId: row.id };
}
