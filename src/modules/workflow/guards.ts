/**
 * Evaluating typed guards against a dossier. The context is built by the
 * dossiers module; calendar questions arrive as precomputed values so this file
 * stays pure and needs no I/O.
 */
import type { FieldIssue } from '../../platform/errors.ts';
import type { Guard } from './workflow.schemas.ts';

export interface GuardContext {
  actorId: string;
  assigneeId: string | null;
  /** Who took each action (by action id) on the dossier so far. */
  actorsByAction: Map<string, Set<string>>;
  paymentState: string;
  /** The procedure version's payment timing: BEFORE_PROCESSING, BEFORE_RESULT or AT_RETURN. */
  paymentTiming: string;
  openConsultations: number;
  openTasks: number;
  extensionCount: number;
  processingSupplementRounds: number;
  intakeSupplementRounds: number;
  missingRequiredComponents: number;
  resultCount: number;
  now: Date;
  /** Last local date on which an action may still be taken `days` working days before the due date. */
  lastDayBeforeDue(days: number): string | null;
  /** Whether `now` is within `days` working days of receipt. */
  withinWorkingDaysOfReceipt(days: number): boolean;
  /** Local date of `now`, 'YYYY-MM-DD'. */
  today: string;
}

const stageOrder = { PROCESSING: 0, RESULT: 1, RETURN: 2 } as const;
const timingStage: Record<string, keyof typeof stageOrder> = { BEFORE_PROCESSING: 'PROCESSING', BEFORE_RESULT: 'RESULT', AT_RETURN: 'RETURN' };

/** Whether fees must be settled by this stage, given when the procedure says they are paid. */
function paymentRequiredBy(stage: keyof typeof stageOrder | undefined, timing: string): boolean {
  if (!stage) return true;
  return stageOrder[timingStage[timing] ?? 'RESULT'] <= stageOrder[stage];
}

/** Returns the guards that fail, each as an i18n reason. */
export function failingGuards(guards: Guard[], ctx: GuardContext): FieldIssue[] {
  const failed: FieldIssue[] = [];
  for (const g of guards) {
    const reason = check(g, ctx);
    if (reason) failed.push(reason);
  }
  return failed;
}

function check(g: Guard, ctx: GuardContext): FieldIssue | null {
  const fail = (params: Record<string, string | number> = {}): FieldIssue => ({
    path: ['guards', g.kind],
    key: `guard.${g.kind}`,
    params,
  });
  switch (g.kind) {
    case 'assignedToActor':
      return ctx.assigneeId === ctx.actorId ? null : fail();
    case 'notSameActorAs': {
      const clash = g.actions.filter((a) => ctx.actorsByAction.get(a)?.has(ctx.actorId));
      return clash.length === 0 ? null : fail({ actions: clash.join(', ') });
    }
    case 'paymentSettled': {
      const settled = ['NOT_REQUIRED', 'PAID', 'WAIVED'].includes(ctx.paymentState);
      return settled || !paymentRequiredBy(g.stage, ctx.paymentTiming) ? null : fail();
    }
    case 'paymentDue':
      return ['DUE', 'PENDING', 'FAILED', 'EXPIRED'].includes(ctx.paymentState) ? null : fail();
    case 'noOpenConsultations':
      return ctx.openConsultations === 0 ? null : fail();
    case 'allTasksCompleted':
      return ctx.openTasks === 0 ? null : fail();
    case 'maxExtensions':
      return ctx.extensionCount < g.max ? null : fail({ max: g.max });
    case 'beforeDueByWorkingDays': {
      const last = ctx.lastDayBeforeDue(g.days);
      return last !== null && ctx.today <= last ? null : fail({ deadline: last ?? '—' });
    }
    case 'maxSupplementRounds': {
      const rounds = g.stage === 'INTAKE' ? ctx.intakeSupplementRounds : ctx.processingSupplementRounds;
      return rounds < g.max ? null : fail({ max: g.max });
    }
    case 'withinWorkingDaysOfReceipt':
      return ctx.withinWorkingDaysOfReceipt(g.days) ? null : fail({ days: g.days });
    case 'requiredComponentsProvided':
      return ctx.missingRequiredComponents === 0 ? null : fail();
    case 'hasResult':
      return ctx.resultCount > 0 ? null : fail();
  }
}
