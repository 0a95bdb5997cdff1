/** After a dossier's results are recorded (or a replacement is made), sign them as e-results. */
import { z } from 'zod';
import { defineJob, type RegisteredJob } from '../../../platform/jobs/job-runner.ts';
import { signPendingResults } from '../commands/sign-pending-results.ts';
import type { SigningDeps } from '../signing.deps.ts';

const EventPayload = z.object({ event: z.object({ aggregateId: z.uuid() }) });

export function signResultsJob(deps: SigningDeps): RegisteredJob {
  return defineJob({
    name: 'signing.sign-results',
    subscribes: ['dossier.result_ready', 'result.replacement_created'],
    payload: EventPayload,
    maxAttempts: 8,
    async run(payload, { logger }) {
      const signed = await signPendingResults(deps, payload.event.aggregateId);
      if (signed > 0) logger.info({ dossierId: payload.event.aggregateId, signed }, 'e-results signed');
    },
  });
}
