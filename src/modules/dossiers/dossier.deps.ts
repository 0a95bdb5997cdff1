/** What the dossiers module needs from the rest of the system, handed in by the composition root. */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AgencyDirectory } from '../agencies/index.ts';
import type { AuditLog } from '../audit/index.ts';
import type { CalendarService } from '../calendar/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';
import type { WorkflowStore } from '../workflow/index.ts';

export interface DossierDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'deadlines' | 'dossierCodeFormat' | 'onlineCodeAt' | 'resultCodeStyle' | 'refusalSyncStatus'>;
  agencies: AgencyDirectory;
  procedures: ProcedureStore;
  workflows: WorkflowStore;
  calendars: CalendarService;
  audit: AuditLog;
}
