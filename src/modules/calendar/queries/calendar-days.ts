/** The entered rows of a calendar between two dates, switched-off ones included. */
import type { Executor } from '../../../platform/db/database.ts';
import { dayView, type CalendarDayView } from '../calendar.presenter.ts';
import { listDays } from '../calendar.repo.ts';

export async function listCalendarDays(db: Executor, calendarCode: string, from: string, to: string): Promise<CalendarDayView[]> {
  return (await listDays(db, calendarCode, from, to)).map(dayView);
}
