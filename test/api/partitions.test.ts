// Monthly partitions of dossier_actions and audit_log (migration 0017, ADR 0026): the maintenance
// job makes the coming months' partitions idempotently, the rows of a command land in their month's
// partition, a month without a partition falls into the default one (never lost, and then not split
// off), and the append-only and numbering guards hold on partitions as they did on the plain tables.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMonthPartitions, partitionMaintenance } from '../../src/platform/db/partitions.ts';
import { startApp } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';

let t: TestApp;

/** A dossier row made in SQL (the HTTP path is covered elsewhere; here only where rows land matters). */
async function bareDossier(at: string): Promise<string> {
  const [row] = await rows<{ id: string }>(sql`
    INSERT INTO dossiers (id, procedure_id, procedure_version_id, procedure_code, workflow_id, channel, applicant_type, owner_id_type, owner_id,
      owner_name, applicant, form_data, receiving_agency_id, competent_agency_id, agency_ids, state, step, payment_state, sync_state,
      submitted_at, step_started_at, created_by)
    SELECT gen_random_uuid(), pv.procedure_id, pv.id, p.code, (SELECT id FROM workflow_definitions LIMIT 1), 'DVCQG', 'CITIZEN', 'CCCD', '064195012345',
      'Nguyễn Thị Hoa', '{}'::jsonb, '{}'::jsonb, a.id, a.id, ARRAY[a.id], 'SUBMITTED', 'RECEIVE', 'NOT_REQUIRED', 'NOT_REQUIRED', ${at}::timestamptz, ${at}::timestamptz, 'test'
    FROM procedure_versions pv JOIN procedures p ON p.id = pv.procedure_id CROSS JOIN (SELECT id FROM agencies ORDER BY code LIMIT 1) a
    LIMIT 1 RETURNING id::text AS id`);
  return row!.id;
}

async function action(dossierId: string, seq: number, at: string): Promise<void> {
  await t.app.database.db.execute(sql`
    INSERT INTO dossier_actions (dossier_id, seq, type, actor_kind, actor_id, actor_name, at, to_state, to_step)
    VALUES (${dossierId}, ${seq}, 'submit', 'SYSTEM', 'test', 'Kiểm thử', ${at}::timestamptz, 'SUBMITTED', 'RECEIVE')`);
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.app.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function refusal(query: ReturnType<typeof sql>): Promise<string> {
  try {
    await t.app.database.db.execute(query);
  } catch (err) {
    let e: unknown = err;
    const messages: string[] = [];
    for (let depth = 0; e instanceof Error && depth < 4; depth++, e = e.cause) messages.push(e.message);
    return messages.join(' | ');
  }
  return 'accepted';
}

beforeAll(async () => {
  t = await startApp('2027-05-20T09:00:00+07:00');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('monthly partitions', () => {
  it('both history tables are partitioned by range on their timestamp, with a default partition', async () => {
    const parts = await rows<{ tbl: string; key: string }>(sql`
      SELECT c.relname AS tbl, pg_get_partkeydef(c.oid) AS key FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
      WHERE c.relname IN ('dossier_actions', 'audit_log') ORDER BY 1`);
    expect(parts).toEqual([
      { tbl: 'audit_log', key: 'RANGE (occurred_at)' },
      { tbl: 'dossier_actions', key: 'RANGE (at)' },
    ]);
    const defaults = await rows<{ n: string }>(sql`SELECT relname AS n FROM pg_class WHERE relname IN ('dossier_actions_default', 'audit_log_default') ORDER BY 1`);
    expect(defaults.map((d) => d.n)).toEqual(['audit_log_default', 'dossier_actions_default']);
  });

  it('the maintenance job creates this month and the next three, and a second run changes nothing', async () => {
    expect(partitionMaintenance.everyMs).toBe(24 * 60 * 60_000);
    const first = await ensureMonthPartitions(t.app.database.db, t.clock.now());
    expect(first.filter((o) => o.table === 'audit_log').map((o) => [o.partition, o.outcome])).toEqual([
      ['audit_log_2027_05', 'created'],
      ['audit_log_2027_06', 'created'],
      ['audit_log_2027_07', 'created'],
      ['audit_log_2027_08', 'created'],
    ]);
    expect(first.filter((o) => o.table === 'dossier_actions' && o.outcome === 'created')).toHaveLength(4);
    const second = await ensureMonthPartitions(t.app.database.db, t.clock.now());
    expect(second.every((o) => o.outcome === 'exists')).toBe(true);
    expect(second).toHaveLength(8);
    // The job itself (as the worker runs it) is just as idempotent.
    await partitionMaintenance.run({}, { db: t.app.database.db, clock: t.clock, logger: t.app.logger } as never);
    const bounds = await rows<{ b: string }>(sql`SELECT pg_get_expr(c.relpartbound, c.oid) AS b FROM pg_class c WHERE c.relname = 'dossier_actions_2027_06'`);
    // Month boundaries are UTC midnights, whatever the session's time zone prints them as.
    const [from, to] = [...bounds[0]!.b.matchAll(/'([^']+)'/g)].map((m) => new Date(m[1]!.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString());
    expect([from, to]).toEqual(['2027-06-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z']);
  });

  it("rows land in their month's partition: an action, and an audit entry linked by its trigger", async () => {
    const id = await bareDossier('2027-05-20T01:30:00Z');
    await action(id, 1, '2027-05-20T01:30:00Z');
    await action(id, 2, '2027-06-02T02:00:00Z');
    const actionParts = await rows<{ seq: number; p: string }>(sql`SELECT seq, tableoid::regclass::text AS p FROM dossier_actions WHERE dossier_id = ${id} ORDER BY seq`);
    expect(actionParts).toEqual([
      { seq: 1, p: 'dossier_actions_2027_05' },
      { seq: 2, p: 'dossier_actions_2027_06' },
    ]);
    await t.app.database.db.execute(sql`
      INSERT INTO audit_log (chain, occurred_at, actor_kind, actor_id, action, entity_type, entity_id, payload, content_hash)
      VALUES (0, '2027-05-31T23:59:59Z', 'SYSTEM', 'test', 'test.partition', 'dossier', ${id}, '{}'::jsonb, sha256('x'::bytea))`);
    const audit = await rows<{ p: string; linked: boolean }>(sql`
      SELECT tableoid::regclass::text AS p, (seq > 0 AND length(hash) = 32) AS linked FROM audit_log WHERE entity_id = ${id}`);
    expect(audit).toEqual([{ p: 'audit_log_2027_05', linked: true }]);
  });

  it('a month with no partition yet goes to the default partition, and is then reported, not split', async () => {
    // An action dated in a month nobody made a partition for (the job did not run, the clock jumped).
    const id = await bareDossier('2027-05-21T01:30:00Z');
    await action(id, 1000, '2040-01-10T03:00:00Z');
    const parts = await rows<{ p: string }>(sql`SELECT tableoid::regclass::text AS p FROM dossier_actions WHERE dossier_id = ${id} AND seq = 1000`);
    expect(parts).toEqual([{ p: 'dossier_actions_default' }]);
    const outcomes = await ensureMonthPartitions(t.app.database.db, new Date('2040-01-15T00:00:00Z'), 1);
    expect(outcomes.find((o) => o.partition === 'dossier_actions_2040_01')?.outcome).toBe('blocked');
    expect(outcomes.find((o) => o.partition === 'audit_log_2040_01')?.outcome).toBe('created');
    expect(outcomes.find((o) => o.partition === 'dossier_actions_2040_02')?.outcome).toBe('created');
    // Nothing was lost or moved: the row is still there, in the default partition.
    const [{ n }] = (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_actions_default WHERE dossier_id = ${id} AND seq = 1000`)) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('partitions keep the guards: append-only, no TRUNCATE of a month, one action number per dossier across months', async () => {
    const [{ id }] = (await rows<{ id: string }>(sql`SELECT dossier_id::text AS id FROM dossier_actions_2027_05 LIMIT 1`)) as [{ id: string }];
    expect(await refusal(sql`UPDATE dossier_actions SET note = 'sửa' WHERE dossier_id = ${id}`)).toMatch(/dossier_actions is append-only \(UPDATE refused\)/);
    expect(await refusal(sql`DELETE FROM dossier_actions_2027_05 WHERE dossier_id = ${id}`)).toMatch(/dossier_actions is append-only \(DELETE refused\)/);
    expect(await refusal(sql`DELETE FROM audit_log_2027_05`)).toMatch(/audit_log is append-only \(DELETE refused\)/);
    expect(await refusal(sql`TRUNCATE audit_log_2027_05`)).toMatch(/audit_log is append-only \(TRUNCATE refused\)/);
    expect(await refusal(sql`TRUNCATE audit_log`)).toMatch(/audit_log is append-only \(TRUNCATE refused\)/);
    // The same action number again, dated in another month (so another partition's unique index): refused.
    const duplicate = await refusal(sql`
      INSERT INTO dossier_actions (dossier_id, seq, type, actor_kind, actor_id, actor_name, at, to_state, to_step)
      SELECT dossier_id, seq, type, actor_kind, actor_id, actor_name, at + interval '40 days', to_state, to_step
      FROM dossier_actions WHERE dossier_id = ${id} AND seq = 1`);
    expect(duplicate).toMatch(/already has action 1/);
    // Ids keep coming from one identity sequence across partitions.
    const ids = await rows<{ id: number }>(sql`SELECT id::int AS id FROM audit_log ORDER BY id`);
    expect(new Set(ids.map((r) => r.id)).size).toBe(ids.length);
  });
});
