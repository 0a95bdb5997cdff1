/**
 * Applies the plain SQL files of db/migrations in name order, each once.
 * A landed migration is never edited: its SHA-256 is recorded and checked on
 * every start. On PostgreSQL an advisory lock lets several processes start at
 * once without applying a file twice.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/migrations');

export interface MigrationFile {
  name: string;
  sha256: string;
  sql: string;
}

export class MigrationError extends Error {}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, sha256: createHash('sha256').update(sql).digest('hex') };
    });
}

/** 0x6d6f7463 = "motc": one advisory lock id for the whole migration run. */
const MIGRATION_LOCK_ID = 0x6d6f7463;

export async function migrate(database: Database, files = readMigrations()): Promise<string[]> {
  return database.rawTransaction(async (query) => {
    if (database.kind === 'postgresql') await query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    await query(`CREATE TABLE IF NOT EXISTS motcua_migrations (
      name text PRIMARY KEY,
      sha256 text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Map(
      (await query('SELECT name, sha256 FROM motcua_migrations')).map((r) => [String(r.name), String(r.sha256)]),
    );
    for (const [name, sha] of applied) {
      const file = files.find((f) => f.name === name);
      if (!file) throw new MigrationError(`Migration ${name} is recorded in the database but missing on disk.`);
      if (file.sha256 !== sha)
        throw new MigrationError(`Migration ${name} was edited after it was applied; add a new migration instead.`);
    }
    const done: string[] = [];
    for (const file of files) {
      if (applied.has(file.name)) continue;
      try {
        await query(file.sql);
      } catch (err) {
        throw new MigrationError(`Migration ${file.name} failed: ${(err as Error).message}`);
      }
      await query(
        `INSERT INTO motcua_migrations (name, sha256) VALUES ('${file.name}', '${file.sha256}')`,
      );
      done.push(file.name);
    }
    return done;
  });
}
