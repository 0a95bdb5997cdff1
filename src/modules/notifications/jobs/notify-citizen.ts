/** Subscribes to the events that concern the applicant and writes one inbox message each. */
import { z } from 'zod';
import { defineJob, type RegisteredJob } from '../../../platform/jobs/job-runner.ts';
import { writeNotification } from '../commands/write-notification.ts';
import type { NotificationDeps } from '../notification.deps.ts';
import { NOTIFIED_KINDS } from '../notification-kinds.ts';

const EventPayload = z.object({
  event: z.object({
    eventId: z.uuid(),
    type: z.string(),
    aggregateType: z.string(),
    aggregateId: z.uuid(),
    occurredAt: z.string(),
    payload: z.record(z.string(), z.unknown()),
  }),
});

export function notifyCitizenJob(deps: NotificationDeps): RegisteredJob {
  return defineJob({
    name: 'notifications.notify-citizen',
    subscribes: Object.keys(NOTIFIED_KINDS),
    payload: EventPayload,
    maxAttempts: 8,
    async run({ event }) {
      if (event.aggregateType !== 'dossier') return;
      await writeNotification(deps, event);
    },
  });
}
