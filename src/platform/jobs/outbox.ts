/**
 * Publishing domain events through the transactional outbox: the event row is
 * written by the same transaction as the change, so an event exists if and only
 * if the change committed. Nothing reaches the outside world before commit.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/database.ts';
import { currentRequestId } from '../logger.ts';
import { outboxEvents } from './jobs.tables.ts';

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export type OutboxRow = typeof outboxEvents.$inferInsert;

/**
 * The rows that announce these events, for a caller that writes them in its own statement. Each
 * records the request being served (if any), so the jobs the event becomes log with its id.
 */
export function outboxRows(events: DomainEvent[], at: Date): OutboxRow[] {
  const requestId = currentRequestId();
  return events.map((e) => ({ ...e, eventId: randomUUID(), occurredAt: at, ...(requestId ? { requestId } : {}) }));
}

export async function publishEvents(tx: Executor, events: DomainEvent[], at: Date): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outboxEvents).values(outboxRows(events, at));
}
