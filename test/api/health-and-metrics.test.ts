// Issue 11 (item 15 and observability): probes are public and tell nothing; health details and metrics
// are for operators; request ids travel from the request to the worker's log lines (ADR 0024).
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, JobRunner } from '../../src/platform/jobs/job-runner.ts';
import { jobs, outboxEvents } from '../../src/platform/jobs/jobs.tables.ts';
import { submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'mat-khau-van-hanh-2026';

describe('health probes, health details and metrics', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let desk: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
    desk = await t.login('motcua.tinh');
    const made = await t.request('POST', '/api/v1/admin/officers', {
      token: admin,
      body: { username: 'vanhanh', fullName: 'Lương Văn Hành', password: PASSWORD, grants: [{ role: 'OPERATOR', agencyCode: 'H21' }] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const login = await t.request('POST', '/api/v1/auth/login', { body: { username: 'vanhanh', password: PASSWORD } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    operator = login.body.token;
  });
  afterAll(() => t.close());

  it('live and ready are public and show no internals', async () => {
    const live = await t.request('GET', '/api/v1/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await t.request('GET', '/api/v1/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('ready answers 503 while a migration this code expects is not applied, and 200 again once it is', async () => {
    const db = t.app.database.db;
    const [last] = (await db.execute(sql`SELECT name, sha256 FROM motcua_migrations ORDER BY name DESC LIMIT 1`) as unknown as { rows: { name: string; sha256: string }[] }).rows;
    await db.execute(sql`DELETE FROM motcua_migrations WHERE name = ${last!.name}`);
    try {
      const res = await t.request('GET', '/api/v1/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ status: 'unavailable' });
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await db.execute(sql`INSERT INTO motcua_migrations (name, sha256) VALUES (${last!.name}, ${last!.sha256})`);
    }
    expect((await t.request('GET', '/api/v1/health/ready')).status).toBe(200);
  });

  it('health details need an operator or an administrator: 401 anonymous, 403 a desk officer', async () => {
    const anonymous = await t.request('GET', '/api/v1/health');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('error.unauthorized');
    expect(JSON.stringify(anonymous.body)).not.toMatch(/jobs|outbox|pglite|postgresql/);
    expect((await t.request('GET', '/api/v1/health', { token: desk })).status).toBe(403);
    for (const token of [operator, admin]) {
      const res = await t.request('GET', '/api/v1/health', { token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite', outboxBacklog: expect.any(Number), jobs: expect.any(Object) });
      expect(res.body.pool).toEqual({ total: expect.any(Number), idle: expect.any(Number), waiting: expect.any(Number), max: expect.any(Number) });
    }
  });

  it('an operator sees figures, never a dossier', async () => {
    const created = await t.request('POST', '/api/v1/dossiers', { token: desk, body: await submission(t, '1.004230') });
    expect(created.status).toBe(201);
    expect((await t.request('GET', `/api/v1/dossiers/${created.body.id}`, { token: operator })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/dossiers/${created.body.id}`, { token: desk })).status).toBe(200);
  });

  it('metrics are for operators only: 401 anonymous, 403 an administrator', async () => {
    expect((await t.request('GET', '/metrics')).status).toBe(401);
    const byAdmin = await t.request('GET', '/metrics', { token: admin });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.error.code).toBe('error.forbidden');
  });

  it('metrics name route patterns, never raw URLs, and read the queue, outbox, sync and notification figures from the database', async () => {
    const code = 'H21.02-260302-0042';
    expect((await t.request('GET', `/api/v1/public/dossiers/${code}`)).status).toBe(404);
    const db = t.app.database.db;
    const now = t.clock.now();
    const hourAgo = new Date(now.getTime() - 3_600_000);
    await db.insert(jobs).values([
      { id: 'metrics-test:dead', handler: 'notifications.notify-citizen', payload: {}, status: 'dead', attempts: 8, maxAttempts: 8, runAfter: hourAgo, createdAt: hourAgo, lastError: 'smtp refused' },
      { id: 'metrics-test:retry', handler: 'notifications.notify-citizen', payload: {}, status: 'queued', attempts: 2, maxAttempts: 8, runAfter: now, createdAt: hourAgo },
      { id: 'metrics-test:sync', handler: 'integrations.dvcqg-sync', payload: {}, status: 'queued', attempts: 0, maxAttempts: 8, runAfter: now, createdAt: new Date(now.getTime() - 600_000) },
    ]);
    await db.insert(outboxEvents).values({ eventId: '00000000-0000-4000-8000-000000000042', type: 'metrics.test', aggregateType: 'test', aggregateId: 'x', payload: {}, occurredAt: new Date(now.getTime() - 120_000) });
    try {
      const res = await t.request('GET', '/metrics', { token: operator });
      expect(res.status).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/^text\/plain/);
      const text = res.body as string;
      expect(text).toMatch(/motcua_http_request_duration_seconds_count\{route="\/api\/v1\/public\/dossiers\/:dossierCode",method="GET",status_class="4xx"\} 1/);
      expect(text).not.toContain(code);
      expect(text).toContain('motcua_database_up 1');
      expect(text).toContain('motcua_jobs{handler="notifications.notify-citizen",status="dead"} 1');
      expect(text).toContain('motcua_jobs_oldest_age_seconds{handler="notifications.notify-citizen",status="dead"} 3600');
      expect(text).toContain('motcua_jobs_retrying{handler="notifications.notify-citizen"} 1');
      expect(text).toContain('motcua_notification_failures{state="dead"} 1');
      expect(text).toContain('motcua_notification_failures{state="retrying"} 1');
      expect(text).toContain('motcua_sync_backlog_jobs 1');
      expect(text).toContain('motcua_sync_lag_seconds 600');
      expect(text).toMatch(/motcua_outbox_pending_events [1-9]/);
      expect(text).toMatch(/motcua_outbox_lag_seconds (1[2-9]\d|[2-9]\d\d|\d{4,})/);
      expect(text).toMatch(/motcua_db_pool_connections\{state="max"\} \d+/);
      expect(text).toContain('motcua_process_resident_memory_bytes');
    } finally {
      await db.delete(jobs).where(sql`${jobs.id} LIKE 'metrics-test:%'`);
      await db.delete(outboxEvents).where(eq(outboxEvents.type, 'metrics.test'));
    }
    // A handler whose jobs are gone leaves no stale series behind.
    const after = (await t.request('GET', '/metrics', { token: operator })).body as string;
    expect(after).not.toContain('integrations.dvcqg-sync');
    expect(after).toContain('motcua_sync_backlog_jobs 0');
  });
});

describe('request ids, end to end', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps a well-formed X-Request-Id, replaces anything else, and returns it in the response and the error body', async () => {
    const kept = await t.request('GET', '/api/v1/health/live', { headers: { 'x-request-id': 'lb-7f3a2c9e-0001' } });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a2c9e-0001');
    for (const bad of ['short', 'có dấu tiếng Việt 123', 'a'.repeat(200), 'line\\nbreak-000000', 'evil"quote-0000000']) {
      const res = await t.request('GET', '/api/v1/nothing-here', { headers: { 'x-request-id': bad } });
      expect(res.headers['x-request-id'], bad).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    }
  });

  it('the request id is stored with the outbox events a command writes, copied to their jobs, and named by the worker log lines', async () => {
    const requestId = 'trace-submit-000000001';
    const desk = await t.login('motcua.tinh');
    const body = await submission(t, '1.004230');
    const res = await t.request('POST', '/api/v1/dossiers', { token: desk, body, headers: { 'x-request-id': requestId } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers['x-request-id']).toBe(requestId);
    const db = t.app.database.db;
    const events = await db.select({ requestId: outboxEvents.requestId }).from(outboxEvents).where(eq(outboxEvents.aggregateId, res.body.id));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.requestId === requestId)).toBe(true);

    // A worker with its own log stream: the job it runs for the event logs with the request's id,
    // and a job that job enqueues carries the id on.
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(...chunk.toString().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)), done()) });
    const seen: (string | undefined)[] = [];
    const probe = defineJob({
      name: 'test.request-id-probe',
      payload: z.object({ event: z.object({ aggregateId: z.string() }).loose() }),
      subscribes: ['dossier.submitted'],
      async run(payload, ctx) {
        seen.push(ctx.requestId);
        ctx.logger.info({ dossier: payload.event.aggregateId }, 'probe ran');
        await ctx.db.transaction((tx) => JobRunner.enqueue(tx, 'test.request-id-follow-up', {}, { id: `follow-up:${payload.event.aggregateId}`, runAfter: ctx.clock.now() }));
      },
    });
    const followUp = defineJob({ name: 'test.request-id-follow-up', payload: z.object({}), run: async (_p, ctx) => ctx.logger.info('follow-up ran') });
    const runner = new JobRunner(db, t.clock, pino({ level: 'info' }, sink), [probe, followUp]);
    await runner.drain();
    expect(seen).toEqual([requestId]);
    const [job] = await db.select({ requestId: jobs.requestId }).from(jobs).where(eq(jobs.id, `follow-up:${res.body.id}`));
    expect(job?.requestId).toBe(requestId);
    expect(lines.filter((l) => l.msg === 'probe ran').map((l) => l.reqId)).toEqual([requestId]);
    expect(lines.filter((l) => l.msg === 'follow-up ran').map((l) => l.reqId)).toEqual([requestId]);
  });
});
