/**
 * Runs use cases: opens the transaction, builds the context, and after commit
 * runs what the use case asked for (cache reloads) and wakes the job worker.
 * Routes and pages hold one runner; tests and the CLI build the same one.
 */
import type { Clock } from '../clock.ts';
import type { Db, Tx } from '../db/database.ts';
import { publishEvents } from '../jobs/outbox.ts';
import type { AuditSink, CommandContext, Invocation, Principal } from './command-context.ts';

export interface CommandRunnerDeps {
  db: Db;
  clock: Clock;
  audit: AuditSink;
  /** Called after every commit, so the job worker picks up new events at once. */
  afterCommit?: () => void;
}

export interface CommandRunner {
  /** Runs `useCase` in a new transaction. */
  run<A extends Principal, T>(invocation: Invocation<A>, useCase: (ctx: CommandContext<A>) => Promise<T>): Promise<T>;
  /** Runs `useCase` inside a transaction the caller already holds (the idempotency row shares it); returns the after-commit work. */
  within<A extends Principal, T>(tx: Tx, invocation: Invocation<A>, useCase: (ctx: CommandContext<A>) => Promise<T>): Promise<{ result: T; committed: () => Promise<void> }>;
}

export function createCommandRunner(deps: CommandRunnerDeps): CommandRunner {
  async function within<A extends Principal, T>(tx: Tx, invocation: Invocation<A>, useCase: (ctx: CommandContext<A>) => Promise<T>) {
    const now = deps.clock.now();
    const later: (() => void | Promise<void>)[] = [];
    const ctx: CommandContext<A> = {
      tx,
      actor: invocation.actor,
      now,
      requestId: invocation.requestId,
      idempotencyKey: invocation.idempotencyKey,
      audit: (entries) => (entries.length === 0 ? Promise.resolve() : deps.audit.record(tx, { actor: invocation.actor, at: now, requestId: invocation.requestId }, entries)),
      publish: (events) => publishEvents(tx, events, now),
      afterCommit: (fn) => void later.push(fn),
    };
    const result = await useCase(ctx);
    return {
      result,
      committed: async () => {
        for (const fn of later) await fn();
        deps.afterCommit?.();
      },
    };
  }
  return {
    within,
    async run(invocation, useCase) {
      const { result, committed } = await deps.db.transaction((tx) => within(tx, invocation, useCase));
      await committed();
      return result;
    },
  };
}
