/** A date outside the years the calendar knows is the caller's problem (422), not a crash. */
import { UnprocessableError } from '../../platform/errors.ts';

export function withinCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError) throw new UnprocessableError('calendar.outOfRange', [], { detail: err.message });
    throw err;
  }
}

/** The same for asynchronous work. */
export async function withinCalendarAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof RangeError) throw new UnprocessableError('calendar.outOfRange', [], { detail: err.message });
    throw err;
  }
}
