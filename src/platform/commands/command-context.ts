/**
 * The one contract every state change follows. A use case is a plain function
 * `(ctx, input) => result`: it authorises through its module's policy, writes
 * its rows, its audit entries and its outbox events through `ctx`, all in the
 * one transaction `ctx.tx`. The REST route and the page call the same function;
 * neither authorises or audits on its own (ADR 0016).
 *
 * The platform knows the actor only as a principal (kind and id: enough for the
 * audit trail and idempotency keys); modules narrow it to their Actor type.
 */
import type { Tx } from '../db/database.ts';
import type { DomainEvent } from '../jobs/outbox.ts';

export interface Principal {
  kind: string;
  id: string;
}

/** One line of the audit trail, as a use case states it. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  payload?: Record<string, unknown>;
  /**
   * Who acted, when it is not the invocation's actor: a sign-in runs before
   * anyone is signed in, yet its entry names the officer it was about.
   */
  actor?: Principal;
}

/** Where audit entries go: the audit module implements it; the runner binds it to the transaction. */
export interface AuditSink {
  record(tx: Tx, ctx: { actor: Principal; at: Date; requestId?: string | undefined }, entries: AuditEntry[]): Promise<void>;
}

export interface CommandContext<A extends Principal = Principal> {
  readonly tx: Tx;
  readonly actor: A;
  /** The instant of the change: one value for every row, entry and event it writes. */
  readonly now: Date;
  readonly requestId: string | undefined;
  /** The caller's Idempotency-Key, when it sent one (the runner has already de-duplicated on it). */
  readonly idempotencyKey: string | undefined;
  /** Appends audit entries in this transaction. */
  audit(entries: AuditEntry[]): Promise<void>;
  /** Writes outbox events in this transaction; they are relayed to jobs after commit. */
  publish(events: DomainEvent[]): Promise<void>;
  /** Runs once the transaction has committed (cache reloads); never when it rolls back. */
  afterCommit(fn: () => void | Promise<void>): void;
}

/** What a caller says about one invocation; the runner supplies the transaction and the clock. */
export interface Invocation<A extends Principal> {
  actor: A;
  requestId?: string | undefined;
  idempotencyKey?: string | undefined;
}
