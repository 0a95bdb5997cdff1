/**
 * Who runs the service (ADR 0024). The job queue's dead letters are an administrator's concern (ADR
 * 0008). Health details hold counts, timings and pool use — no personal data, no dossier — and go
 * to operators, and to administrators, who already see the dead jobs themselves. Metrics go to
 * operators only: a Prometheus scraper holds its token in a configuration file on a monitoring host,
 * so that token must open nothing but figures (an API client with only an OPERATOR grant).
 * Deny by default.
 */
import { administers, definePolicy, type Actor } from '../identity/index.ts';

/** Holds OPERATOR somewhere: the role names no agency's data, so where it was granted does not matter. */
export function operates(actor: Actor): boolean {
  return (actor.scope.get('OPERATOR')?.size ?? 0) > 0;
}

export const authorize = definePolicy({
  'jobs.read': (actor, _status: string) => administers(actor, []),
  'job.retry': (actor, _jobId: string) => administers(actor, []),
  'health.details': (actor, _none: null) => operates(actor) || administers(actor, []),
  'metrics.read': (actor, _none: null) => operates(actor),
});
