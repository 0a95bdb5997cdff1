/** Publishing freezes a workflow version; it is refused while the validator finds any problem. */
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import { validateDefinition, type ValidationOptions } from '../validate-definition.ts';
import { findWorkflow, markPublished } from '../workflow.repo.ts';
import { WorkflowDefinition } from '../workflow.schemas.ts';

export async function publishWorkflow(
  tx: Executor,
  key: string,
  version: number,
  opts: ValidationOptions,
  at: Date,
): Promise<{ id: string }> {
  const row = await findWorkflow(tx, key, version);
  if (!row) throw new NotFoundError('workflow.notFound', { key, version });
  if (row.status !== 'DRAFT') throw new ConflictError('workflow.alreadyPublished', { key, version });
  const issues = validateDefinition(WorkflowDefinition.parse(row.definition), opts);
  if (issues.length > 0) throw new UnprocessableError('workflow.invalid', issues);
  await markPublished(tx, row.id, at);
  return { id: row.id };
}
