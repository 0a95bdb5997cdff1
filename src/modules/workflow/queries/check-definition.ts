/** A definition checked without saving it (the editor's "check" and the API's dry run); administrators only, as for saving. */
import type { FieldIssue } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/index.ts';
import { validateDefinition, type ValidationOptions } from '../validate-definition.ts';
import { authorize } from '../workflow.policy.ts';
import type { WorkflowDefinition } from '../workflow.schemas.ts';

export function checkWorkflowDefinition(actor: Actor, definition: WorkflowDefinition, options: ValidationOptions): FieldIssue[] {
  authorize(actor, 'workflow.edit', definition.key);
  return validateDefinition(definition, options);
}
