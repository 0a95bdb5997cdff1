// The replica read path (issue 11, "Beyond one machine"): with MOTCUA_REPLICA_URL set, the leaders'
// overview reads from a streaming replica, read-only, and never from the primary. Runs against a
// REAL hot standby made by .ci/replica.sh (pg_basebackup -R of the PostgreSQL server): a physical
// replica holds every database of the cluster, so this file's database, cloned on the primary from
// the template, appears on the replica once its creation is replayed.
//
// The proof that the overview reads the replica: replay is paused on the replica, a dossier is
// received on the primary, and the overview figures read through services.reports (the handle the
// overview pages are given) still show the old count — the replica's lag, made visible; once replay
// resumes and catches up, they show the new one. The report handle itself is in recovery
// (pg_is_in_recovery) and refuses a write.
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { overviewFigures } from '../../src/modules/dossiers/index.ts';
import type { Actor } from '../../src/modules/identity/index.ts';
import type { Motcua } from '../../src/app.ts';
import { cloneTemplate } from '../support/template-db.ts';

const primaryUrl = process.env.TEST_DATABASE_URL;
const replicaBase = process.env.TEST_REPLICA_URL;
const MARCH = { from: new Date('2026-03-01T00:00:00+07:00'), to: new Date('2026-04-01T00:00:00+07:00') };

function onDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function one<T>(url: string, text: string, values: unknown[] = []): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows[0] as T;
  } finally {
    await c.end();
  }
}

/** Waits until the replica has replayed everything the primary had written when this was called. */
async function replayed(primary: string, replica: string): Promise<void> {
  const { lsn } = await one<{ lsn: string }>(primary, 'SELECT pg_current_wal_lsn()::text AS lsn');
  for (let i = 0; i < 600; i++) {
    const r = await one<{ done: boolean }>(replica, 'SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS done', [lsn]).catch(() => ({ done: false }));
    if (r.done) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`the replica did not replay up to ${lsn} within 60 s`);
}

/** A leader of one agency, as the overview sees an officer (grants and their scope). */
function leaderOf(agencyId: string): Actor {
  return { kind: 'officer', id: 'leader', name: 'Lãnh đạo', grants: [{ role: 'LEADER', agencyId }], scope: new Map([['LEADER', new Set([agencyId])]]) } as unknown as Actor;
}
const ready = Boolean(primaryUrl && replicaBase);

describe.skipIf(!ready)('reports read from the streaming replica (runs only with TEST_DATABASE_URL and TEST_REPLICA_URL, as .ci/replica.sh sets them)', () => {
  let app: Motcua;
  let dropClone: () => Promise<void>;
  let primary: string;
  let replica: string;
  let agencyId: string;
  const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

  beforeAll(async () => {
    const clone = await cloneTemplate(inject('template'));
    dropClone = clone.drop;
    primary = clone.url!;
    replica = onDatabase(replicaBase!, new URL(primary).pathname.slice(1));
    // The database made on the primary a moment ago exists on the replica once its creation is replayed.
    await replayed(primaryUrl!, onDatabase(replicaBase!, 'postgres'));
    const config = loadConfig({
      MOTCUA_ENV: 'test',
      LOG_LEVEL: 'silent',
      MOTCUA_DEMO_DATA: 'never',
      MOTCUA_DATA_DIR: path.join(os.tmpdir(), `motcua-test-data-${process.pid}`),
      DATABASE_URL: primary,
      MOTCUA_REPLICA_URL: replica,
    });
    app = await createApp(config, { clock: new ManualClock('2026-03-31T16:00:00+07:00'), database: clone.database, logger: createLogger('silent') });
    agencyId = rows<{ id: string }>(await app.database.db.execute(sql`SELECT id::text AS id FROM agencies WHERE code = 'H21.10'`))[0]!.id;
  }, 120_000);

  afterAll(async () => {
    if (replicaBase) await one(onDatabase(replicaBase, 'postgres'), 'SELECT pg_wal_replay_resume()').catch(() => undefined);
    await app?.close();
    await dropClone?.();
  });

  async function received(): Promise<number> {
    const figures = await overviewFigures(app.services.reports, await app.services.agencies.current(), leaderOf(agencyId), MARCH, app.clock.now());
    return figures.totals.received;
  }

  it('the report handle is a read-only connection to a server in recovery', async () => {
    const reports = app.services.reports;
    expect(reports).not.toBe(app.database.db);
    const [state] = rows<Record<string, unknown>>(await reports.execute(sql`SELECT pg_is_in_recovery() AS standby, current_setting('default_transaction_read_only') AS ro, current_database() AS db`));
    expect(state).toEqual({ standby: true, ro: 'on', db: new URL(primary).pathname.slice(1) });
    const [onPrimary] = rows<Record<string, unknown>>(await app.database.db.execute(sql`SELECT pg_is_in_recovery() AS standby`));
    expect(onPrimary).toEqual({ standby: false });
    const write = await reports.execute(sql`CREATE TABLE replica_write_probe (x int)`).then(
      () => 'accepted',
      (e: Error & { cause?: { code?: string; message?: string } }) => `${e.cause?.code} ${e.cause?.message}`,
    );
    // 25006: read_only_sql_transaction — refused by the session setting before the standby is even asked.
    expect(write).toMatch(/^25006 .*read-only transaction/);
  });

  it('the overview follows the replica: a dossier received on the primary counts only once replayed', async () => {
    await replayed(primary, replica);
    const before = await received();
    const admin = onDatabase(replicaBase!, 'postgres');
    await one(admin, 'SELECT pg_wal_replay_pause()');
    try {
      await app.database.db.execute(sql`
        INSERT INTO dossiers (id, code, procedure_id, procedure_version_id, procedure_code, workflow_id, channel, applicant_type, owner_id_type, owner_id,
          owner_name, applicant, form_data, receiving_agency_id, competent_agency_id, agency_ids, state, step, payment_state, sync_state,
          submitted_at, received_at, step_started_at, created_by)
        SELECT gen_random_uuid(), 'H21.10-260310-9001', pv.procedure_id, pv.id, p.code, (SELECT id FROM workflow_definitions LIMIT 1), 'DESK', 'CITIZEN', 'CCCD',
          '064195012345', 'Nguyễn Thị Hoa', '{}'::jsonb, '{}'::jsonb, ${agencyId}::uuid, ${agencyId}::uuid, ARRAY[${agencyId}::uuid], 'RECEIVED', 'RECEIVE',
          'NOT_REQUIRED', 'NOT_REQUIRED', '2026-03-10T09:00:00+07:00', '2026-03-10T09:00:00+07:00', '2026-03-10T09:00:00+07:00', 'test'
        FROM procedure_versions pv JOIN procedures p ON p.id = pv.procedure_id LIMIT 1`);
      // The primary counts it; the paused replica does not, and the overview says what the replica says.
      const counted = rows<{ n: number }>(await app.database.db.execute(sql`SELECT count(*)::int AS n FROM dossiers WHERE code = 'H21.10-260310-9001'`));
      expect(counted).toEqual([{ n: 1 }]);
      expect(await received()).toBe(before);
    } finally {
      await one(admin, 'SELECT pg_wal_replay_resume()');
    }
    await replayed(primary, replica);
    expect(await received()).toBe(before + 1);
  });
});
