/** What the calendar module's commands need, handed in by the composition root. */
import type { CalendarService } from './calendar-service.ts';

export interface CalendarDeps {
  /** Its cached calendars are dropped after a change commits, so due dates follow at once. */
  calendars: CalendarService;
}
