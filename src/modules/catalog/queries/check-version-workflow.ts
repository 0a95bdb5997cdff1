/**
 * The workflow editor's "check": a definition weighed as publication of this
 * version would weigh it (the working day and the version's legal limit),
 * without saving anything. Administrators only, as for saving.
 */
import type { FieldIssue } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/index.ts';
import { checkWorkflowDefinition, type WorkflowDefinition } from '../../workflow/index.ts';
import type { VersionRow } from '../catalog.repo.ts';
import { versionLimits } from '../version-limits.ts';

export function checkVersionWorkflow(actor: Actor, row: Pick<VersionRow, 'durationAmount' | 'durationUnit'>, definition: WorkflowDefinition, workingDayMinutes: number): FieldIssue[] {
  return checkWorkflowDefinition(actor, definition, versionLimits(row, workingDayMinutes));
}
