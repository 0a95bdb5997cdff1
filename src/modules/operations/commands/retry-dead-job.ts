/** Gives a dead job three more attempts (the worker is woken once the change commits). */
import { NotFoundError } from '../../../platform/errors.ts';
import { reviveDeadJob } from '../../../platform/jobs/jobs.repo.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../operations.policy.ts';

export async function retryDeadJob(ctx: Ctx, input: { jobId: string }): Promise<{ id: string; status: 'queued' }> {
  authorize(ctx.actor, 'job.retry', input.jobId);
  if (!(await reviveDeadJob(ctx.tx, input.jobId, ctx.now))) throw new NotFoundError();
  await ctx.audit([{ action: 'job.retry', entityType: 'job', entityId: input.jobId }]);
  return { id: input.jobId, status: 'queued' };
}
