/** The operations module's public surface: the job queue's dead letters for administrators (health is a route only). */
export { retryDeadJob } from './commands/retry-dead-job.ts';
export { jobsByStatus, type JobView } from './queries/jobs-by-status.ts';
