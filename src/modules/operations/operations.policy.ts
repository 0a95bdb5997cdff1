/** The job queue is an administrator's concern: listing jobs and retrying a dead one need ADMIN somewhere. Deny by default. */
import { administers, definePolicy } from '../identity/index.ts';

export const authorize = definePolicy({
  'jobs.read': (actor, _status: string) => administers(actor, []),
  'job.retry': (actor, _jobId: string) => administers(actor, []),
});
