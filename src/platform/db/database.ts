/**
 * One database handle for both engines: embedded PGlite (default) and a real
 * PostgreSQL server (DATABASE_URL). Both speak the same SQL through Drizzle, so
 * there is no second database code path; only opening and raw multi-statement
 * execution (migrations) differ.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock-file.ts';
import { assertNotInTransaction, runInTransactionContext } from './transaction-guard.ts';

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Runs SQL text that may hold several statements, inside one transaction. */
  execScript(sqlText: string): Promise<void>;
  /** Runs a callback with a raw single-connection executor inside one transaction (used by the migrator). */
  rawTransaction<T>(fn: (query: (text: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T>;
  /** PGlite only: the data directory as a tarball, to clone the database cheaply (tests, snapshots). */
  dump?(): Promise<Blob>;
  /** Connections in use, idle and awaited, for the metrics (PGlite: one connection, always there). */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** How long to wait for the server before giving up, so a request fails fast while the database is down (ADR 0024). */
export interface PostgresTimeouts {
  /** A new connection, or a free one from a full pool (node-postgres connectionTimeoutMillis). */
  connectMs?: number;
  /** One statement on the server (statement_timeout); the migrator lifts it for its own transaction. */
  statementMs?: number;
}

/**
 * The database cannot be reached right now (down, restarting, unreachable, or no free connection in
 * time). The HTTP layer answers 503 with Retry-After; nothing was committed by the failed call.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
  }
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), and 57P01–57P03: the server is shutting down or starting.
const unavailableStates = /^(08\d{3}|57P0[123])$/;
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down)/i;

/** True when `err` (or what it wraps: Drizzle wraps driver errors) says the database is out of reach, not that the query was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (unreachableCodes.has(code) || unavailableStates.test(code))) return true;
    if (unavailableMessages.test(e.message)) return true;
  }
  return false;
}

export const pgliteExtensions = { unaccent, pg_trgm };

/** Receives every statement Drizzle sends (including BEGIN/COMMIT on PostgreSQL): used by the benchmark to replay motcua's exact SQL. */
export type QueryLog = (query: string, params: unknown[]) => void;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string; lock?: boolean; queryLog?: QueryLog }
  | { kind: 'pglite-memory'; loadDataDir?: Blob; queryLog?: QueryLog }
  | { kind: 'postgresql'; url: string; poolMax?: number; queryLog?: QueryLog; timeouts?: PostgresTimeouts };

const drizzleLogger = (log: QueryLog | undefined) => (log ? { logger: { logQuery: log } } : {});

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgresql') return openPostgres(target.url, target.poolMax ?? 10, target.queryLog, target.timeouts);
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (target.kind === 'pglite') {
    if (target.lock !== false) lock = acquireDataDirLock(target.dataDir);
    fs.mkdirSync(target.dataDir, { recursive: true });
    try {
      client = await PGlite.create(target.dataDir, { extensions: pgliteExtensions });
    } catch (err) {
      lock?.release();
      throw err;
    }
  } else {
    client = await PGlite.create({
      extensions: pgliteExtensions,
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
  }
  return openPglite(client, lock, target.queryLog);
}

/** Wraps the client so that a root-handle query inside an open transaction fails instead of deadlocking. */
function guardPglite(client: PGlite): void {
  const transaction = client.transaction.bind(client);
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  client.transaction = ((cb: Parameters<PGlite['transaction']>[0]) =>
    transaction((tx) => runInTransactionContext(() => cb(tx)))) as PGlite['transaction'];
  client.query = ((...args: Parameters<PGlite['query']>) => {
    assertNotInTransaction();
    return query(...args);
  }) as PGlite['query'];
  client.exec = ((...args: Parameters<PGlite['exec']>) => {
    assertNotInTransaction();
    return exec(...args);
  }) as PGlite['exec'];
}

function openPglite(client: PGlite, lock: DataDirLock | undefined, queryLog?: QueryLog): Database {
  guardPglite(client);
  const db = drizzlePglite(client, drizzleLogger(queryLog)) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async execScript(sqlText) {
      await client.transaction(async (tx) => {
        await tx.exec(sqlText);
      });
    },
    async rawTransaction(fn) {
      return client.transaction(async (tx) =>
        fn(async (text) => {
          const results = await tx.exec(text);
          return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
        }),
      );
    },
    async dump() {
      return client.dumpDataDir('none');
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0, max: 1 }),
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

const checkedOut = Symbol('motcua.checkedOut');
type GuardedClient = pg.PoolClient & { [checkedOut]?: boolean };

/**
 * A pool whose clients are handed back even when a transaction cannot begin. Drizzle's transaction
 * sends BEGIN before its try/finally, so a connection that dies between checkout and BEGIN (a server
 * stopping, a network cut) was never released: each outage leaked clients until the pool was empty
 * and motcua stayed down after the database came back (found by the outage drill, ADR 0024). Here
 * the first statement after a checkout, if it is BEGIN and fails, releases the client with its error
 * (so the pool discards it). The callback form, which the pool uses for its own queries, is untouched.
 */
class GuardedPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): void;
  override connect(callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void): Promise<pg.PoolClient> | void {
    if (callback) return super.connect(callback);
    return super.connect().then((client) => guardBegin(client as GuardedClient));
  }
}

function guardBegin(client: GuardedClient): pg.PoolClient {
  client[checkedOut] = true;
  if ((client as { motcuaGuarded?: boolean }).motcuaGuarded) return client;
  (client as { motcuaGuarded?: boolean }).motcuaGuarded = true;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const first = client[checkedOut];
    client[checkedOut] = false;
    const result = query(...args);
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
    if (!first || typeof text !== 'string' || !/^\s*begin\b/i.test(text) || !(result instanceof Promise)) return result;
    return result.catch((err: unknown) => {
      client.release(err instanceof Error ? err : new Error(String(err)));
      throw err;
    });
  }) as typeof client.query;
  return client;
}

function openPostgres(url: string, poolMax: number, queryLog?: QueryLog, timeouts: PostgresTimeouts = {}): Database {
  const pool = new GuardedPool({
    connectionString: url,
    max: poolMax,
    application_name: 'motcua',
    // Fail fast while the server is down or the pool is exhausted, instead of queueing requests for
    // minutes; a failed connect is retried by the next request, so motcua recovers on its own.
    connectionTimeoutMillis: timeouts.connectMs ?? 5000,
    statement_timeout: timeouts.statementMs ?? 30_000,
    // A server that vanished without closing the socket (a dropped network path) is noticed by the kernel.
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor may a checked-out one (a transaction between two statements when the server goes away): with
  // no listener its 'error' event would be thrown. Its next query fails instead (→ 503), and the pool
  // drops it when it is released, since it is no longer queryable.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzlePg(pool, drizzleLogger(queryLog)) as unknown as Db;
  const rawTransaction: Database['rawTransaction'] = async (fn) => {
    const client = await pool.connect();
    // Outside the try: if BEGIN fails, the pool's guard has already released the client.
    await client.query('BEGIN');
    try {
      // Migrations (index builds on large tables) may rightly take longer than one request's statement.
      await client.query('SET LOCAL statement_timeout = 0');
      const result = await fn(async (text) => {
        const res = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
        const last = Array.isArray(res) ? res.at(-1) : res;
        return (last?.rows ?? []) as Record<string, unknown>[];
      });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgresql',
    db,
    async execScript(sqlText) {
      await rawTransaction(async (query) => {
        await query(sqlText);
      });
    },
    rawTransaction,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: poolMax }),
    async close() {
      await pool.end();
    },
  };
}

/**
 * Where reports and dashboards read: a streaming replica when one is configured, else the primary.
 * The replica's pool opens every session read-only (default_transaction_read_only), so a write that
 * strays onto it is refused by PostgreSQL instead of failing later on a hot standby. A replica lags
 * the primary by its replay delay (usually well under a second); reports tolerate that, commands
 * never read here. See ADR 0026 and docs/operations.md "Scaling out".
 */
export interface ReportReader {
  readonly db: Db;
  /** True when reads go to a separate replica server. */
  readonly replica: boolean;
  close(): Promise<void>;
}

export function openReportReader(primary: Database, replicaUrl: string | undefined, poolMax = 4): ReportReader {
  if (!replicaUrl) return { db: primary.db, replica: false, close: async () => undefined };
  const pool = new pg.Pool({
    connectionString: replicaUrl,
    max: poolMax,
    application_name: 'motcua-reports',
    options: '-c default_transaction_read_only=on',
    connectionTimeoutMillis: 5000,
    statement_timeout: 60_000,
    keepAlive: true,
  });
  pool.on('error', () => undefined);
  return { db: drizzlePg(pool) as unknown as Db, replica: true, close: () => pool.end() };
}
