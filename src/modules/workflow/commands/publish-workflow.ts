/**
 * Publishing freezes a workflow version; it is refused while the validator
 * finds any problem. Budgets are counted in the default calendar's working day
 * and, when publishing for a procedure version, checked against its legal limit.
 */
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { validateDefinition, type ValidationOptions } from '../validate-definition.ts';
import type { WorkflowDeps } from '../workflow.deps.ts';
import { authorize } from '../workflow.policy.ts';
import { findWorkflow, markPublished, type WorkflowRow } from '../workflow.repo.ts';
import { WorkflowDefinition } from '../workflow.schemas.ts';

export interface PublishWorkflowInput extends Pick<ValidationOptions, 'legalLimitMinutes' | 'legalLimitText'> {
  key: string;
  version: number;
}

export async function publishWorkflow(ctx: Ctx, deps: WorkflowDeps, input: PublishWorkflowInput): Promise<WorkflowSummary> {
  const { key, version, ...legalLimit } = input;
  authorize(ctx.actor, 'workflow.edit', key);
  const row = await findWorkflow(ctx.tx, key, version);
  if (!row) throw new NotFoundError('workflow.notFound', { key, version });
  if (row.status !== 'DRAFT') throw new ConflictError('workflow.alreadyPublished', { key, version });
  const issues = validateDefinition(WorkflowDefinition.parse(row.definition), { ...legalLimit, workingDayMinutes: await deps.calendars.workingDayMinutes(ctx.tx) });
  if (issues.length > 0) throw new UnprocessableError('workflow.invalid', issues);
  await markPublished(ctx.tx, row.id, ctx.now);
  await ctx.audit([{ action: 'workflow.publish', entityType: 'workflow', entityId: row.id, payload: { key, version } }]);
  return { ...summaryOf(row), status: 'PUBLISHED', publishedAt: ctx.now };
}

export type WorkflowSummary = Omit<WorkflowRow, 'definition'>;

function summaryOf(row: WorkflowRow): WorkflowSummary {
  const { definition: _definition, ...summary } = row;
  return summary;
}
