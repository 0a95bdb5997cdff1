/**
 * The facts a guard needs, loaded only for the guards the action has: an
 * action with no guards costs no extra query. The records come bound to the
 * command's transaction, or to the read's executor for the allowed actions.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { Guard, GuardContext } from '../../workflow/index.ts';
import type { ActionInput } from '../action-inputs.ts';
import type { DossierRow } from '../dossier.rows.ts';
import type { DossierRecords } from '../effects/index.ts';

export type GuardRecords = Pick<DossierRecords, 'actions' | 'components' | 'countMissingRequired' | 'consultations' | 'tasks' | 'countSupplements' | 'results'>;

export async function buildGuardContext(
  records: GuardRecords,
  dossier: DossierRow,
  actor: Actor,
  now: Date,
  calendar: WorkingCalendar,
  input: ActionInput,
  guards: Guard[],
  paymentTiming: string,
): Promise<GuardContext> {
  const needs = new Set(guards.map((g) => g.kind));
  const actorsByAction = new Map<string, Set<string>>();
  if (needs.has('notSameActorAs')) {
    for (const a of await records.actions()) {
      if (!a.actionId) continue;
      const set = actorsByAction.get(a.actionId) ?? new Set<string>();
      set.add(a.actorId);
      actorsByAction.set(a.actionId, set);
    }
  }
  let missing = 0;
  if (needs.has('requiredComponentsProvided')) {
    const provided = 'componentsProvided' in input ? new Set(input.componentsProvided ?? []) : new Set<string>();
    missing =
      provided.size === 0
        ? await records.countMissingRequired()
        : (await records.components()).filter((c) => c.required && !c.provided && !provided.has(c.code)).length;
  }
  const count = async <T>(need: boolean, load: () => Promise<T[]>, keep: (x: T) => boolean): Promise<number> =>
    need ? (await load()).filter(keep).length : 0;
  return {
    actorId: actor.id,
    assigneeId: dossier.assigneeId,
    actorsByAction,
    paymentState: dossier.paymentState,
    paymentTiming,
    openConsultations: await count(needs.has('noOpenConsultations'), () => records.consultations(), (c) => c.answeredAt === null),
    openTasks: await count(needs.has('allTasksCompleted'), () => records.tasks(), (t) => t.status !== 'DONE'),
    extensionCount: dossier.extensionCount,
    processingSupplementRounds: needs.has('maxSupplementRounds') ? await records.countSupplements('PROCESSING') : 0,
    intakeSupplementRounds: needs.has('maxSupplementRounds') ? await records.countSupplements('INTAKE') : 0,
    missingRequiredComponents: missing,
    resultCount: await count(needs.has('hasResult'), () => records.results(), (r) => r.status !== 'CANCELLED'),
    now,
    today: vnLocalDate(now),
    lastDayBeforeDue: (days) => (dossier.currentDueAt ? calendar.extensionDeadline(dossier.currentDueAt, days) : null),
    withinWorkingDaysOfReceipt: (days) =>
      dossier.receivedAt !== null && now <= calendar.addWorkingTime(dossier.receivedAt, days, 'WORKING_DAY').dueAt,
  };
}
