// A scratch database for one benchmark run: a temporary PGlite folder, or a new database on the
// PostgreSQL server named by DATABASE_URL (created and dropped; the named database is never touched).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface Scratch {
  kind: 'pglite' | 'postgresql';
  /** Environment for a motcua process on this database. */
  env: Record<string, string>;
  url?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

export async function createScratch(): Promise<Scratch> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
    return { kind: 'pglite', env: { MOTCUA_DATA_DIR: dataDir }, dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `motcua_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    kind: 'postgresql',
    env: { DATABASE_URL: url },
    url,
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Runs a benchmark on its scratch database and exits: the database is dropped afterwards unless
 * BENCH_KEEP is set (to look at plans after the run); a failure prints its stack and exits 1.
 */
export function runOnScratch(open: () => Promise<Scratch>, bench: (scratch: Scratch) => Promise<void>, say: (line: string) => void): void {
  const run = async () => {
    const scratch = await open();
    try {
      await bench(scratch);
    } finally {
      if (process.env.BENCH_KEEP) say(`kept the scratch database: ${scratch.url ?? scratch.dataDir}`);
      else await scratch.drop();
    }
  };
  run().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
