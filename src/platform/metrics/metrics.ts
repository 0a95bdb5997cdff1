/**
 * Prometheus metrics (prom-client), one registry per motcua instance so that several in one process
 * (tests) never mix their figures. Request latency is observed here for every route; the gauges of
 * the queue, the outbox and the pool are set by whoever serves /metrics, from the database, at
 * scrape time (ADR 0024) — nothing is counted in memory that another process could contradict.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  /** Records one answered request (an onResponse hook of the server). */
  observe(request: FastifyRequest, reply: FastifyReply): void;
  /** Sets a gauge's whole content: the series given, and no other (a handler whose queue emptied disappears). */
  setGauge(name: GaugeName, series: { labels?: Record<string, string>; value: number }[]): void;
  /** The text exposition format, after the gauges were set. */
  render(): Promise<string>;
  readonly contentType: string;
}

const gaugeHelp = {
  motcua_database_up: ['1 when the database answered this scrape, 0 otherwise', []],
  motcua_jobs: ['Unfinished jobs by handler and status (queued, running, dead); dead = dead letters', ['handler', 'status']],
  motcua_jobs_retrying: ['Queued jobs that already failed at least once, by handler', ['handler']],
  motcua_jobs_oldest_age_seconds: ['Age of the oldest unfinished job by handler and status', ['handler', 'status']],
  motcua_outbox_pending_events: ['Committed events not yet relayed into jobs', []],
  motcua_outbox_lag_seconds: ['Age of the oldest event not yet relayed into jobs (0 when none)', []],
  motcua_sync_backlog_jobs: ['Unfinished jobs that synchronise with outside systems (the national portal)', []],
  motcua_sync_lag_seconds: ['Age of the oldest unfinished synchronisation job (0 when none)', []],
  motcua_notification_failures: ['Citizen notification jobs that failed: retrying (queued after a failure) or dead', ['state']],
  motcua_db_pool_connections: ['Database connections by state (total, idle, waiting requests, max); PGlite reports one', ['state']],
} as const;
export type GaugeName = keyof typeof gaugeHelp;

/** Route patterns only (never raw URLs, which carry dossier codes and personal ids); unmatched requests share one label. */
function routeLabel(routeUrl: string | undefined): string {
  return routeUrl ?? 'unmatched';
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'motcua_' });
  const latency = new Histogram({
    name: 'motcua_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status class',
    labelNames: ['route', 'method', 'status_class'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const gauges = new Map<GaugeName, Gauge>();
  for (const [name, [help, labelNames]] of Object.entries(gaugeHelp) as [GaugeName, readonly [string, readonly string[]]][]) {
    gauges.set(name, new Gauge({ name, help, labelNames: [...labelNames], registers: [registry] }));
  }
  return {
    registry,
    contentType: registry.contentType,
    observe(request, reply) {
      latency.observe(
        { route: routeLabel(request.routeOptions.url), method: request.method, status_class: `${Math.floor(reply.statusCode / 100)}xx` },
        reply.elapsedTime / 1000,
      );
    },
    setGauge(name, series) {
      const gauge = gauges.get(name)!;
      gauge.reset();
      for (const s of series) {
        if (s.labels) gauge.set(s.labels, s.value);
        else gauge.set(s.value);
      }
    },
    render: () => registry.metrics(),
  };
}
