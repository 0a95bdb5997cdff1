/** An administrator switches an entered row on or off (e.g. the optional 24/11 holiday); cached calendars drop after commit. */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import type { CalendarDeps } from '../calendar.deps.ts';
import { authorize } from '../calendar.policy.ts';
import { dayView, type CalendarDayView } from '../calendar.presenter.ts';
import { setDayActive } from '../calendar.repo.ts';
import { requireCalendar } from '../calendar-lookup.ts';

export async function switchCalendarDay(ctx: Ctx, deps: CalendarDeps, input: { calendarCode: string; date: string; active: boolean }): Promise<CalendarDayView> {
  authorize(ctx.actor, 'calendar.edit', input.calendarCode);
  await requireCalendar(ctx.tx, input.calendarCode);
  const [row] = await setDayActive(ctx.tx, input.calendarCode, input.date, input.active, ctx.now);
  if (!row) throw new NotFoundError('calendar.dayNotFound', { calendar: input.calendarCode, date: input.date });
  await ctx.audit([{ action: 'calendar.day.switch', entityType: 'calendar', entityId: `${input.calendarCode}:${input.date}`, payload: { active: input.active } }]);
  ctx.afterCommit(() => deps.calendars.invalidate());
  return dayView(row);
}
