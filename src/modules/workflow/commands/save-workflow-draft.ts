/** Stores a new draft version of a workflow; the definition is parsed (shape) now and validated (meaning) at publication. */
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../workflow.policy.ts';
import { findWorkflow, insertWorkflow } from '../workflow.repo.ts';
import { WorkflowDefinition, type WorkflowDefinitionInput } from '../workflow.schemas.ts';

export async function saveWorkflowDraft(ctx: Ctx, input: { definition: WorkflowDefinitionInput }): Promise<{ id: string; definition: WorkflowDefinition }> {
  const definition = WorkflowDefinition.parse(input.definition);
  authorize(ctx.actor, 'workflow.edit', definition.key);
  if (await findWorkflow(ctx.tx, definition.key, definition.version)) {
    throw new ConflictError('workflow.alreadyPublished', { key: definition.key, version: definition.version });
  }
  const id = newId();
  await insertWorkflow(ctx.tx, { id, key: definition.key, version: definition.version, status: 'DRAFT', name: definition.name, definition });
  await ctx.audit([{ action: 'workflow.draft', entityType: 'workflow', entityId: id, payload: { key: definition.key, version: definition.version } }]);
  return { id, definition };
}
