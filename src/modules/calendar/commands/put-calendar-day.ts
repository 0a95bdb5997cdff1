/**
 * An administrator enters or changes one row of a calendar (a holiday, a
 * substitute day, a make-up Saturday, a closure). Due dates follow at once:
 * the cached calendars are dropped after commit.
 */
import type { CalendarDeps } from '../calendar.deps.ts';
import { authorize } from '../calendar.policy.ts';
import { dayView, type CalendarDayView } from '../calendar.presenter.ts';
import { upsertDay } from '../calendar.repo.ts';
import type { CalendarDayInput } from '../calendar.schemas.ts';
import { requireCalendar } from '../calendar-lookup.ts';
import type { Ctx } from '../../identity/index.ts';

export async function putCalendarDay(ctx: Ctx, deps: CalendarDeps, input: { calendarCode: string; date: string; day: CalendarDayInput }): Promise<CalendarDayView> {
  authorize(ctx.actor, 'calendar.edit', input.calendarCode);
  await requireCalendar(ctx.tx, input.calendarCode);
  const d = input.day;
  const row = { calendarCode: input.calendarCode, day: input.date, type: d.type, label: d.label, sourceDocument: d.sourceDocument, optional: d.optional ?? false, active: d.active ?? true, updatedAt: ctx.now };
  await upsertDay(ctx.tx, row);
  await ctx.audit([{ action: 'calendar.day.put', entityType: 'calendar', entityId: `${input.calendarCode}:${input.date}`, payload: d }]);
  ctx.afterCommit(() => deps.calendars.invalidate());
  return dayView(row);
}
