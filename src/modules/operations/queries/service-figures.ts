/**
 * The service's own figures, for operators: the job queue (per handler and status, with ages), the
 * outbox backlog, and the database pool. Read at every call from the database with queries served
 * by partial indexes, so any number of processes report the same queue (ADR 0024).
 */
import type { Database } from '../../../platform/db/database.ts';
import { countJobsByStatus, outboxFigures, queueFigures, type QueueFigure } from '../../../platform/jobs/jobs.repo.ts';
import type { Actor } from '../../identity/index.ts';
import { authorize } from '../operations.policy.ts';

export interface HealthDetails {
  status: 'ok';
  database: Database['kind'];
  jobs: Record<string, number>;
  outboxBacklog: number;
  pool: { total: number; idle: number; waiting: number; max: number };
}

/** GET /api/v1/health: what the old public health answered, now for operators and administrators, plus the pool. */
export async function healthDetails(database: Database, actor: Actor): Promise<HealthDetails> {
  authorize(actor, 'health.details', null);
  const [jobs, outbox] = await Promise.all([countJobsByStatus(database.db), outboxFigures(database.db)]);
  return { status: 'ok', database: database.kind, jobs, outboxBacklog: outbox.pending, pool: database.poolStats() };
}

export interface ServiceFigures {
  queue: QueueFigure[];
  outbox: { pending: number; oldestOccurredAt: Date | null };
}

/** The figures behind /metrics. Throws when the database does not answer (the caller reports it as down). */
export async function serviceFigures(database: Database, actor: Actor): Promise<ServiceFigures> {
  authorize(actor, 'metrics.read', null);
  const [queue, outbox] = await Promise.all([queueFigures(database.db), outboxFigures(database.db)]);
  return { queue, outbox };
}

/** Job handlers that synchronise with outside systems: by naming convention (integrations.*, *sync*). */
export const isSyncHandler = (handler: string): boolean => handler.startsWith('integrations.') || /sync/i.test(handler);
/** Job handlers that notify citizens. */
export const isNotificationHandler = (handler: string): boolean => handler.startsWith('notifications.');
