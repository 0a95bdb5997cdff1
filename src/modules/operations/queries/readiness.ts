/**
 * Is this process ready for traffic: the database answers, and every migration this code expects
 * is recorded as applied (a process started with newer code than the database — a deployment half
 * done — is not ready). Public, so it says yes or no and nothing else.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';

export type Readiness = 'ready' | 'database-unavailable' | 'migrations-pending';

export async function readiness(db: Executor, expectedMigrations: readonly string[]): Promise<Readiness> {
  try {
    const names = sql.join(expectedMigrations.map((n) => sql`${n}`), sql`, `);
    const result = await db.execute(sql`SELECT count(*)::int AS n FROM motcua_migrations WHERE name IN (${names})`);
    const [row] = (result as unknown as { rows: { n: number }[] }).rows;
    return Number(row?.n ?? 0) === expectedMigrations.length ? 'ready' : 'migrations-pending';
  } catch {
    // Any failure to answer is "not ready": the load balancer only needs to stop sending traffic here.
    return 'database-unavailable';
  }
}
