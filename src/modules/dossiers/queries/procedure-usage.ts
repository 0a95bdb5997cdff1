/** How many dossiers each procedure received since a date: the portal's "most used procedures". */
import type { Executor } from '../../../platform/db/database.ts';
import { procedureUsage as usageRows } from '../procedure-usage.repo.ts';

export function procedureUsage(db: Executor, since: Date, limit: number): Promise<{ procedureCode: string; count: number }[]> {
  return usageRows(db, since, limit);
}
