// Building the template database (migrated + demo data) and cloning it for each test file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { buildServices } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { migrate } from '../../src/platform/db/migrator.ts';
import { createLogger } from '../../src/platform/logger.ts';

export const pgUrl = process.env.TEST_DATABASE_URL;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function fill(database: Database): Promise<void> {
  await migrate(database);
  const services = buildServices(database, loadConfig({ MOTCUA_ENV: 'test' }), systemClock);
  await seedDemo(database.db, services.agencies, createLogger('silent'));
}

/** Returns where the template lives: a PostgreSQL database name, or a PGlite dump file. */
export async function buildTemplate(dumpFile: string): Promise<string> {
  if (pgUrl) {
    const name = `motcua_tpl_${process.pid}`;
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    const database = await openDatabase({ kind: 'postgresql', url: withDatabase(pgUrl, name), poolMax: 2 });
    try {
      await fill(database);
    } finally {
      await database.close();
    }
    return name;
  }
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    await fill(database);
    const dump = await database.dump!();
    fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return dumpFile;
}

export async function dropTemplate(template: string): Promise<void> {
  if (!pgUrl) {
    fs.rmSync(template, { force: true });
    return;
  }
  await admin(async (c) => {
    // Only this run's clones: another run on the same server (a second checkout, a drill) keeps its own.
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $2) OR datname = $1`, [
      template,
      clonePrefix(template),
    ]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  });
}

/** Clones are named after their template (which carries the run's pid), so a run drops only its own. */
function clonePrefix(template: string): string {
  return `motcua_t_${template.replace(/^motcua_tpl_/, '')}_`;
}

/** A fresh database for one test file, cloned from the template. */
export async function cloneTemplate(template: string): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  if (pgUrl) {
    const name = `${clonePrefix(template)}${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const url = withDatabase(pgUrl, name);
    const database = await openDatabase({ kind: 'postgresql', url, poolMax: 8 });
    return {
      database,
      url,
      async drop() {
        await database.close();
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const blob = new Blob([fs.readFileSync(template)]);
  const database = await openDatabase({ kind: 'pglite-memory', loadDataDir: blob });
  return { database, drop: () => database.close() };
}
