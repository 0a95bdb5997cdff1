/**
 * Once a day (one job per slot across all workers, job-runner.ts), anchor the
 * audit chain heads. A failed delivery to the external party fails the job, so
 * it is retried with back-off and, after its attempts, shows among dead jobs.
 */
import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/job-runner.ts';
import { AnchorNotDeliveredError, anchorAuditHeads, type AnchorWriterDeps } from '../anchor-audit-heads.ts';

export const ANCHOR_EVERY_MS = 24 * 3_600_000;

export function auditAnchorJob(deps: Omit<AnchorWriterDeps, 'db'>) {
  return defineJob({
    name: 'audit.anchor-heads',
    payload: z.object({}),
    everyMs: ANCHOR_EVERY_MS,
    maxAttempts: 8,
    async run(_payload, { db, clock, jobId, logger }) {
      // The job id names the day's slot, so every retry of it anchors the same slot.
      const outcome = await anchorAuditHeads({ ...deps, db }, { slot: jobId, at: clock.now() });
      logger.info({ slot: outcome.slot, sha256: outcome.sha256, publication: outcome.publication }, 'audit heads anchored');
      if (outcome.publication && !outcome.publication.delivered) {
        throw new AnchorNotDeliveredError(`anchor ${outcome.sha256} not accepted by ${outcome.publication.target} (status ${outcome.publication.status})`);
      }
    },
  });
}
