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
  close(): Promise<void>;
}

export const pgliteExtensions = { unaccent, pg_trgm };

/** Receives every statement Drizzle sends (including BEGIN/COMMIT on PostgreSQL): used by the benchmark to replay motcua's exact SQL. */
export type QueryLog = (query: string, params: unknown[]) => void;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string; lock?: boolean; queryLog?: QueryLog }
  | { kind: 'pglite-memory'; loadDataDir?: Blob; queryLog?: QueryLog }
  | { kind: 'postgresql'; url: string; poolMax?: number; queryLog?: QueryLog };

const drizzleLogger = (log: QueryLog | undefined) => (log ? { logger: { logQuery: log } } : {});

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgresql') return openPostgres(target.url, target.poolMax ?? 10, target.queryLog);
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
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

function openPostgres(url: string, poolMax: number, queryLog?: QueryLog): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, application_name: 'motcua' });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, drizzleLogger(queryLog)) as unknown as Db;
  const rawTransaction: Database['rawTransaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
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
    async close() {
      await pool.end();
    },
  };
}
