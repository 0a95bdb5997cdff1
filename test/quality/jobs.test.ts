// The transactional outbox and the job queue (ARCHITECTURE §3.6, src/platform/jobs): an event written
// by a dossier action becomes exactly one job per subscribed handler however often and however
// concurrently the relay runs; each job runs once; a failing job is retried with exponential back-off
// and lands in the dead letters after maxAttempts, where an administrator sees and revives it; a job
// whose worker died is taken up again once its lock expires.
import fc from 'fast-check';
import { and, eq, gt, inArray, isNull, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, JobRunner, type RegisteredJob } from '../../src/platform/jobs/job-runner.ts';
import { claimJobs, getJob } from '../../src/platform/jobs/jobs.repo.ts';
import { jobs, outboxEvents } from '../../src/platform/jobs/jobs.tables.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { act, create, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const logger = createLogger('silent');
const EventPayload = z.object({ event: z.object({ eventId: z.string(), type: z.string(), aggregateId: z.string() }).loose() });

describe('outbox and job queue', () => {
  let t: TestApp;
  let desk = '';
  let body: Record<string, unknown> = {};

  const db = () => t.app.database.db;
  const runner = (handlers: RegisteredJob[]) => new JobRunner(db(), t.clock, logger, handlers);
  /** Relays whatever is pending to nobody, so that each test starts from an empty outbox. */
  const flushOutbox = async () => {
    const nobody = runner([]);
    while ((await nobody.relayOnce()) > 0);
  };
  const pendingActionEvents = async () =>
    (await db().select({ eventId: outboxEvents.eventId }).from(outboxEvents).where(and(isNull(outboxEvents.relayedAt), eq(outboxEvents.type, 'dossier.action')))).map((r) => r.eventId);
  const jobsOf = (handler: string) => db().select().from(jobs).where(eq(jobs.handler, handler));
  /** A dossier action: one 'dossier.action' event (and a few others). */
  const oneAction = async () => {
    const d = await create(t, desk, body);
    await act(t, desk, d.id, { type: 'receive' });
  };

  beforeAll(async () => {
    t = await startTestApp();
    desk = await t.login('motcua.tinh');
    body = await submission(t, '1.004230');
  });
  afterAll(() => t.close());

  it('relays each event into exactly one job per subscribed handler, even when the relay runs twice, concurrently, or again after a crash', async () => {
    await flushOutbox();
    for (let i = 0; i < 4; i++) await oneAction();
    const events = await pendingActionEvents();
    expect(events).toHaveLength(4);
    const seen: string[] = [];
    const counting = defineJob({ name: 'test.count', payload: EventPayload, subscribes: ['dossier.action'], run: async (p) => void seen.push(p.event.eventId) });
    const other = defineJob({ name: 'test.other', payload: EventPayload, subscribes: ['dossier.returned'], run: async () => undefined });
    const [a, b] = [runner([counting, other]), runner([counting, other])];

    await Promise.all([a.relayOnce(), b.relayOnce(), a.relayOnce()]);
    expect(await a.relayOnce()).toBe(0);
    // As if a relay had crashed after writing the jobs but before marking the events: relaying again adds nothing.
    await db().update(outboxEvents).set({ relayedAt: null }).where(inArray(outboxEvents.eventId, events));
    expect(await b.relayOnce()).toBeGreaterThanOrEqual(4);

    const rows = await jobsOf('test.count');
    expect(rows.map((r) => r.id).sort()).toEqual(events.map((e) => `test.count:${e}`).sort());
    expect(rows.every((r) => r.status === 'queued' && r.sourceEventId !== null)).toBe(true);
    expect(await jobsOf('test.other')).toHaveLength(0); // not subscribed to these events

    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]);
    await a.drain();
    expect(seen.sort()).toEqual([...events].sort());
    expect((await jobsOf('test.count')).every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('any interleaving of actions, relays, runs and time passing runs each handler once per event (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('act', 'relayA', 'relayB', 'runA', 'runB', 'tick'), { minLength: 4, maxLength: 14 }), fc.integer({ min: 0, max: 1e6 }), async (ops, salt) => {
        await flushOutbox();
        const name = `test.model${salt}`;
        const seen: string[] = [];
        const h = defineJob({ name, payload: EventPayload, subscribes: ['dossier.action'], run: async (p) => void seen.push(p.event.eventId) });
        const [a, b] = [runner([h]), runner([h])];
        const [{ last }] = (await db().select({ last: max(outboxEvents.id) }).from(outboxEvents)) as [{ last: number | null }];
        const step = async (op: string) => {
          if (op === 'act') await oneAction();
          else if (op === 'relayA') await a.relayOnce();
          else if (op === 'relayB') await b.relayOnce();
          else if (op === 'runA') await a.runOnce();
          else if (op === 'runB') await b.runOnce();
          else t.clock.advance(60_000);
        };
        // Pairs of operations run concurrently, as two worker processes would.
        for (let i = 0; i < ops.length; i += 2) await Promise.all(ops.slice(i, i + 2).map(step));
        await a.drain();
        const expected = (
          await db().select({ eventId: outboxEvents.eventId }).from(outboxEvents).where(and(gt(outboxEvents.id, last ?? 0), eq(outboxEvents.type, 'dossier.action')))
        ).map((r) => r.eventId);
        expect(expected.length).toBe(ops.filter((o) => o === 'act').length);
        expect(seen.sort()).toEqual([...expected].sort());
        expect(new Set(seen).size).toBe(seen.length);
      }),
      { seed: 8, numRuns: 6 },
    );
  });

  describe('a failing handler', () => {
    let fail = true;
    const flaky = defineJob({
      name: 'test.flaky',
      payload: EventPayload,
      subscribes: ['dossier.action'],
      maxAttempts: 3,
      run: async () => {
        if (fail) throw new Error('Kho lưu trữ không phản hồi');
      },
    });
    let jobId = '';

    it('is retried with exponential back-off (5 s, then 10 s, each with up to 25% jitter) and is dead after maxAttempts', async () => {
      await flushOutbox();
      await oneAction();
      const f = runner([flaky]);
      expect(await f.relayOnce()).toBe(3); // dossier.submitted, dossier.action, dossier.received
      const [job] = await jobsOf('test.flaky');
      jobId = job!.id;
      for (const [attempt, base] of [
        [1, 5_000],
        [2, 10_000],
      ] as const) {
        const now = t.clock.now().getTime();
        expect(await f.runOnce()).toBe(1);
        const row = (await getJob(db(), jobId))!;
        expect(row).toMatchObject({ status: 'queued', attempts: attempt, lastError: 'Kho lưu trữ không phản hồi', lockedUntil: null });
        const delay = row.runAfter.getTime() - now;
        expect(delay).toBeGreaterThanOrEqual(base);
        expect(delay).toBeLessThanOrEqual(base * 1.25);
        expect(await f.runOnce()).toBe(0); // not due yet
        t.clock.advance(delay - 1);
        expect(await f.runOnce()).toBe(0);
        t.clock.advance(1);
      }
      expect(await f.runOnce()).toBe(1);
      expect(await getJob(db(), jobId)).toMatchObject({ status: 'dead', attempts: 3, maxAttempts: 3, lastError: 'Kho lưu trữ không phản hồi' });
      t.clock.advance(3_600_000);
      expect(await f.runOnce()).toBe(0); // the dead are never claimed again
    });

    it('is listed as dead to an administrator (only), and a retry gives it three more attempts', async () => {
      const admin = await t.login('quantri');
      const dead = await t.request('GET', '/api/v1/admin/jobs?status=dead', { token: admin });
      expect(dead.status).toBe(200);
      expect(dead.body.items).toContainEqual(expect.objectContaining({ id: jobId, handler: 'test.flaky', status: 'dead', attempts: 3, maxAttempts: 3, lastError: 'Kho lưu trữ không phản hồi' }));
      expect((await t.request('GET', '/api/v1/admin/jobs?status=dead', { token: desk })).status).toBe(403);
      expect((await t.request('GET', '/api/v1/admin/jobs?status=dead', { token: await t.login('giamsat') })).status).toBe(403);

      const retried = await t.request('POST', `/api/v1/admin/jobs/${encodeURIComponent(jobId)}/retry`, { token: admin });
      expect(retried.status).toBe(200);
      expect(retried.body).toEqual({ id: jobId, status: 'queued' });
      expect(await getJob(db(), jobId)).toMatchObject({ status: 'queued', attempts: 3, maxAttempts: 6, finishedAt: null });
      expect((await t.request('POST', `/api/v1/admin/jobs/${encodeURIComponent(jobId)}/retry`, { token: admin })).status).toBe(404); // no longer dead
      const audit = await t.request('GET', `/api/v1/admin/audit/job/${encodeURIComponent(jobId)}`, { token: admin });
      expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual(['job.retry']);
      expect((await t.request('GET', '/api/v1/admin/jobs?status=dead', { token: admin })).body.items.map((j: { id: string }) => j.id)).not.toContain(jobId);

      fail = false;
      expect(await runner([flaky]).runOnce()).toBe(1);
      expect(await getJob(db(), jobId)).toMatchObject({ status: 'done', attempts: 4 });
    });
  });

  it('a job whose worker died (running, lock expired) is run again — once — after the lock expires', async () => {
    const ran: string[] = [];
    const h = defineJob({ name: 'test.orphan', payload: z.object({ n: z.number() }), run: async (p, ctx) => void ran.push(`${p.n}:${ctx.attempt}`) });
    await JobRunner.enqueue(db(), 'test.orphan', { n: 7 }, { id: 'test.orphan:1', runAfter: t.clock.now() });
    // A worker claims it (lock 60 s) and dies without finishing.
    const claimed = await claimJobs(db(), t.clock.now(), 60_000, 100);
    expect(claimed.map((j) => j.id)).toContain('test.orphan:1');
    expect(await getJob(db(), 'test.orphan:1')).toMatchObject({ status: 'running', attempts: 1 });
    const w = runner([h]);
    t.clock.advance(59_000);
    await w.runOnce();
    expect(ran).toEqual([]); // still locked by the dead worker
    t.clock.advance(2_000);
    await w.runOnce();
    await w.runOnce();
    expect(ran).toEqual(['7:2']);
    expect(await getJob(db(), 'test.orphan:1')).toMatchObject({ status: 'done', attempts: 2, lockedUntil: null });
  });
});
