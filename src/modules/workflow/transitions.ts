/**
 * Which actions a definition offers at a step, and where each leads. Whether a
 * particular actor may take them (role, scope, guards) is decided by the
 * dossiers module with `failingGuards`; this file only reads the definition.
 */
import { ConflictError } from '../../platform/errors.ts';
import type { ActorRole, WorkflowAction, WorkflowDefinition, WorkflowStep } from './workflow.schemas.ts';

export function getStep(def: WorkflowDefinition, id: string): WorkflowStep {
  const step = def.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Workflow ${def.key}@${def.version} has no step "${id}"`);
  return step;
}

export function rolesFor(step: WorkflowStep, action: WorkflowAction): ActorRole[] {
  return action.roles ?? (step.role ? [step.role] : []);
}

export interface PlannedMove {
  action: WorkflowAction;
  from: WorkflowStep;
  /** The step after the action; the same step when the action does not move. */
  to: WorkflowStep;
}

/** Resolves an action at the current step, or refuses with the actions that are possible there (409). */
export function planMove(
  def: WorkflowDefinition,
  currentStepId: string,
  originStepId: string | null,
  requested: { actionId?: string | undefined; type: string },
): PlannedMove {
  const from = getStep(def, currentStepId);
  const matches = from.actions.filter(
    (a) => (requested.actionId ? a.id === requested.actionId : true) && a.type === requested.type,
  );
  const action = matches[0];
  if (!action || (!requested.actionId && matches.length > 1 && new Set(matches.map((m) => m.to)).size > 1)) {
    throw new ConflictError(
      'dossier.illegalAction',
      {
        action: requested.actionId ?? requested.type,
        step: from.name,
        allowed: from.actions.map((a) => a.id).join(', ') || '—',
      },
      { allowedActions: from.actions.map((a) => ({ id: a.id, type: a.type, to: a.to ?? null })) },
    );
  }
  let to = from;
  if (action.to) to = getStep(def, action.to);
  else if (action.returnToOrigin) to = getStep(def, originStepId ?? def.start);
  return { action, from, to };
}
