/**
 * Deadline arithmetic for dossiers, on top of the pure engine: the legal due
 * date at receipt, the 8-working-hour intake clock, step budgets, warning
 * thresholds, and the recalculations after a supplement or an extension.
 */
import { engineUnit, type LoadedVersion } from '../catalog/index.ts';
import type { DeadlineOptions, ExplanationStep, WorkingCalendar } from '../calendar/index.ts';
import type { Budget } from '../workflow/index.ts';
import type { DueExplanationStep } from './dossier.schemas.ts';

/** Decree 45/2020: an online dossier is accepted or answered within 8 working hours of submission. */
export const INTAKE_WORKING_HOURS = 8;

export function legalDue(calendar: WorkingCalendar, version: LoadedVersion['version'], from: Date, opts: DeadlineOptions) {
  return calendar.addWorkingTime(from, version.durationAmount, engineUnit(version.durationUnit), {
    ...opts,
    cutoff: version.cutoffTime,
  });
}

export function intakeDue(calendar: WorkingCalendar, submittedAt: Date): Date {
  return calendar.addWorkingTime(submittedAt, INTAKE_WORKING_HOURS, 'WORKING_HOUR').dueAt;
}

export function stepDue(calendar: WorkingCalendar, start: Date, budget: Budget | undefined): Date | null {
  if (!budget) return null;
  return calendar.addWorkingTime(start, budget.amount, budget.unit).dueAt;
}

/** Instants at which the given fractions of the working time between start and due have passed. */
export function warningInstants(calendar: WorkingCalendar, start: Date, due: Date, fractions: number[]): Date[] {
  const total = calendar.elapsedWorkingMs(start, due);
  return fractions.map((f) => calendar.addWorkingTime(start, (total * f) / 3_600_000, 'WORKING_HOUR').dueAt);
}

export function storedExplanation(steps: ExplanationStep[]): DueExplanationStep[] {
  return steps.map((s) => ({
    kind: s.kind,
    text: s.text,
    textEn: s.textEn,
    ...(s.date ? { date: s.date } : {}),
    ...(s.at ? { at: s.at } : {}),
  }));
}
