/**
 * Operations: probes for load balancers and orchestrators (live, ready — public, no internals), the
 * service's details and Prometheus metrics for operators (ADR 0024), and the job queue's dead
 * letters for administrators.
 */
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import type { CommandRunner } from '../../platform/commands/command-runner.ts';
import { isDatabaseUnavailable, type Database } from '../../platform/db/database.ts';
import { readMigrations } from '../../platform/db/migrator.ts';
import { respond } from '../../platform/http/idempotent-command.ts';
import { authErrors, commandErrors, IdempotencyHeaders } from '../../platform/http/route-helpers.ts';
import type { App } from '../../platform/http/server.ts';
import { createMetrics, type Metrics } from '../../platform/metrics/metrics.ts';
import { actorOf } from '../identity/index.ts';
import { retryDeadJob } from './commands/retry-dead-job.ts';
import { jobsByStatus } from './queries/jobs-by-status.ts';
import { readiness } from './queries/readiness.ts';
import { healthDetails, isNotificationHandler, isSyncHandler, serviceFigures, type ServiceFigures } from './queries/service-figures.ts';

export interface OperationsDeps {
  database: Database;
  clock: Clock;
  version: string;
  commands: CommandRunner;
}

const Job = z.object({ id: z.string(), handler: z.string(), status: z.string(), attempts: z.number(), maxAttempts: z.number(), lastError: z.string().nullable(), runAfter: z.string(), updatedAt: z.string() });

/** Probes are public (the deny-by-default hook lets them through) and never cached by a proxy. */
const probe = { public: true } as const;

export function registerOperationsRoutes(app: App, deps: OperationsDeps): void {
  const db = deps.database.db;
  // The migrations this code expects, read once: ready means every one of them is applied.
  const expectedMigrations = readMigrations().map((m) => m.name);
  const metrics = createMetrics();
  // Every route's latency, whichever module registered it (hooks of the root instance apply to all).
  app.addHook('onResponse', async (request, reply) => metrics.observe(request, reply));

  app.get('/api/v1/health/live', {
    config: probe,
    schema: {
      tags: ['operations'],
      summary: 'Liveness: the process answers (restart it if not). Touches nothing else.',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  });

  app.get('/api/v1/health/ready', {
    config: probe,
    schema: {
      tags: ['operations'],
      summary: 'Readiness: 200 when the database answers and every migration is applied, 503 otherwise (send no traffic here)',
      response: { 200: z.object({ status: z.literal('ready') }), 503: z.object({ status: z.literal('unavailable') }) },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      if ((await readiness(db, expectedMigrations)) === 'ready') return { status: 'ready' as const };
      return reply.code(503).header('retry-after', '5').send({ status: 'unavailable' as const });
    },
  });

  app.get('/api/v1/health', {
    schema: {
      tags: ['operations'],
      summary: 'Service details for operators and administrators: job counts, outbox backlog, database kind and pool',
      security: [{ bearer: [] }],
      response: {
        200: z.object({
          status: z.literal('ok'),
          database: z.enum(['pglite', 'postgresql']),
          version: z.string(),
          time: z.string(),
          jobs: z.record(z.string(), z.number()),
          outboxBacklog: z.number(),
          pool: z.object({ total: z.number(), idle: z.number(), waiting: z.number(), max: z.number() }),
        }),
        ...authErrors,
      },
    },
    handler: async (request, reply) => {
      const details = await healthDetails(deps.database, actorOf(request));
      reply.header('cache-control', 'no-store');
      return { ...details, version: deps.version, time: deps.clock.now().toISOString() };
    },
  });

  app.get('/metrics', {
    // Prometheus text, not JSON: outside the OpenAPI document, described in docs/operations.md.
    schema: { hide: true },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      let figures: ServiceFigures | undefined;
      try {
        figures = await serviceFigures(deps.database, actor);
      } catch (err) {
        // A database outage is exactly when the latency and pool figures matter: report it, keep serving them.
        if (!isDatabaseUnavailable(err)) throw err;
      }
      setGauges(metrics, deps, figures);
      return reply.header('content-type', metrics.contentType).header('cache-control', 'no-store').send(await metrics.render());
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

const ageSeconds = (now: Date, since: Date | null): number => (since ? Math.max(0, (now.getTime() - since.getTime()) / 1000) : 0);

/** Turns the figures read from the database into the gauges' series; with no figures, the database is down. */
function setGauges(metrics: Metrics, deps: OperationsDeps, figures: ServiceFigures | undefined): void {
  const pool = deps.database.poolStats();
  metrics.setGauge('motcua_db_pool_connections', (['total', 'idle', 'waiting', 'max'] as const).map((state) => ({ labels: { state }, value: pool[state] })));
  metrics.setGauge('motcua_database_up', [{ value: figures ? 1 : 0 }]);
  if (!figures) {
    for (const name of ['motcua_jobs', 'motcua_jobs_retrying', 'motcua_jobs_oldest_age_seconds', 'motcua_outbox_pending_events', 'motcua_outbox_lag_seconds', 'motcua_sync_backlog_jobs', 'motcua_sync_lag_seconds', 'motcua_notification_failures'] as const) metrics.setGauge(name, []);
    return;
  }
  const now = deps.clock.now();
  const { queue, outbox } = figures;
  metrics.setGauge('motcua_jobs', queue.map((q) => ({ labels: { handler: q.handler, status: q.status }, value: q.count })));
  metrics.setGauge('motcua_jobs_retrying', queue.filter((q) => q.status === 'queued').map((q) => ({ labels: { handler: q.handler }, value: q.retrying })));
  metrics.setGauge('motcua_jobs_oldest_age_seconds', queue.map((q) => ({ labels: { handler: q.handler, status: q.status }, value: ageSeconds(now, q.oldestCreatedAt) })));
  metrics.setGauge('motcua_outbox_pending_events', [{ value: outbox.pending }]);
  metrics.setGauge('motcua_outbox_lag_seconds', [{ value: ageSeconds(now, outbox.oldestOccurredAt) }]);
  const sync = queue.filter((q) => isSyncHandler(q.handler) && q.status !== 'dead');
  const oldestSync = sync.reduce<Date | null>((o, q) => (q.oldestCreatedAt && (!o || q.oldestCreatedAt < o) ? q.oldestCreatedAt : o), null);
  metrics.setGauge('motcua_sync_backlog_jobs', [{ value: sync.reduce((n, q) => n + q.count, 0) }]);
  metrics.setGauge('motcua_sync_lag_seconds', [{ value: ageSeconds(now, oldestSync) }]);
  const notifications = queue.filter((q) => isNotificationHandler(q.handler));
  metrics.setGauge('motcua_notification_failures', [
    { labels: { state: 'retrying' }, value: notifications.filter((q) => q.status === 'queued').reduce((n, q) => n + q.retrying, 0) },
    { labels: { state: 'dead' }, value: notifications.filter((q) => q.status === 'dead').reduce((n, q) => n + q.count, 0) },
  ]);
}
