// Issue 11 item 3 and the audit anchors (ADR 0023): heads cannot be deleted or moved by hand,
// verification names a missing chain and checks every configured one, and the last anchor catches a
// chain rewritten with every link recomputed. The external party is a real HTTP server on port 0.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Db } from '../../platform/db/database.ts';
import { anchorAuditHeads } from './anchor-audit-heads.ts';
import { createAnchorPublisher } from './anchor-publisher.ts';
import { buildAnchorFile, checkAnchorFile } from './audit-anchor.ts';
import { contentHash, linkHash, GENESIS_HASH } from './audit-entry.ts';
import { createAuditLog, type AnchorDeps } from './audit-log.ts';
import { auditAnchorJob } from './jobs/anchor-heads-job.ts';

/** The database's own message (Drizzle wraps driver errors, keeping the driver's as the cause). */
async function refusal(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
  return 'accepted';
}

const rows = async (db: Db, query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: Record<string, any>[] }).rows;

/** What someone with full database rights can do: switch the guards off for one statement block. */
async function asSuperuser(db: Db, fn: () => Promise<void>): Promise<void> {
  await db.execute(sql`ALTER TABLE audit_chain_heads DISABLE TRIGGER USER`);
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
  try {
    await fn();
  } finally {
    await db.execute(sql`ALTER TABLE audit_chain_heads ENABLE TRIGGER USER`);
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  }
}

/** Rewrites a whole chain consistently: entry 1's payload changes and every hash after it is recomputed. */
async function rewriteChain(db: Db, chain: number): Promise<void> {
  const entries = await rows(db, sql`SELECT id, seq, occurred_at, actor_kind, actor_id, action, entity_type, entity_id, payload, request_id FROM audit_log WHERE chain = ${chain} ORDER BY seq`);
  let prev: Buffer = GENESIS_HASH;
  await asSuperuser(db, async () => {
    for (const e of entries) {
      const payload = Number(e.seq) === 1 ? { ...(e.payload as object), forged: true } : (e.payload as Record<string, unknown>);
      const content = contentHash({ chain, occurredAt: new Date(e.occurred_at as string), actorKind: e.actor_kind, actorId: e.actor_id, action: e.action, entityType: e.entity_type, entityId: e.entity_id, payload, requestId: e.request_id ?? null });
      const hash = linkHash(prev, Number(e.seq), content);
      await db.execute(sql`UPDATE audit_log SET payload = ${JSON.stringify(payload)}::jsonb, content_hash = ${content}, prev_hash = ${prev}, hash = ${hash} WHERE id = ${e.id}`);
      prev = hash;
    }
    await db.execute(sql`UPDATE audit_chain_heads SET hash = ${prev} WHERE chain = ${chain}`);
  });
}

async function addEntries(t: TestApp, n: number): Promise<void> {
  const audit = t.app.services.audit;
  await t.app.database.db.transaction(async (tx) => {
    await audit.record(tx, { actor: { kind: 'system', id: 'test' } as never, at: t.clock.now() }, Array.from({ length: n }, (_, i) => ({ action: 'test.entry', entityType: 'test', entityId: `e-${Date.now()}-${i}`, payload: { i } })));
  });
}

/** A small external party: records what it is sent, answers with the status it is told to. */
function receiver() {
  const received: { auth: string | undefined; body: string }[] = [];
  let status = 201;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ receipt: `r-${received.length}` }));
    });
  });
  return {
    received,
    answer: (s: number) => void (status = s),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/anchors`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('audit chain heads and anchors', () => {
  let t: TestApp;
  let db: Db;
  let anchors: AnchorDeps;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.database.db;
    anchors = { store: t.app.services.files.store, secretKey: t.app.services.secretKey };
    await addEntries(t, 40);
  });
  afterAll(() => t?.close());

  it('a chain head cannot be deleted, truncated or moved by hand; appending still advances it', async () => {
    const [before] = await rows(db, sql`SELECT seq FROM audit_chain_heads WHERE chain = 0`);
    expect(await refusal(db.execute(sql`DELETE FROM audit_chain_heads WHERE chain = 0`))).toMatch(/advance only by appending/);
    expect(await refusal(db.execute(sql`UPDATE audit_chain_heads SET seq = seq + 1 WHERE chain = 0`))).toMatch(/advance only by appending/);
    expect(await refusal(db.execute(sql`UPDATE audit_chain_heads SET hash = decode(repeat('00', 32), 'hex') WHERE chain = 0`))).toMatch(/advance only by appending/);
    expect(await refusal(db.execute(sql`TRUNCATE audit_chain_heads`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (500, 7, decode(repeat('11', 32), 'hex'))`))).toMatch(/genesis/);
    const [after] = await rows(db, sql`SELECT seq FROM audit_chain_heads WHERE chain = 0`);
    expect(Number(after!.seq)).toBe(Number(before!.seq));
    await addEntries(t, 40);
    const verified = await t.app.services.audit.verify(db, anchors);
    expect(verified.problems).toEqual([]);
  });

  it('anchors every head in a MAC-checked file in the file store; verify checks the last anchor', async () => {
    const outcome = await anchorAuditHeads({ db, ...anchors, store: t.app.services.files.store }, { slot: 'test-1', at: t.clock.now() });
    expect(outcome.publication).toBeNull();
    expect(outcome.chains.length).toBeGreaterThanOrEqual(16);
    const file = await t.app.services.files.store.read(outcome.sha256);
    const checked = checkAnchorFile(file, t.app.services.secretKey());
    expect(checked.ok).toBe(true);
    // Same slot again (a retried job): the same anchor, not a second one.
    expect((await anchorAuditHeads({ db, ...anchors, store: t.app.services.files.store }, { slot: 'test-1', at: t.clock.now() })).sha256).toBe(outcome.sha256);
    const verified = await t.app.services.audit.verify(db, anchors);
    expect(verified.ok, JSON.stringify(verified.problems)).toBe(true);
    expect(verified.anchor).toMatchObject({ slot: 'test-1', sha256: outcome.sha256 });
  });

  it('an anchor file altered by one byte, or made under another key, is refused', () => {
    const key = t.app.services.secretKey();
    const file = buildAnchorFile({ slot: 's', createdAt: new Date('2026-03-02T00:00:00Z'), previous: null, chains: [{ chain: 0, seq: 3, hash: 'ab'.repeat(32) }] }, key);
    expect(checkAnchorFile(file, key).ok).toBe(true);
    const altered = Buffer.from(file.toString().replace('"seq": 3', '"seq": 4'));
    expect(checkAnchorFile(altered, key)).toEqual({ ok: false, reason: 'MAC_MISMATCH' });
    expect(checkAnchorFile(file, Buffer.alloc(32, 7))).toEqual({ ok: false, reason: 'OTHER_KEY' });
    expect(checkAnchorFile(Buffer.from('{'), key)).toEqual({ ok: false, reason: 'UNREADABLE' });
  });

  it('POSTs the anchor to the external party with its token, records the receipt, retries a refusal, never sends twice', async () => {
    const party = receiver();
    const url = await party.listen();
    try {
      const job = auditAnchorJob({ store: t.app.services.files.store, secretKey: t.app.services.secretKey, publisher: createAnchorPublisher({ url, token: 'anchor-token-1' }) });
      const ctx = { db, clock: t.clock, logger: t.app.logger, jobId: 'audit.anchor-heads@2026-03-02T00:00:00.000Z', attempt: 1, requestId: undefined };
      party.answer(503);
      await expect(job.run({}, ctx)).rejects.toThrow(/not accepted by .*status 503/);
      party.answer(201);
      await job.run({}, { ...ctx, attempt: 2 });
      await job.run({}, { ...ctx, attempt: 3 });
      expect(party.received).toHaveLength(2);
      expect(party.received[0]!.auth).toBe('Bearer anchor-token-1');
      // Both attempts carried the very same anchor file.
      expect(party.received[1]!.body).toBe(party.received[0]!.body);
      const sent = JSON.parse(party.received[1]!.body);
      expect(sent).toMatchObject({ format: 'motcua-audit-anchor/1', slot: ctx.jobId });
      const receipts = await rows(db, sql`SELECT r.status, r.receipt FROM audit_anchor_receipts r JOIN audit_anchors a ON a.id = r.anchor_id WHERE a.slot = ${ctx.jobId} ORDER BY r.id`);
      expect(receipts.map((r) => Number(r.status))).toEqual([503, 201]);
      expect(receipts[1]!.receipt).toContain('r-2');
    } finally {
      await party.close();
    }
  });

  it('a party that cannot be reached is recorded as status 0, not a crash', async () => {
    const party = receiver();
    const url = await party.listen();
    await party.close();
    const outcome = await anchorAuditHeads({ db, ...anchors, store: t.app.services.files.store, publisher: createAnchorPublisher({ url, token: 'x', timeoutMs: 2000 }) }, { slot: 'test-unreachable', at: t.clock.now() });
    expect(outcome.publication).toMatchObject({ delivered: false, status: 0 });
  });

  it('a chain rewritten with every link recomputed passes the walk but contradicts the last anchor', async () => {
    await anchorAuditHeads({ db, ...anchors, store: t.app.services.files.store }, { slot: 'test-before-rewrite', at: t.clock.now() });
    const [{ chain } = { chain: 0 }] = await rows(db, sql`SELECT chain FROM audit_chain_heads WHERE seq > 1 ORDER BY chain LIMIT 1`);
    await rewriteChain(db, Number(chain));
    const withoutAnchor = await t.app.services.audit.verify(db);
    expect(withoutAnchor.problems).toEqual([]);
    const verified = await t.app.services.audit.verify(db, anchors);
    expect(verified.ok).toBe(false);
    expect(verified.problems).toContainEqual(expect.objectContaining({ chain: Number(chain), problem: 'ANCHOR_MISMATCH' }));
  });

  it('a deleted head is reported as MISSING_CHAIN (with the altered entries of that chain), and every configured chain is required', async () => {
    const [{ chain } = { chain: 0 }] = await rows(db, sql`SELECT chain FROM audit_chain_heads WHERE seq > 0 AND chain < 16 ORDER BY chain DESC LIMIT 1`);
    await asSuperuser(db, async () => {
      await db.execute(sql`DELETE FROM audit_chain_heads WHERE chain = ${chain}`);
      await db.execute(sql`UPDATE audit_log SET payload = '{"altered":true}'::jsonb WHERE chain = ${chain} AND seq = 1`);
    });
    const verified = await t.app.services.audit.verify(db);
    expect(verified.ok).toBe(false);
    expect(verified.problems).toContainEqual({ chain: Number(chain), seq: 0, problem: 'MISSING_CHAIN' });
    expect(verified.problems).toContainEqual(expect.objectContaining({ chain: Number(chain), seq: 1, problem: 'CONTENT_CHANGED' }));
    // A configured chain with neither head nor entries is missing too: a log configured for N chains needs heads 0..N-1.
    const [{ free } = { free: 0 }] = await rows(db, sql`SELECT max(chain) AS free FROM audit_chain_heads`);
    await asSuperuser(db, async () => {
      await db.execute(sql`DELETE FROM audit_chain_heads WHERE chain = ${free} AND seq = 0`);
    });
    const all = await createAuditLog(Number(free) + 1).verify(db);
    expect(all.problems).toContainEqual({ chain: Number(free), seq: 0, problem: 'MISSING_CHAIN' });
  });
});
