// Scaling out (issue 11, "Beyond one machine"): one web process and two worker processes
// (`motcua start` with MOTCUA_ROLES), started TOGETHER on one empty PostgreSQL database, each with
// its own data folder as separate machines would have, files on S3 (a local s3rver) and one shared
// secret key. Work submitted through the web process is done by the workers, once; the e-result a
// worker signs (with the development CA the three processes made together on the empty database) is
// served from S3 and verified as trusted by the web process — one key set for all three.
// PostgreSQL only: one PGlite data folder is one process's database by design.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { inAppraisal, staff, toIssuing } from '../lifecycle/drive.ts';
import { act } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, '../..');
const who = staff['H21.10'];
const LICENCE = '1.004470'; // its result, a licence, is an e-result signed by the competent agency

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

interface Proc {
  role: string;
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function startMotcua(role: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [path.join(root, 'bin/motcua.js'), 'start'], {
    cwd: root,
    env: { ...process.env, ...env, MOTCUA_ROLES: role, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { role, child, out: () => out, exited: new Promise((r) => child.once('exit', r)) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms: number, procs: Proc[] = []): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    const dead = procs.find((p) => p.child.exitCode !== null);
    if (dead) throw new Error(`${dead.role} exited with ${dead.child.exitCode} while waiting for ${what}:\n${dead.out().slice(-3000)}`);
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${procs.map((p) => `--- ${p.role}\n${p.out().slice(-1500)}`).join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The TestApp driver of the lifecycle helpers, over real HTTP to the web process. */
function httpDriver(base: string): TestApp {
  const tokens = new Map<string, string>();
  const t = {
    async request(method: string, url: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
      const isBuffer = Buffer.isBuffer(opts.body);
      const res = await fetch(`${base}${url}`, {
        method,
        headers: {
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.body !== undefined && !isBuffer ? { 'content-type': 'application/json' } : {}),
          ...(opts.headers ?? {}),
        },
        ...(opts.body !== undefined ? { body: isBuffer ? (opts.body as Buffer) : JSON.stringify(opts.body) } : {}),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: body as never, headers: Object.fromEntries(res.headers) };
    },
    async login(username: string) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await t.request('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, (res.body as { token: string }).token);
      return (res.body as { token: string }).token;
    },
  };
  return t as unknown as TestApp;
}

describe.skipIf(!pgUrl)('web and worker roles as separate processes (PostgreSQL; skipped on PGlite: one data folder is one process)', () => {
  let temp: string;
  let s3: S3rverInstance;
  let dbName: string;
  let dbUrl: string;
  let procs: Proc[] = [];
  let web: TestApp;
  const admin = async <T = Record<string, unknown>>(text: string, values: unknown[] = [], url = pgUrl!): Promise<T[]> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text, values)).rows as T[];
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-scale-out-'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(temp, 's3'), configureBuckets: [{ name: 'motcua-files' }] });
    const { port: s3Port } = await s3.run();
    dbName = `motcua_scaleout_${randomBytes(5).toString('hex')}`; // not motcua_t_*: a test run drops those when it ends
    await admin(`CREATE DATABASE ${dbName}`);
    dbUrl = Object.assign(new URL(pgUrl!), { pathname: `/${dbName}` }).toString();
    const shared = {
      DATABASE_URL: dbUrl,
      MOTCUA_ENV: 'development',
      MOTCUA_DEMO_DATA: 'auto',
      LOG_LEVEL: 'warn',
      MOTCUA_SECRET_KEY: randomBytes(32).toString('hex'),
      MOTCUA_STORAGE: 's3',
      MOTCUA_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      MOTCUA_S3_BUCKET: 'motcua-files',
      MOTCUA_S3_ACCESS_KEY_ID: 'S3RVER',
      MOTCUA_S3_SECRET_ACCESS_KEY: 'S3RVER',
      MOTCUA_OCR_WORKERS: '0',
      MOTCUA_VNEID_SIMULATOR: 'false',
      MOTCUA_DB_POOL_MAX: '4',
    };
    // All three at once, on the empty database, each with its own (empty) data folder.
    procs = ['web', 'worker', 'worker'].map((role, i) => startMotcua(role, { ...shared, MOTCUA_DATA_DIR: path.join(temp, `node-${i}`) }));
    // One start takes a few seconds on an idle machine; three at once on two shared cores, much longer.
    await until('three processes ready', () => (procs.every((p) => /sẵn sàng/.test(p.out())) ? true : undefined), 240_000, procs);
    const url = /API:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(procs[0]!.out())![1]!;
    web = httpDriver(url);
  }, 300_000);

  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.race([Promise.all(procs.map((p) => p.exited)), new Promise((r) => setTimeout(r, 10_000))]);
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await s3?.close();
    if (dbName) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('only the web process listens; the workers do the jobs, each once, and a worker-signed result verifies on the web process', async () => {
    const health = await web.request('GET', '/api/v1/health/live');
    expect(health.status).toBeLessThan(500);

    const d = await inAppraisal(web, LICENCE, who);
    await toIssuing(web, d.id, who);
    await act(web, await web.login(who.clerk), d.id, { type: 'issue_result', documentNumber: '15/GP-SKHCN' });
    const code = `${d.code}-KQ1`;

    // The web role runs no jobs: the signature can only come from a worker process.
    const checked = await until('the e-result signed by a worker', async () => {
      const res = await web.request('GET', `/api/v1/public/results/${code}`);
      return res.status === 200 && (res.body as { signatures?: unknown[] }).signatures?.length ? (res.body as { signatures: Record<string, unknown>[] }) : undefined;
    }, 120_000, procs);
    // Signed by a worker with the CA the three made together, stored on S3, verified by the web process.
    expect(checked.signatures[0]).toMatchObject({ valid: true, intact: true, chainTrusted: true });

    const jobs = await admin<{ handler: string; status: string; attempts: number }>(
      `SELECT handler, status, attempts FROM jobs WHERE source_event_id IS NOT NULL`, [], dbUrl);
    expect(jobs.length).toBeGreaterThan(0);
    const signing = jobs.filter((j) => j.handler === 'signing.sign-results');
    expect(signing.length).toBeGreaterThan(0);
    for (const j of signing) expect(j).toMatchObject({ status: 'done', attempts: 1 });
    expect(jobs.filter((j) => j.status === 'dead')).toEqual([]);
    // One signed result recorded once, one object on S3 for it.
    const results = await admin<{ n: number }>(`SELECT count(*)::int AS n FROM dossier_results WHERE sha256 IS NOT NULL`, [], dbUrl).catch(() => [{ n: -1 }]);
    expect(results[0]!.n).toBe(1);
    // One root CA in the database for all three processes.
    const roots = await admin<{ n: number }>(`SELECT count(*)::int AS n FROM dev_signing_keys WHERE kind = 'ca'`, [], dbUrl).catch((e: Error) => [{ n: e.message }]);
    expect(roots[0]!.n).toBe(1);
  }, 240_000);
});
