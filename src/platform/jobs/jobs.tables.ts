/**
 * The transactional outbox and the job queue, both plain PostgreSQL tables.
 * Events are written in the same transaction as the change they announce; a
 * relay turns each committed event into one job per subscribed handler (the job
 * id is deterministic, so relaying twice is harmless); workers claim jobs with
 * FOR UPDATE SKIP LOCKED and retry with back-off until the dead-letter state.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tstz = (name: string) => timestamp(name, { withTimezone: true });

export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: uuid('event_id').notNull().unique(),
    type: text('type').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: tstz('occurred_at').notNull(),
    relayedAt: tstz('relayed_at'),
    /** The request that caused the event (0019): handed on to the jobs it becomes, for the logs. */
    requestId: text('request_id'),
  },
  (t) => [index('outbox_events_pending_idx').on(t.id).where(sql`${t.relayedAt} IS NULL`)],
);

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    handler: text('handler').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    runAfter: tstz('run_after').notNull(),
    lockedUntil: tstz('locked_until'),
    lastError: text('last_error'),
    sourceEventId: uuid('source_event_id'),
    createdAt: tstz('created_at').notNull().defaultNow(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    finishedAt: tstz('finished_at'),
    /** The request that caused the job, if any (0019): the worker logs with it. */
    requestId: text('request_id'),
  },
  (t) => [
    index('jobs_ready_idx').on(t.runAfter).where(sql`${t.status} = 'queued'`),
    index('jobs_running_idx').on(t.lockedUntil).where(sql`${t.status} = 'running'`),
    index('jobs_dead_idx').on(t.updatedAt).where(sql`${t.status} = 'dead'`),
    check('jobs_status_chk', sql`${t.status} IN ('queued', 'running', 'done', 'dead')`),
  ],
);
