/** What the catalogue module's commands need, handed in by the composition root. */
import type { AgencyDirectory } from '../agencies/index.ts';
import type { CalendarService } from '../calendar/index.ts';
import type { WorkflowStore } from '../workflow/index.ts';
import type { ProcedureStore } from './procedure-store.ts';

export interface CatalogDeps {
  /** Competent agencies are named by code and resolved in its current snapshot. */
  agencies: AgencyDirectory;
  /** Its pointer to a procedure's current version is dropped after a publication commits. */
  procedures: ProcedureStore;
  /** The workflow a version follows, read when the version is published. */
  workflows: WorkflowStore;
  /** The default calendar's working day, in which legal limits and step budgets are compared. */
  calendars: Pick<CalendarService, 'workingDayMinutes'>;
}
