/**
 * PGlite has one connection: a query issued on the root handle while a
 * transaction is open waits for that transaction, which waits for the query —
 * a silent deadlock. This guard marks the async context of every transaction
 * and makes such a query fail at once with a message naming the mistake.
 * Background work started from inside a transaction (cache refreshes) runs
 * `outsideTransaction` so it queues normally instead.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const inTransaction = new AsyncLocalStorage<true>();

export class NestedQueryError extends Error {
  constructor() {
    super('A query used the database handle while a transaction is open in the same call chain; pass the transaction (tx) instead. On PGlite this would deadlock.');
  }
}

export function runInTransactionContext<T>(fn: () => T): T {
  return inTransaction.run(true, fn);
}

export function assertNotInTransaction(): void {
  if (inTransaction.getStore()) throw new NestedQueryError();
}

export function outsideTransaction<T>(fn: () => T): T {
  return inTransaction.exit(fn);
}

/** Whether the current call chain is inside a PGlite transaction (diagnostics and the benchmark's SQL capture). */
export function inTransactionContext(): boolean {
  return inTransaction.getStore() === true;
}
