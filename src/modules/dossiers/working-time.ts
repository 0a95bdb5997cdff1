/**
 * Working time as the agency's own calendar counts it: how much is left before
 * a due instant, and how long a step's budget runs. A working day is the
 * calendar's office hours (the sum of its intervals) — 7.5 hours for an agency
 * open 07:30–11:30 and 13:30–17:00, not a fixed 8 — so a budget in days and the
 * time used against it are measured on the same clock.
 */
import type { WorkingCalendar } from '../calendar/index.ts';
import type { Budget } from '../workflow/index.ts';

export const HOUR_MS = 3_600_000;

/** Working time from `now` to `due`: what is left while it is ahead, and by how much it is overdue (negative) once passed. */
export function workingTimeLeftMs(calendar: Pick<WorkingCalendar, 'elapsedWorkingMs'>, now: Date, due: Date): number {
  // Stryker disable next-line EqualityOperator: equivalent — at due = now both branches give 0.
  if (due > now) return calendar.elapsedWorkingMs(now, due);
  const overdue = calendar.elapsedWorkingMs(due, now);
  return overdue === 0 ? 0 : -overdue;
}

/** One working day of this calendar: the length of its office intervals. */
export function workingDayMs(calendar: Pick<WorkingCalendar, 'workingDayMs'>): number {
  return calendar.workingDayMs;
}

/** A step's budget as working time: hours as they are, days at the calendar's working day. */
export function budgetMs(calendar: Pick<WorkingCalendar, 'workingDayMs'>, budget: Budget): number {
  return budget.unit === 'WORKING_DAY' ? budget.amount * workingDayMs(calendar) : budget.amount * HOUR_MS;
}
