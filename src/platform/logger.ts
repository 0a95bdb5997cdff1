/**
 * Structured JSON logs (pino). Personal data stays out of log lines; ids and codes go in.
 *
 * Every line written while a request is being served carries its request id (`reqId`), and so does
 * every line of the jobs that request caused: the id travels with the request's async work (an
 * AsyncLocalStorage scope entered by the HTTP server), is stored with the outbox events and jobs it
 * writes, and is entered again by the worker when it runs them (ADR 0024).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'motcua'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'token'], censor: '[redacted]' },
  });
}

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` with `requestId` as the current request id (the HTTP server per request, the worker per job). */
export function withRequestId<T>(requestId: string | null | undefined, fn: () => T): T {
  return requestId ? requestScope.run({ requestId }, fn) : fn();
}

/** The id of the request whose work is running now, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * A request id we accept from a caller (a proxy or load balancer that already assigned one): short,
 * printable, no spaces or separators that could forge a log line or a header. Anything else is
 * replaced by our own id.
 */
export function acceptableRequestId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/.test(value) ? value : undefined;
}
