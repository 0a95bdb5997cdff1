/** Jobs by status for administrators — `dead` is the dead-letter view (failed after all retries). */
import type { Executor } from '../../../platform/db/database.ts';
import { listJobs } from '../../../platform/jobs/jobs.repo.ts';
import type { Actor } from '../../identity/index.ts';
import { authorize } from '../operations.policy.ts';

export interface JobView {
  id: string;
  handler: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAfter: string;
  updatedAt: string;
}

export async function jobsByStatus(db: Executor, actor: Actor, query: { status: 'queued' | 'running' | 'done' | 'dead'; limit: number }): Promise<JobView[]> {
  authorize(actor, 'jobs.read', query.status);
  const rows = await listJobs(db, query.status, query.limit);
  return rows.map((r) => ({ id: r.id, handler: r.handler, status: r.status, attempts: r.attempts, maxAttempts: r.maxAttempts, lastError: r.lastError, runAfter: r.runAfter.toISOString(), updatedAt: r.updatedAt.toISOString() }));
}
