/** What the workflow module's commands need, handed in by the composition root. */
import type { CalendarService } from '../calendar/index.ts';

export interface WorkflowDeps {
  /** The default calendar's working day: budgets in working days are counted in its minutes. */
  calendars: Pick<CalendarService, 'workingDayMinutes'>;
}
