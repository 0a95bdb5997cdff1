/** An administrator records that a year's notice has been entered: its rows become the whole truth for that year. */
import type { Ctx } from '../../identity/index.ts';
import type { CalendarDeps } from '../calendar.deps.ts';
import { authorize } from '../calendar.policy.ts';
import { upsertYear } from '../calendar.repo.ts';
import type { CalendarYearInput } from '../calendar.schemas.ts';
import { requireCalendar } from '../calendar-lookup.ts';

export async function putCalendarYear(ctx: Ctx, deps: CalendarDeps, input: { calendarCode: string; year: number; notice: CalendarYearInput }): Promise<void> {
  authorize(ctx.actor, 'calendar.edit', input.calendarCode);
  await requireCalendar(ctx.tx, input.calendarCode);
  await upsertYear(ctx.tx, { calendarCode: input.calendarCode, year: input.year, status: input.notice.status, sourceDocument: input.notice.sourceDocument });
  await ctx.audit([{ action: 'calendar.year.put', entityType: 'calendar', entityId: `${input.calendarCode}:${input.year}`, payload: input.notice }]);
  ctx.afterCommit(() => deps.calendars.invalidate());
}
