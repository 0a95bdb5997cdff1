// Records the exact SQL (with parameters) that motcua issues for one request, so the ceiling can
// replay the same statements through the bare driver.
import type { QueryLog } from '../../src/platform/db/database.ts';
import { inTransactionContext } from '../../src/platform/db/transaction-guard.ts';

export interface Statement {
  sql: string;
  params: unknown[];
  /** PGlite only: issued inside a transaction (PostgreSQL captures carry their own BEGIN/COMMIT). */
  inTransaction?: boolean;
}

export class Recorder {
  #current: Statement[] | undefined;
  readonly log: QueryLog = (sql, params) => {
    this.#current?.push({ sql, params: [...params], inTransaction: inTransactionContext() });
  };

  async record<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
    this.#current = [];
    try {
      const result = await fn();
      return { result, statements: this.#current };
    } finally {
      this.#current = undefined;
    }
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** UUIDs that appear in the statements but are not reference data: they were created by the request. */
export function createdIds(statements: Statement[], reference: Set<string>): string[] {
  const found = new Set<string>();
  for (const s of statements) {
    for (const p of s.params) if (typeof p === 'string') for (const m of p.match(UUID) ?? []) if (!reference.has(m.toLowerCase())) found.add(m);
  }
  return [...found];
}

/** The statements with every created id and the given strings replaced by fresh values. */
export function substitute(statements: Statement[], replacements: Map<string, string>): Statement[] {
  const swap = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    let out = v;
    for (const [from, to] of replacements) if (out.includes(from)) out = out.split(from).join(to);
    return out;
  };
  return statements.map((s) => ({ ...s, params: s.params.map(swap) }));
}
