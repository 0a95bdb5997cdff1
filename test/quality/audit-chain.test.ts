// The audit log is append-only and hash-chained (DOMAIN §14, ARCHITECTURE §4.3): the database refuses
// plain UPDATE, DELETE and TRUNCATE; and when a database superuser bypasses the triggers, verification
// names exactly what was done — a changed entry (CONTENT_CHANGED), a removed one (SEQUENCE_GAP and
// LINK_BROKEN at the next entry), a removed chain head (HEAD_MISMATCH) — and is clean again once the
// original rows are put back, so it reports no more than the truth.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, create, officerId, submission } from '../support/dossier-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

interface Problem {
  chain: number;
  seq: number;
  id?: number;
  problem: string;
}

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('the audit chain', () => {
  let t: TestApp;
  let admin = '';

  const rows = async <T>(query: SQL): Promise<T[]> => ((await t.app.database.db.execute(query)) as unknown as { rows: T[] }).rows;

  /** Runs statements as a superuser would, with the append-only triggers switched off for this transaction only. */
  const asSuperuser = (...statements: SQL[]) =>
    t.app.database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      for (const s of statements) await tx.execute(s);
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    });

  const verify = async () => {
    const res = await t.request('GET', '/api/v1/admin/audit/verify', { token: admin });
    expect(res.status).toBe(200);
    return res.body as { ok: boolean; entries: number; problems: Problem[]; chains: { chain: number; seq: number }[] };
  };

  /** Entries of chains with at least `min` entries, oldest first. */
  const chainsWith = async (min: number) => {
    const all = await rows<{ id: number; chain: number; seq: number }>(sql`SELECT id::int AS id, chain, seq::int AS seq FROM audit_log ORDER BY chain, seq`);
    const by = new Map<number, { id: number; seq: number }[]>();
    for (const r of all) by.set(r.chain, [...(by.get(r.chain) ?? []), r]);
    return [...by.entries()].filter(([, es]) => es.length >= min);
  };

  const saveRow = async (id: number) => (await rows<{ j: string }>(sql`SELECT row_to_json(a)::text AS j FROM audit_log a WHERE id = ${id}`))[0]!.j;
  const restoreRow = (json: string) => sql`INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(NULL::audit_log, ${json}::json)`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('quantri');
    // Mutations from several officers over a dozen dossiers spread entries over many chains.
    const desk = await t.login('motcua.tinh');
    const head = await t.login('khcn.truongphong');
    const specialist = await officerId(t, 'khcn.chuyenvien');
    const body = await submission(t, '1.004230');
    for (let i = 0; i < 12; i++) {
      const d = await create(t, desk, body);
      await act(t, desk, d.id, { type: 'receive' });
      if (i % 2 === 0) {
        await act(t, desk, d.id, { type: 'transfer' });
        await act(t, head, d.id, { type: 'assign', assigneeId: specialist });
      }
    }
  });
  afterAll(() => t.close());

  it('is clean after ordinary work, and only administrators and supervisors may verify it', async () => {
    const result = await verify();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const [{ n }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`)) as [{ n: number }];
    expect(result.entries).toBe(n);
    expect(result.entries).toBeGreaterThanOrEqual(30);
    expect((await chainsWith(3)).length).toBeGreaterThanOrEqual(3);
    expect((await t.request('GET', '/api/v1/admin/audit/verify', { token: await t.login('giamsat') })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/admin/audit/verify', { token: await t.login('motcua.tinh') })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/admin/audit/verify')).status).toBe(401);
  });

  it('plain UPDATE, DELETE and TRUNCATE are refused by the database (audit log and dossier action log)', async () => {
    const [{ id }] = (await rows<{ id: number }>(sql`SELECT id::int AS id FROM audit_log ORDER BY id LIMIT 1`)) as [{ id: number }];
    const db = t.app.database.db;
    /** The database's own refusal (Drizzle wraps it as the cause of "Failed query"). */
    const refusal = async (query: SQL): Promise<string> => {
      try {
        await db.execute(query);
      } catch (err) {
        const e = err as Error & { cause?: Error };
        return `${e.message} ${e.cause?.message ?? ''}`;
      }
      return 'accepted';
    };
    expect(await refusal(sql`UPDATE audit_log SET payload = '{}'::jsonb WHERE id = ${id}`)).toMatch(/audit_log is append-only \(UPDATE refused\)/);
    expect(await refusal(sql`DELETE FROM audit_log WHERE id = ${id}`)).toMatch(/audit_log is append-only \(DELETE refused\)/);
    expect(await refusal(sql`TRUNCATE audit_log`)).toMatch(/audit_log is append-only \(TRUNCATE refused\)/);
    expect(await refusal(sql`UPDATE dossier_actions SET note = 'sửa' WHERE seq = 1`)).toMatch(/dossier_actions is append-only/);
    expect(await refusal(sql`DELETE FROM dossier_actions WHERE seq = 2`)).toMatch(/dossier_actions is append-only/);
    const [{ n }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_actions WHERE note = 'sửa'`)) as [{ n: number }];
    expect(n).toBe(0);
    expect((await verify()).ok).toBe(true);
  });

  it('a changed column of any entry is reported as CONTENT_CHANGED at exactly that entry, and nothing once restored', async () => {
    const entries = (await chainsWith(1)).flatMap(([chain, es]) => es.map((e) => ({ chain, ...e })));
    const columns: Record<string, { type: SQL; change: SQL }> = {
      payload: { type: sql`jsonb`, change: sql`payload || '{"tampered":true}'::jsonb` },
      action: { type: sql`text`, change: sql`action || '.sua'` },
      actor_id: { type: sql`text`, change: sql`'someone-else'` },
      actor_kind: { type: sql`text`, change: sql`actor_kind || 'x'` },
      entity_type: { type: sql`text`, change: sql`entity_type || 'x'` },
      entity_id: { type: sql`text`, change: sql`entity_id || 'x'` },
      occurred_at: { type: sql`timestamptz`, change: sql`occurred_at + interval '1 second'` },
      request_id: { type: sql`text`, change: sql`coalesce(request_id, '') || 'x'` },
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...entries), fc.constantFrom(...Object.keys(columns)), async (entry, column) => {
        const col = sql.identifier(column);
        const [{ v }] = (await rows<{ v: string | null }>(sql`SELECT ${col}::text AS v FROM audit_log WHERE id = ${entry.id}`)) as [{ v: string | null }];
        await asSuperuser(sql`UPDATE audit_log SET ${col} = ${columns[column]!.change} WHERE id = ${entry.id}`);
        const tampered = await verify();
        expect(tampered.ok).toBe(false);
        expect(tampered.problems).toEqual([{ chain: entry.chain, seq: entry.seq, id: entry.id, problem: 'CONTENT_CHANGED' }]);
        await asSuperuser(sql`UPDATE audit_log SET ${col} = ${v}::${columns[column]!.type} WHERE id = ${entry.id}`);
        expect((await verify()).problems).toEqual([]);
      }),
      { seed: 14, numRuns: 6 },
    );
  });

  it('a removed entry inside a chain is a SEQUENCE_GAP there and a LINK_BROKEN at the next entry; putting it back heals the chain', async () => {
    const [chain, es] = (await chainsWith(3))[0]!;
    const victim = es[1]!;
    const next = es[2]!;
    const saved = await saveRow(victim.id);
    await asSuperuser(sql`DELETE FROM audit_log WHERE id = ${victim.id}`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { chain, seq: victim.seq, problem: 'SEQUENCE_GAP' },
      { chain, seq: next.seq, id: next.id, problem: 'LINK_BROKEN' },
    ]);
    await asSuperuser(restoreRow(saved));
    expect((await verify()).problems).toEqual([]);
  });

  it('removing the last entry of a chain is a HEAD_MISMATCH of that chain only', async () => {
    const [chain, es] = (await chainsWith(3))[1]!;
    const last = es.at(-1)!;
    const saved = await saveRow(last.id);
    await asSuperuser(sql`DELETE FROM audit_log WHERE id = ${last.id}`);
    const result = await verify();
    expect(result.problems).toEqual([{ chain, seq: last.seq, problem: 'HEAD_MISMATCH' }]);
    await asSuperuser(restoreRow(saved));
    expect((await verify()).problems).toEqual([]);
  });

  it('swapping the contents of two entries (re-ordering history) breaks exactly their two links', async () => {
    const [chain, es] = (await chainsWith(3))[2]!;
    const [a, b] = [es[0]!, es[1]!];
    const [savedA, savedB] = [await saveRow(a.id), await saveRow(b.id)];
    // Each row keeps a content hash that matches its (moved) content, so only the links can tell.
    await asSuperuser(sql`UPDATE audit_log x SET occurred_at = y.occurred_at, actor_kind = y.actor_kind, actor_id = y.actor_id, action = y.action,
        entity_type = y.entity_type, entity_id = y.entity_id, payload = y.payload, request_id = y.request_id, content_hash = y.content_hash
      FROM audit_log y WHERE (x.id = ${a.id} AND y.id = ${b.id}) OR (x.id = ${b.id} AND y.id = ${a.id})`);
    const result = await verify();
    expect(result.problems).toEqual([
      { chain, seq: a.seq, id: a.id, problem: 'LINK_BROKEN' },
      { chain, seq: b.seq, id: b.id, problem: 'LINK_BROKEN' },
    ]);
    await asSuperuser(sql`DELETE FROM audit_log WHERE id IN (${a.id}, ${b.id})`, restoreRow(savedA), restoreRow(savedB));
    expect((await verify()).problems).toEqual([]);
  });

  it.skipIf(!onPostgres)('session_replication_role = replica (the other superuser bypass) is caught the same way', async () => {
    const [chain, es] = (await chainsWith(1))[0]!;
    const e = es[0]!;
    const [{ v }] = (await rows<{ v: string }>(sql`SELECT payload::text AS v FROM audit_log WHERE id = ${e.id}`)) as [{ v: string }];
    await t.app.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE audit_log SET payload = '{"rewritten":true}'::jsonb WHERE id = ${e.id}`);
    });
    expect((await verify()).problems).toEqual([{ chain, seq: e.seq, id: e.id, problem: 'CONTENT_CHANGED' }]);
    await asSuperuser(sql`UPDATE audit_log SET payload = ${v}::jsonb WHERE id = ${e.id}`);
    expect((await verify()).ok).toBe(true);
  });

  it.skipIf(!onPostgres)('`motcua audit verify` exits 0 on a clean chain and 1 on a tampered one', async () => {
    const cli = () =>
      spawnSync(process.execPath, ['bin/motcua.js', 'audit', 'verify'], {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, DATABASE_URL: t.url!, MOTCUA_ENV: 'test', LOG_LEVEL: 'silent', MOTCUA_DEMO_DATA: 'never' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const clean = cli();
    expect(clean.status, clean.stderr).toBe(0);
    const [chain, es] = (await chainsWith(1))[0]!;
    const e = es[0]!;
    const [{ v }] = (await rows<{ v: string }>(sql`SELECT action AS v FROM audit_log WHERE id = ${e.id}`)) as [{ v: string }];
    await asSuperuser(sql`UPDATE audit_log SET action = 'rewritten' WHERE id = ${e.id}`);
    const tampered = cli();
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`${chain} mục ${e.seq}: CONTENT_CHANGED`);
    await asSuperuser(sql`UPDATE audit_log SET action = ${v} WHERE id = ${e.id}`);
    expect(cli().status).toBe(0);
  }, 120_000);
});
