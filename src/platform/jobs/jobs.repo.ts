/** All SQL of the job queue and the outbox relay. */
import { and, asc, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { jobs, outboxEvents } from './jobs.tables.ts';

export type JobRow = typeof jobs.$inferSelect;
export type NewJobRow = typeof jobs.$inferInsert;
export type OutboxRow = typeof outboxEvents.$inferSelect;

/** Locks a batch of committed, unrelayed events; concurrent relays skip each other's rows. */
export async function lockPendingEvents(tx: Executor, limit: number): Promise<OutboxRow[]> {
  return tx
    .select()
    .from(outboxEvents)
    .where(isNull(outboxEvents.relayedAt))
    .orderBy(asc(outboxEvents.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markRelayed(tx: Executor, ids: number[], at: Date): Promise<void> {
  if (ids.length > 0) await tx.update(outboxEvents).set({ relayedAt: at }).where(inArray(outboxEvents.id, ids));
}

export async function insertJobs(tx: Executor, rows: NewJobRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(jobs).values(rows).onConflictDoNothing().returning({ id: jobs.id });
  return inserted.length;
}

/** Jobs whose worker died (lock expired) go back to the queue. */
export async function requeueExpired(db: Executor, now: Date): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ status: 'queued', lockedUntil: null, updatedAt: now })
    .where(and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now)))
    .returning({ id: jobs.id });
  return rows.length;
}

export async function claimJobs(db: Executor, now: Date, lockMs: number, limit: number): Promise<JobRow[]> {
  const ready = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'queued'), lte(jobs.runAfter, now)))
    .orderBy(asc(jobs.runAfter))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedUntil: new Date(now.getTime() + lockMs),
      updatedAt: now,
    })
    .where(inArray(jobs.id, ready))
    .returning();
}

export async function finishJob(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'done', lockedUntil: null, lastError: null, updatedAt: now, finishedAt: now })
    .where(eq(jobs.id, id));
}

export async function failJob(
  db: Executor,
  id: string,
  now: Date,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { status: 'queued', runAfter: retryAt, lockedUntil: null, lastError: error, updatedAt: now }
        : { status: 'dead', lockedUntil: null, lastError: error, updatedAt: now, finishedAt: now },
    )
    .where(eq(jobs.id, id));
}

export async function listJobs(db: Executor, status: JobRow['status'], limit: number): Promise<JobRow[]> {
  return db.select().from(jobs).where(eq(jobs.status, status)).orderBy(desc(jobs.updatedAt)).limit(limit);
}

export async function getJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** A dead job given another chance by an administrator keeps its history of attempts. */
export async function reviveDeadJob(db: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ status: 'queued', runAfter: now, maxAttempts: sql`${jobs.attempts} + 3`, updatedAt: now, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function countJobsByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: jobs.status, n: sql<number>`count(*)::int` })
    .from(jobs)
    .groupBy(jobs.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function countPendingEvents(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxEvents)
    .where(isNull(outboxEvents.relayedAt));
  return row?.n ?? 0;
}

/** One handler's jobs in one unfinished status: how many, how many of the queued ones are retries, and the oldest's creation. */
export interface QueueFigure {
  handler: string;
  status: 'queued' | 'running' | 'dead';
  count: number;
  retrying: number;
  oldestCreatedAt: Date | null;
}

/**
 * The queue as monitoring sees it, read at every scrape: each unfinished status is its own SELECT so
 * each is served by that status's partial index (jobs_ready_idx, jobs_running_idx, jobs_dead_idx);
 * finished jobs, which pile up for ever, are never read.
 */
export async function queueFigures(db: Executor): Promise<QueueFigure[]> {
  const part = (status: QueueFigure['status']) => sql`
    SELECT handler, ${status}::text AS status, count(*)::int AS n,
           count(*) FILTER (WHERE attempts > 0)::int AS retrying, min(created_at) AS oldest
      FROM jobs WHERE status = ${status} GROUP BY handler`;
  const result = await db.execute(sql`${part('queued')} UNION ALL ${part('running')} UNION ALL ${part('dead')}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { handler: string; status: QueueFigure['status']; n: number; retrying: number; oldest: string | Date | null }[];
  return rows.map((r) => ({ handler: r.handler, status: r.status, count: Number(r.n), retrying: Number(r.retrying), oldestCreatedAt: r.oldest === null ? null : new Date(r.oldest) }));
}

/** Events committed but not yet turned into jobs, and when the oldest of them happened (outbox_events_pending_idx). */
export async function outboxFigures(db: Executor): Promise<{ pending: number; oldestOccurredAt: Date | null }> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, oldest: sql<string | Date | null>`min(${outboxEvents.occurredAt})` })
    .from(outboxEvents)
    .where(isNull(outboxEvents.relayedAt));
  return { pending: Number(row?.n ?? 0), oldestOccurredAt: row?.oldest ? new Date(row.oldest) : null };
}
