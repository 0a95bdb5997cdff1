/** The demo working calendar (seed/demo-calendar.ts): the national calendar, its office hours and the 2025–2027 rows. */
import type { Ctx } from '../../identity/index.ts';
import { DEFAULT_CALENDAR } from '../calendar-service.ts';
import { authorize } from '../calendar.policy.ts';
import { insertCalendar, upsertDay, upsertYear } from '../calendar.repo.ts';
import { defaultWorkingHours, demoCalendarYears } from '../seed/demo-calendar.ts';

export async function seedDemoCalendar(ctx: Ctx): Promise<void> {
  authorize(ctx.actor, 'calendar.seed', null);
  await insertCalendar(ctx.tx, { code: DEFAULT_CALENDAR, name: 'Lịch làm việc cơ quan hành chính tỉnh Gia Lai', workingHours: defaultWorkingHours, cutoffTime: '15:00' });
  for (const y of demoCalendarYears) {
    await upsertYear(ctx.tx, { calendarCode: DEFAULT_CALENDAR, year: y.year, status: y.status, sourceDocument: y.source });
    for (const d of y.days) {
      await upsertDay(ctx.tx, { calendarCode: DEFAULT_CALENDAR, day: d.date, type: d.type, label: d.label, sourceDocument: d.source ?? y.source, optional: d.optional ?? false, active: d.active ?? true });
    }
  }
}
