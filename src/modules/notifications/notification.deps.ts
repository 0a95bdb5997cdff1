/** What the notifications module needs, handed in by the composition root (a subset of the documents deps). */
import type { Config } from '../../config.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AuditLog } from '../audit/index.ts';
import type { ProcedureStore } from '../catalog/index.ts';

export interface NotificationDeps {
  db: Db;
  clock: Clock;
  config: Config;
  procedures: ProcedureStore;
  /** The command runner's audit sink (the job writes through the command contract). */
  audit: AuditLog;
}
