/** How many dossiers each procedure received since a date: the portal's "most used procedures". */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';

export async function procedureUsage(db: Executor, since: Date, limit: number): Promise<{ procedureCode: string; count: number }[]> {
  const result = await db.execute(sql`SELECT procedure_code AS "procedureCode", count(*)::int AS count FROM dossiers
    WHERE submitted_at >= ${since.toISOString()}::timestamptz GROUP BY procedure_code ORDER BY count(*) DESC, procedure_code LIMIT ${limit}`);
  return (result as unknown as { rows: { procedureCode: string; count: number }[] }).rows;
}
