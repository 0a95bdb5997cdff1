/** A change names its calendar by code: one that does not exist is a 404 naming it. */
import type { Executor } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { calendarExists } from './calendar.repo.ts';

export async function requireCalendar(db: Executor, code: string): Promise<void> {
  if (!(await calendarExists(db, code))) throw new NotFoundError('calendar.notFound', { calendar: code });
}
