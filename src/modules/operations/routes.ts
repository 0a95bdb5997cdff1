/** Operations: health for load balancers and monitoring, and the job queue's dead letters for administrators. */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import type { Database } from '../../platform/db/database.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { authErrors, commandErrors, IdempotencyHeaders } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { countJobsByStatus, countPendingEvents } from '../../platform/jobs/jobs.repo.ts';
import { actorOf } from '../identity/index.ts';
import { retryDeadJob } from './commands/retry-dead-job.ts';
import { jobsByStatus } from './queries/jobs-by-status.ts';

export interface OperationsDeps {
  database: Database;
  clock: Clock;
  version: string;
  commands: CommandRunner;
}

const Job = z.object({ id: z.string(), handler: z.string(), status: z.string(), attempts: z.number(), maxAttempts: z.number(), lastError: z.string().nullable(), runAfter: z.string(), updatedAt: z.string() });

export function registerOperationsRoutes(app: App, deps: OperationsDeps): void {
  const db = deps.database.db;

  app.get('/api/v1/health', {
    schema: {
      tags: ['operations'],
      summary: 'Liveness and readiness',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string(), time: z.string(), jobs: z.record(z.string(), z.number()), outboxBacklog: z.number() }),
        503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgresql']), version: z.string(), time: z.string() }),
      },
    },
    handler: async (_request, reply) => {
      const time = deps.clock.now().toISOString();
      try {
        // The two counts are the readiness probe: they fail when the database does.
        const [jobs, outboxBacklog] = await Promise.all([countJobsByStatus(db), countPendingEvents(db)]);
        reply.header('cache-control', 'no-store');
        return { status: 'ok' as const, database: deps.database.kind, version: deps.version, time, jobs, outboxBacklog };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: deps.database.kind, version: deps.version, time });
      }
    },
  });

  app.get('/api/v1/admin/jobs', {
    schema: {
      tags: ['administration'],
      summary: 'Jobs by status — `dead` is the dead-letter view (failed after all retries)',
      security: [{ bearer: [] }],
      querystring: z.strictObject({ status: z.enum(['queued', 'running', 'done', 'dead']).default('dead'), limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: { 200: z.object({ items: z.array(Job) }), ...authErrors },
    },
    handler: async (request) => ({ items: await jobsByStatus(db, actorOf(request), request.query) }),
  });

  app.post('/api/v1/admin/jobs/:id/retry', {
    schema: {
      tags: ['administration'],
      summary: 'Give a dead job three more attempts',
      security: [{ bearer: [] }],
      headers: IdempotencyHeaders,
      params: z.strictObject({ id: z.string().min(1).max(300) }),
      response: { 200: z.object({ id: z.string(), status: z.literal('queued') }), ...commandErrors },
    },
    handler: async (request, reply) =>
      respond(deps.commands, db, request, reply, actorOf(request), async (ctx) => ({ status: 200, body: await retryDeadJob(ctx, { jobId: request.params.id }) })),
  });
}
