/** The workflow module's public surface. */
import './workflow.messages.ts'; // registers the module's message texts before anything renders them
export { actionSpecs, endsProcessing, isOpenState, processingStates, terminalStates, waitingStates } from './action-types.ts';
export { failingGuards, type GuardContext } from './guards.ts';
export { getStep, planMove, rolesFor, type PlannedMove } from './transitions.ts';
export { budgetMinutes, validateDefinition, type ValidationOptions } from './validate-definition.ts';
export { buildTemplate, type TemplateLimit, type TemplateName } from './templates.ts';
export { WorkflowStore, type LoadedWorkflow } from './workflow-store.ts';
export type { WorkflowDeps } from './workflow.deps.ts';
export * from './workflow.schemas.ts';
// Commands
export { saveWorkflowDraft } from './commands/save-workflow-draft.ts';
export { publishWorkflow, type PublishWorkflowInput, type WorkflowSummary } from './commands/publish-workflow.ts';
// Queries
export { findWorkflow, findWorkflowById, latestWorkflowVersion, listWorkflows, type WorkflowRow } from './queries/find-workflow.ts';
export { checkWorkflowDefinition } from './queries/check-definition.ts';
