// Issue 11, the PostgreSQL outage drill (ADR 0024): with the database gone for a while under load,
// requests fail fast with 503 in motcua's error format (with Retry-After), nothing acknowledged is
// lost, every refused request can be retried safely with its Idempotency-Key, and motcua — web and
// job worker — recovers by itself when the database returns, without a restart.
//
// The shared PostgreSQL server is never stopped (other test files use it): motcua reaches it through
// a TCP proxy that this test cuts. The outage has two halves, like a real one: first the server is
// gone (connections reset, new ones refused), then the network path is dead (connections accepted
// and never answered), which only the connect timeout can end. The window defaults to 8 s to keep
// the file short; OUTAGE_DRILL_SECONDS=30 runs the full drill of the issue.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createApp, type Motcua } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { isDatabaseUnavailable, openDatabase, type Database } from '../../src/platform/db/database.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { submission } from '../support/dossier-fixtures.ts';
import { cloneTemplate } from '../support/template-db.ts';
import type { TestApp } from '../support/test-app.ts';

const OUTAGE_MS = Number(process.env.OUTAGE_DRILL_SECONDS ?? 8) * 1000;
const CONNECT_TIMEOUT_MS = 1000;
/** A refused request must be answered within the connect timeout plus this much (a busy 2-core machine). */
const FAIL_FAST_SLACK_MS = 3000;

type Mode = 'up' | 'refuse' | 'blackhole';

/** A TCP proxy in front of PostgreSQL that can play a stopped server or a dead network path. */
async function cuttableProxy(target: { host: string; port: number }) {
  let mode: Mode = 'up';
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (mode === 'refuse') return void client.resetAndDestroy();
    if (mode === 'blackhole') return; // accepted, never answered
    const upstream = net.connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => (sockets.delete(upstream), client.destroy()));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    /** Every change drops the connections open now, as a server stop or a network cut does. */
    set(next: Mode) {
      mode = next;
      for (const s of sockets) s.destroy();
    },
    close: () => new Promise<void>((resolve) => (server.close(() => resolve()), [...sockets].forEach((s) => s.destroy()))),
  };
}

interface Outcome {
  key: string;
  status: number;
  ms: number;
  phase: Mode;
  body: any;
  headers: Headers;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL outage drill (PostgreSQL only: PGlite runs inside the process, there is no server to lose)', () => {
  let clone: { database: Database; url?: string; drop(): Promise<void> };
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let app: Motcua;
  let base: string;
  beforeAll(async () => {
    clone = await cloneTemplate(inject('template'));
    const direct = new URL(clone.url!);
    proxy = await cuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(clone.url!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const config = loadConfig({
      MOTCUA_ENV: 'test',
      LOG_LEVEL: 'silent',
      MOTCUA_DEMO_DATA: 'never',
      MOTCUA_DATA_DIR: path.join(os.tmpdir(), `motcua-test-data-${process.pid}`),
      DATABASE_URL: viaProxy.toString(),
      MOTCUA_DB_POOL_MAX: '6',
      MOTCUA_DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      PORT: '0',
    });
    app = await createApp(config, { clock: new ManualClock('2026-03-02T09:00:00+07:00'), logger: createLogger(process.env.MOTCUA_TEST_LOG === '1' ? 'warn' : 'silent') });
    await app.http.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.http.server.address() as net.AddressInfo).port}`;
    app.runner.start();
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await clone?.drop();
  });

  const dossierCount = async () => Number(((await clone.database.db.execute(sql`SELECT count(*)::int AS n FROM dossiers`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

  it(`fails fast with 503 during a ${OUTAGE_MS / 1000} s outage under load, loses nothing acknowledged, and recovers without a restart`, async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'motcua.tinh', password: DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    const token = ((await login.json()) as { token: string }).token;
    const asTestApp = { request: async (method: string, url: string) => ({ status: 200, body: await (await fetch(`${base}${url}`, { method })).json(), headers: {} }) } as unknown as TestApp;
    const body = JSON.stringify(await submission(asTestApp, '1.004230'));
    const before = await dossierCount();

    let phase: Mode = 'up';
    const outcomes: Outcome[] = [];
    const submit = async (key: string): Promise<Outcome> => {
      const started = performance.now();
      const at = phase;
      const res = await fetch(`${base}/api/v1/dossiers`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key }, body });
      return { key, status: res.status, ms: performance.now() - started, phase: at, body: await res.json(), headers: res.headers };
    };
    let loading = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (loading) outcomes.push(await submit(`drill-${randomUUID()}`));
    });
    const ready = async () => (await fetch(`${base}/api/v1/health/ready`)).status;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    await sleep(1500);
    phase = 'refuse';
    proxy.set('refuse');
    await sleep(OUTAGE_MS / 2);
    expect(await ready()).toBe(503);
    phase = 'blackhole';
    proxy.set('blackhole');
    await sleep(OUTAGE_MS / 2);
    expect(await ready()).toBe(503);
    phase = 'up';
    proxy.set('up');
    const back = performance.now();
    while ((await ready()) !== 200) {
      expect(performance.now() - back, 'ready again without a restart').toBeLessThan(10_000);
      await sleep(100);
    }
    const recoveredMs = performance.now() - back;
    await sleep(1500);
    loading = false;
    await Promise.all(clients);

    // Only two answers exist: acknowledged, or refused in motcua's format — never a 500, never a hang.
    expect(outcomes.filter((o) => o.status !== 201 && o.status !== 503).map((o) => `${o.status} ${JSON.stringify(o.body)}`)).toEqual([]);
    const refused = outcomes.filter((o) => o.status === 503);
    expect(refused.length, 'the outage was felt').toBeGreaterThan(0);
    for (const o of refused) {
      expect(o.body.error.code).toBe('error.databaseUnavailable');
      expect(o.body.error.message).toMatch(/cơ sở dữ liệu/);
      expect(o.body.error.requestId).toBe(o.headers.get('x-request-id'));
      expect(o.headers.get('retry-after')).toBe('5');
      expect(o.ms, `refused in ${Math.round(o.ms)} ms`).toBeLessThan(CONNECT_TIMEOUT_MS + FAIL_FAST_SLACK_MS);
    }
    expect(refused.some((o) => o.phase === 'blackhole'), 'the dead network path ends in 503 too').toBe(true);
    const acknowledged = outcomes.filter((o) => o.status === 201);
    expect(acknowledged.some((o) => o.phase === 'up' && outcomes.indexOf(o) > outcomes.indexOf(refused[0]!)), 'acknowledged again after the outage').toBe(true);

    // Nothing acknowledged was lost.
    const ids = acknowledged.map((o) => o.body.id as string);
    const found = (await clone.database.db.execute(sql`SELECT id FROM dossiers WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)) as unknown as { rows: { id: string }[] };
    expect(found.rows.map((r) => r.id).sort()).toEqual([...ids].sort());

    // Every refused request, retried with its key, is carried out exactly once.
    const retries = [...refused];
    const retried: number[] = [];
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let o = retries.pop(); o; o = retries.pop()) retried.push((await submit(o.key)).status);
    }));
    expect(retried.filter((s) => s !== 201)).toEqual([]);
    expect(await dossierCount()).toBe(before + acknowledged.length + refused.length);

    // The job worker lived through it: every committed event is relayed into jobs by its own loop.
    const pending = async () => Number(((await clone.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    const drainStart = performance.now();
    while ((await pending()) > 0) {
      expect(performance.now() - drainStart, 'the worker relays the backlog').toBeLessThan(15_000);
      await sleep(200);
    }
    // No connection was left checked out by a transaction that could not begin (it would shrink the
    // pool for good, one outage at a time): with the worker stopped, every client is idle.
    await app.runner.stop();
    const stopped = performance.now();
    while (app.database.poolStats().total !== app.database.poolStats().idle) {
      expect(performance.now() - stopped, `pool ${JSON.stringify(app.database.poolStats())}`).toBeLessThan(3000);
      await sleep(50);
    }
    process.stdout.write(`outage drill: ${outcomes.length} requests, ${acknowledged.length} acknowledged, ${refused.length} refused (max ${Math.round(Math.max(...refused.map((o) => o.ms)))} ms), ready again ${Math.round(recoveredMs)} ms after the database returned\n`);
  }, 60_000 + OUTAGE_MS);

  it('a connection that dies between checkout and BEGIN is handed back, not leaked (the pool would shrink with every outage)', async () => {
    const database = await openDatabase({ kind: 'postgresql', url: clone.url!, poolMax: 2 });
    try {
      const pool = (database.db as unknown as { $client: pg.Pool }).$client;
      await database.db.execute(sql`SELECT 1`);
      // The instant a transaction's client is checked out, its connection goes (a server stop lands there).
      let sabotage = true;
      pool.on('acquire', (client) => {
        if (!sabotage) return;
        sabotage = false;
        (client as unknown as { connection: { stream: net.Socket } }).connection.stream.destroy();
      });
      const failed = await database.db.transaction(async (tx) => tx.execute(sql`SELECT 1`)).then(() => undefined, (err: unknown) => err);
      expect(isDatabaseUnavailable(failed), String(failed)).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      expect({ total: pool.totalCount, idle: pool.idleCount }).toEqual({ total: pool.idleCount, idle: pool.idleCount });
      await database.db.transaction(async (tx) => tx.execute(sql`SELECT 1`));
    } finally {
      // With a leaked client, end() would wait for it for ever.
      await Promise.race([database.close(), new Promise((_, reject) => setTimeout(() => reject(new Error('pool.end() hangs: a client was never released')), 5000))]);
    }
  });
});
