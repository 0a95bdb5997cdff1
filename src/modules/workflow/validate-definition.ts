/**
 * A definition is checked before it can be published: structure (ids, targets,
 * roles), the action-type table, reachability from the start, a way out of
 * every step (no dead ends), and step budgets against the legal time limit on
 * the longest path. Each problem is a field issue with a plain message.
 */
import type { FieldIssue } from '../../platform/errors.ts';
import { actionSpecs, movesFrom, processingStates, terminalStates } from './action-types.ts';
import type { Budget, WorkflowDefinition, WorkflowStep } from './workflow.schemas.ts';

export interface ValidationOptions {
  /** Minutes in one working day of the calendar (07:30–11:30 + 13:30–17:00 = 450). */
  workingDayMinutes: number;
  /** The procedure's legal limit in working minutes, when known. */
  legalLimitMinutes?: number;
  /** How the limit reads to people, e.g. "5 ngày làm việc". */
  legalLimitText?: string;
}

export function budgetMinutes(budget: Budget, workingDayMinutes: number): number {
  return budget.unit === 'WORKING_HOUR' ? budget.amount * 60 : budget.amount * workingDayMinutes;
}

function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return m === 0 ? `${h} giờ làm việc` : `${h} giờ ${m} phút làm việc`;
}

/** The steps an action of this step can lead to (its target, or every step it can return to). */
function successors(def: WorkflowDefinition, step: WorkflowStep, byId: Map<string, WorkflowStep>): string[] {
  const out = new Set<string>();
  for (const a of step.actions) {
    if (a.to && byId.has(a.to)) out.add(a.to);
    if (a.returnToOrigin) {
      // A waiting step returns to any step that can lead into it.
      for (const s of def.steps) if (s.actions.some((x) => x.to === step.id)) out.add(s.id);
    }
  }
  return [...out];
}

export function validateDefinition(def: WorkflowDefinition, opts: ValidationOptions): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byId = new Map<string, WorkflowStep>();
  def.steps.forEach((s, i) => {
    if (byId.has(s.id)) issues.push({ path: ['steps', i, 'id'], key: 'workflow.duplicateStep', params: { step: s.id } });
    byId.set(s.id, s);
  });

  const start = byId.get(def.start);
  if (!start) issues.push({ path: ['start'], key: 'workflow.unknownStep', params: { step: def.start } });
  else if (start.state !== 'SUBMITTED') issues.push({ path: ['start'], key: 'workflow.startState', params: { step: start.id } });

  def.steps.forEach((step, si) => {
    const base = ['steps', si];
    if (step.terminal) {
      if (!terminalStates.includes(step.state)) issues.push({ path: [...base, 'state'], key: 'workflow.terminalState', params: { step: step.id } });
      if (step.actions.length > 0) issues.push({ path: [...base, 'actions'], key: 'workflow.terminalHasActions', params: { step: step.id } });
      return;
    }
    if (terminalStates.includes(step.state)) issues.push({ path: [...base, 'terminal'], key: 'workflow.terminalState', params: { step: step.id } });
    if (step.role === null) issues.push({ path: [...base, 'role'], key: 'workflow.roleMissing', params: { step: step.id } });
    if (step.actions.length === 0) issues.push({ path: [...base, 'actions'], key: 'workflow.noActions', params: { step: step.id } });
    const seen = new Set<string>();
    step.actions.forEach((a, ai) => {
      const path = [...base, 'actions', ai];
      if (seen.has(a.id)) issues.push({ path: [...path, 'id'], key: 'workflow.duplicateAction', params: { step: step.id, action: a.id } });
      seen.add(a.id);
      const spec = actionSpecs[a.type];
      if (!spec.from.includes(step.state)) {
        issues.push({ path: [...path, 'type'], key: 'workflow.actionSource', params: { action: a.id, type: a.type, state: step.state } });
        return;
      }
      if (a.to && a.returnToOrigin) {
        issues.push({ path, key: 'workflow.returnAndTarget', params: { action: a.id } });
        return;
      }
      const moves = movesFrom(a.type, step.state);
      if (!moves) {
        if (a.to || a.returnToOrigin) issues.push({ path: [...path, 'to'], key: 'workflow.actionNoTarget', params: { action: a.id, type: a.type } });
        return;
      }
      if (a.returnToOrigin) {
        if (!spec.mayReturnToOrigin) issues.push({ path: [...path, 'returnToOrigin'], key: 'workflow.actionNeedsTarget', params: { action: a.id, type: a.type } });
        return;
      }
      if (!a.to) {
        issues.push({ path: [...path, 'to'], key: 'workflow.actionNeedsTarget', params: { action: a.id, type: a.type } });
        return;
      }
      const target = byId.get(a.to);
      if (!target) {
        issues.push({ path: [...path, 'to'], key: 'workflow.unknownStep', params: { step: a.to } });
        return;
      }
      if (!spec.to.includes(target.state)) {
        issues.push({
          path: [...path, 'to'],
          key: 'workflow.actionTarget',
          params: { action: a.id, type: a.type, expected: spec.to.join(' | '), actual: target.state },
        });
      }
    });
  });

  const actionIds = new Set(def.steps.flatMap((s) => s.actions.map((a) => a.id)));
  def.steps.forEach((s, si) =>
    s.actions.forEach((a, ai) =>
      a.guards.forEach((g, gi) => {
        if (g.kind !== 'notSameActorAs') return;
        for (const id of g.actions.filter((x) => !actionIds.has(x))) {
          issues.push({ path: ['steps', si, 'actions', ai, 'guards', gi], key: 'workflow.unknownAction', params: { action: id } });
        }
      }),
    ),
  );
  if (def.steps.some((s) => s.actions.some((a) => a.type === 'start_interagency')) && !def.interagency) {
    issues.push({ path: ['interagency'], key: 'workflow.interagencyPolicy' });
  }
  for (const state of ['RETURNED', 'WITHDRAWN'] as const) {
    if (!def.steps.some((s) => s.terminal && s.state === state)) issues.push({ path: ['steps'], key: 'workflow.missingTerminal', params: { state } });
  }
  if (issues.length > 0 || !start) return issues; // graph checks need a sound structure

  // Reachability from the start.
  const reachable = new Set<string>([start.id]);
  const queue = [start.id];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!)!;
    for (const next of successors(def, step, byId)) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  def.steps.forEach((s, i) => {
    if (!reachable.has(s.id)) issues.push({ path: ['steps', i], key: 'workflow.unreachableStep', params: { step: s.id } });
  });

  // No dead ends: every step can reach a terminal step.
  const canFinish = new Set(def.steps.filter((s) => s.terminal).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of def.steps) {
      if (canFinish.has(s.id)) continue;
      if (successors(def, s, byId).some((n) => canFinish.has(n))) {
        canFinish.add(s.id);
        grew = true;
      }
    }
  }
  def.steps.forEach((s, i) => {
    if (reachable.has(s.id) && !canFinish.has(s.id)) issues.push({ path: ['steps', i], key: 'workflow.deadEnd', params: { step: s.id } });
  });

  if (opts.legalLimitMinutes !== undefined) {
    const worst = longestBudgetPath(def, byId, opts.workingDayMinutes);
    if (worst.minutes > opts.legalLimitMinutes + 1e-6) {
      issues.push({
        path: ['steps'],
        key: 'workflow.budgetOverLimit',
        params: {
          total: formatMinutes(worst.minutes),
          limit: opts.legalLimitText ?? formatMinutes(opts.legalLimitMinutes),
          path: worst.path.join(' → '),
        },
      });
    }
  }
  return issues;
}

/**
 * The largest sum of processing-step budgets along any simple path from the
 * start (waiting steps and loops do not count: the clock pauses or restarts there).
 */
export function longestBudgetPath(
  def: WorkflowDefinition,
  byId: Map<string, WorkflowStep>,
  workingDayMinutes: number,
): { minutes: number; path: string[] } {
  let best = { minutes: 0, path: [def.start] };
  let budget = 200_000; // bounds the search on pathological graphs; real processes have a dozen steps
  const visit = (id: string, minutes: number, path: string[]): void => {
    if (budget-- <= 0) return;
    const step = byId.get(id)!;
    const own = processingStates.includes(step.state) && step.budget ? budgetMinutes(step.budget, workingDayMinutes) : 0;
    const total = minutes + own;
    const here = [...path, id];
    if (total > best.minutes) best = { minutes: total, path: here };
    for (const a of step.actions) {
      if (a.to && !path.includes(a.to) && a.to !== id) visit(a.to, total, here);
    }
  };
  visit(def.start, 0, []);
  return best;
}
