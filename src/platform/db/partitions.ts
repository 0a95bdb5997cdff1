/**
 * Monthly partitions of the history tables (migration 0017, ADR 0026): the
 * daily job that makes the next months' partitions before rows need them.
 * The SQL work is in the database function motcua_ensure_month_partitions, so
 * the migration and this job share one definition of "a month's partition"
 * and it works the same on PGlite and PostgreSQL. Idempotent: a month that
 * exists is left alone, so any number of workers may run it.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../jobs/job-runner.ts';
import type { Db } from './database.ts';

/** The tables partitioned by month, each by its own timestamp column (the key is read from the catalogue). */
export const monthlyPartitionedTables = ['dossier_actions', 'audit_log'] as const;

/** How many months after the current one always have a partition waiting. */
export const PARTITION_MONTHS_AHEAD = 3;

export interface PartitionOutcome {
  table: string;
  partition: string;
  /** `blocked`: rows of that month already sit in the default partition, so the month is not split off (see docs/operations.md). */
  outcome: 'created' | 'exists' | 'blocked';
}

/** The first day of `now`'s month in UTC, the month boundaries the partitions use. */
function monthStart(now: Date): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

export async function ensureMonthPartitions(db: Db, now: Date, monthsAhead = PARTITION_MONTHS_AHEAD): Promise<PartitionOutcome[]> {
  const out: PartitionOutcome[] = [];
  for (const table of monthlyPartitionedTables) {
    // One short transaction per table: creating a partition locks its parent, so do not queue
    // behind a long transaction for ever — give up after a few seconds and try on the next run.
    const rows = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL lock_timeout = '5s'`);
      const result = await tx.execute(
        sql`SELECT partition_name, outcome FROM motcua_ensure_month_partitions(${table}::regclass, ${monthStart(now)}::timestamp, ${monthsAhead}::int)`,
      );
      return (result as unknown as { rows: { partition_name: string; outcome: PartitionOutcome['outcome'] }[] }).rows;
    });
    for (const r of rows) out.push({ table, partition: r.partition_name, outcome: r.outcome });
  }
  return out;
}

export const partitionMaintenance = defineJob({
  name: 'db.partition-maintenance',
  payload: z.object({}),
  everyMs: 24 * 60 * 60_000,
  async run(_payload, { db, clock, logger }) {
    const outcomes = await ensureMonthPartitions(db, clock.now());
    const created = outcomes.filter((o) => o.outcome === 'created').map((o) => o.partition);
    const blocked = outcomes.filter((o) => o.outcome === 'blocked').map((o) => o.partition);
    if (created.length > 0) logger.info({ created }, 'monthly partitions created');
    // Rows already in the default partition for a month: nothing is lost, but that month is not
    // pruned until an operator splits it off by hand (docs/operations.md, Scaling out).
    if (blocked.length > 0) logger.warn({ blocked }, 'monthly partitions not created: their rows are in the default partition');
  },
});
