/** Stores a new draft version of a workflow; the definition is parsed (shape) now and validated (meaning) at publication. */
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findWorkflow, insertWorkflow } from '../workflow.repo.ts';
import { WorkflowDefinition, type WorkflowDefinitionInput } from '../workflow.schemas.ts';

export async function saveWorkflowDraft(tx: Executor, input: WorkflowDefinitionInput): Promise<{ id: string; definition: WorkflowDefinition }> {
  const definition = WorkflowDefinition.parse(input);
  if (await findWorkflow(tx, definition.key, definition.version)) {
    throw new ConflictError('workflow.alreadyPublished', { key: definition.key, version: definition.version });
  }
  const id = newId();
  await insertWorkflow(tx, { id, key: definition.key, version: definition.version, status: 'DRAFT', name: definition.name, definition });
  return { id, definition };
}
