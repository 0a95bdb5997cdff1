/**
 * Statements on the hot paths (receiving a dossier, the public look-up) skip
 * Drizzle's query builder, which costs more CPU per call than the database
 * round trip (≈ 100–200 µs for a 50-column row; see bench/README.md). Their SQL
 * text is built once; this sends it with its parameters to the driver behind
 * the handle — the pool or PGlite, or the connection of an open transaction.
 * Dates stay strings, as Drizzle keeps them, so one decoder serves both engines.
 */
import pg from 'pg';
import type { Executor } from './database.ts';

interface QueryClient {
  query(text: string | { text: string; values: unknown[]; types?: unknown }, values?: unknown[], options?: unknown): Promise<{ rows: Record<string, unknown>[] }>;
}

// OIDs of date and time types (and their arrays): returned as text, like Drizzle does.
const TEXT_TYPES = [1082, 1114, 1184, 1186, 1182, 1115, 1185, 1187];
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (TEXT_TYPES.includes(oid)) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const pgliteOptions = { rowMode: 'object', parsers: Object.fromEntries(TEXT_TYPES.map((oid) => [oid, (v: string) => v])) };


interface SessionInternals {
  client?: QueryClient;
  logger?: { logQuery(query: string, params: unknown[]): void };
}

function clientOf(executor: Executor): { client: QueryClient; pglite: boolean; session: SessionInternals } {
  // Drizzle keeps the driver client (and its query logger) on the session of databases and transactions.
  const session = (executor as unknown as { session?: SessionInternals }).session ?? {};
  const client = session.client;
  if (!client || typeof client.query !== 'function') {
    throw new Error('Drizzle internals changed: no driver client on the session (see src/platform/db/raw-query.ts).');
  }
  const pglite = typeof (client as { exec?: unknown }).exec === 'function';
  return { client, pglite, session };
}

export async function rawQuery(executor: Executor, text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  const { client, pglite, session } = clientOf(executor);
  // Logged like Drizzle's own statements, so traces (and the benchmark's capture) see every statement.
  session.logger?.logQuery(text, values);
  const result = pglite ? await client.query(text, values, pgliteOptions) : await client.query({ text, values, types: pgTypes });
  return result.rows;
}
