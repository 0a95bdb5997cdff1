/**
 * The worker role: relays committed outbox events into jobs, enqueues periodic
 * jobs, and runs jobs with retries. Job ids are deterministic (handler + event,
 * or handler + time slot), so any number of worker processes can run this loop
 * against one PostgreSQL without doing a job twice; handlers must still be
 * idempotent because a job whose worker dies is run again.
 */
import type { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Db, Executor } from '../db/database.ts';
import { currentRequestId, withRequestId, type Logger } from '../logger.ts';
import {
  claimJobs,
  failJob,
  finishJob,
  insertJobs,
  lockPendingEvents,
  markRelayed,
  requeueExpired,
  type NewJobRow,
} from './jobs.repo.ts';

export interface JobContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  jobId: string;
  attempt: number;
  /** The request that caused this job, if any (the logger already names it as reqId). */
  requestId: string | undefined;
}

export interface JobHandler<P = unknown> {
  name: string;
  payload: z.ZodType<P>;
  /** Event types this handler receives; the payload is then `{ event }`. */
  subscribes?: string[];
  /** Run on a fixed period (one job per slot across all workers). */
  everyMs?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  run(payload: P, ctx: JobContext): Promise<void>;
}

/** A handler with its payload type erased: the runner parses the payload with the handler's own schema. */
export interface RegisteredJob {
  name: string;
  subscribes?: string[] | undefined;
  everyMs?: number | undefined;
  maxAttempts?: number | undefined;
  timeoutMs?: number | undefined;
  run(payload: unknown, ctx: JobContext): Promise<void>;
}

export function defineJob<P>(handler: JobHandler<P>): RegisteredJob {
  return {
    name: handler.name,
    subscribes: handler.subscribes,
    everyMs: handler.everyMs,
    maxAttempts: handler.maxAttempts,
    timeoutMs: handler.timeoutMs,
    run: (payload, ctx) => handler.run(handler.payload.parse(payload), ctx),
  };
}

export interface RunnerOptions {
  pollMs?: number;
  lockMs?: number;
  batch?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export class JobRunner {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #handlers = new Map<string, RegisteredJob>();
  readonly #opts: Required<RunnerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #loop: Promise<void> | undefined;
  #wakeRequested = false;

  constructor(db: Db, clock: Clock, logger: Logger, handlers: RegisteredJob[], opts: RunnerOptions = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#logger = logger;
    for (const h of handlers) this.#handlers.set(h.name, h);
    this.#opts = {
      pollMs: opts.pollMs ?? 1000,
      lockMs: opts.lockMs ?? 5 * 60_000,
      batch: opts.batch ?? 20,
      baseBackoffMs: opts.baseBackoffMs ?? 5000,
      maxBackoffMs: opts.maxBackoffMs ?? 3_600_000,
    };
  }

  /** Enqueues a job inside the caller's transaction. */
  static async enqueue(
    tx: Executor,
    handler: string,
    payload: Record<string, unknown>,
    opts: { id: string; runAfter: Date; maxAttempts?: number },
  ): Promise<void> {
    const requestId = currentRequestId();
    await insertJobs(tx, [
      { id: opts.id, handler, payload, status: 'queued', maxAttempts: opts.maxAttempts ?? 8, runAfter: opts.runAfter, ...(requestId ? { requestId } : {}) },
    ]);
  }

  /** Moves committed outbox events to jobs. Returns the number of events relayed. */
  async relayOnce(limit = 200): Promise<number> {
    const now = this.#clock.now();
    return this.#db.transaction(async (tx) => {
      const events = await lockPendingEvents(tx, limit);
      if (events.length === 0) return 0;
      const rows: NewJobRow[] = [];
      for (const event of events) {
        for (const h of this.#handlers.values()) {
          if (!h.subscribes?.includes(event.type)) continue;
          rows.push({
            id: `${h.name}:${event.eventId}`,
            handler: h.name,
            payload: {
              event: {
                eventId: event.eventId,
                type: event.type,
                aggregateType: event.aggregateType,
                aggregateId: event.aggregateId,
                occurredAt: event.occurredAt.toISOString(),
                payload: event.payload,
              },
            },
            status: 'queued',
            maxAttempts: h.maxAttempts ?? 8,
            runAfter: now,
            sourceEventId: event.eventId,
            requestId: event.requestId,
          });
        }
      }
      await insertJobs(tx, rows);
      await markRelayed(
        tx,
        events.map((e) => e.id),
        now,
      );
      return events.length;
    });
  }

  /** Enqueues the current slot of every periodic handler (a no-op if another worker already did). */
  async schedulePeriodic(): Promise<void> {
    const now = this.#clock.now();
    const rows: NewJobRow[] = [];
    for (const h of this.#handlers.values()) {
      if (!h.everyMs) continue;
      const slot = Math.floor(now.getTime() / h.everyMs);
      rows.push({
        id: `${h.name}@${new Date(slot * h.everyMs).toISOString()}`,
        handler: h.name,
        payload: {},
        status: 'queued',
        maxAttempts: h.maxAttempts ?? 3,
        runAfter: now,
      });
    }
    await insertJobs(this.#db, rows);
  }

  /** Claims and runs one batch of due jobs. Returns how many ran. */
  async runOnce(): Promise<number> {
    const now = this.#clock.now();
    await requeueExpired(this.#db, now);
    const claimed = await claimJobs(this.#db, now, this.#opts.lockMs, this.#opts.batch);
    for (const job of claimed) await withRequestId(job.requestId, () => this.#runJob(job.id, job.handler, job.payload, job.attempts, job.maxAttempts, job.requestId ?? undefined));
    return claimed.length;
  }

  async #runJob(id: string, handlerName: string, payload: unknown, attempt: number, maxAttempts: number, requestId: string | undefined): Promise<void> {
    const handler = this.#handlers.get(handlerName);
    // reqId is the key Fastify's request logger uses: one search finds the request and its jobs.
    const log = this.#logger.child({ job: id, attempt, ...(requestId ? { reqId: requestId } : {}) });
    try {
      if (!handler) throw new Error(`No handler registered for "${handlerName}"`);
      const timeoutMs = handler.timeoutMs ?? 60_000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([
          handler.run(payload, { db: this.#db, clock: this.#clock, logger: log, jobId: id, attempt, requestId }),
          timeout,
        ]);
      } finally {
        clearTimeout(timer);
      }
      await finishJob(this.#db, id, this.#clock.now());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const now = this.#clock.now();
      const retryAt = attempt < maxAttempts ? new Date(now.getTime() + this.#backoff(attempt)) : null;
      log.warn({ err: message, retryAt }, retryAt ? 'job failed; will retry' : 'job failed; moved to dead letters');
      await failJob(this.#db, id, now, message.slice(0, 2000), retryAt);
    }
  }

  #backoff(attempt: number): number {
    const exp = Math.min(this.#opts.baseBackoffMs * 2 ** (attempt - 1), this.#opts.maxBackoffMs);
    return Math.round(exp * (1 + Math.random() * 0.25));
  }

  /** Asks the loop to run now (called after a commit that wrote events). */
  wake(): void {
    this.#wakeRequested = true;
    if (this.#running && this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#schedule(0);
    }
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  #schedule(ms: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#loop = this.#tick().finally(() => {
        if (this.#running && !this.#timer) this.#schedule(this.#wakeRequested ? 0 : this.#opts.pollMs);
      });
    }, ms);
  }

  async #tick(): Promise<void> {
    this.#wakeRequested = false;
    try {
      await this.schedulePeriodic();
      while (this.#running && ((await this.relayOnce()) > 0 || (await this.runOnce()) > 0));
    } catch (err) {
      this.#logger.error({ err }, 'job loop error');
    }
  }

  /** Stops polling and waits for the job in progress to finish. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#loop;
  }

  /** Runs everything that is due until nothing is left (tests, CLI). */
  async drain(maxRounds = 50): Promise<void> {
    for (let i = 0; i < maxRounds; i++) {
      const relayed = await this.relayOnce();
      const ran = await this.runOnce();
      if (relayed === 0 && ran === 0) return;
    }
  }
}
