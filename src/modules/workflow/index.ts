/** The workflow module's public surface. */
export { actionSpecs, endsProcessing, isOpenState, processingStates, terminalStates, waitingStates } from './action-types.ts';
export { failingGuards, type GuardContext } from './guards.ts';
export { getStep, planMove, rolesFor, type PlannedMove } from './transitions.ts';
export { budgetMinutes, validateDefinition, type ValidationOptions } from './validate-definition.ts';
export { buildTemplate, type TemplateLimit, type TemplateName } from './templates.ts';
export { WorkflowStore, type LoadedWorkflow } from './workflow-store.ts';
export { saveWorkflowDraft } from './commands/save-workflow-draft.ts';
export { publishWorkflow } from './commands/publish-workflow.ts';
export { findWorkflow, listWorkflows } from './workflow.repo.ts';
export * from './workflow.schemas.ts';
export { findWorkflowById, latestWorkflowVersion } from './workflow.repo.ts';
