// Loads N synthetic dossiers with one INSERT … SELECT per batch, spread over the demo agencies and
// procedures: 94 % finished (returned, over the past 900 days), 6 % open (received in the past 10 days)
// at intake, assignment, appraisal, approval or return, their risk flag already what the deadline scan
// would set. Only the dossiers table is filled (no action log rows): the queries measured read dossiers.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database.ts';

async function exec(db: Db, query: ReturnType<typeof sql>) {
  return (await db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
}

export async function bulkLoadDossiers(db: Db, total: number, onProgress: (done: number) => void): Promise<void> {
  await exec(db, sql`DROP TABLE IF EXISTS bench_combos`);
  await exec(db, sql`
    CREATE TABLE bench_combos AS
    SELECT (row_number() OVER (ORDER BY p.code, a.code) - 1)::int AS n,
           p.id AS procedure_id, v.id AS version_id, p.code AS procedure_code, v.workflow_id,
           a.id AS competent_id,
           CASE WHEN a.level = 'COMMUNE' THEN a.id ELSE (SELECT id FROM agencies WHERE code = 'H21.02') END AS receiving_id,
           CASE WHEN a.level = 'COMMUNE' THEN a.code ELSE 'H21.02' END AS receiving_code
    FROM procedures p
    JOIN procedure_versions v ON v.id = p.current_version_id
    JOIN procedure_version_agencies pva ON pva.version_id = v.id
    JOIN agencies a ON a.id = pva.agency_id`);
  const [{ k }] = (await exec(db, sql`SELECT count(*)::int AS k FROM bench_combos`)).rows as [{ k: number }];
  const batch = 100_000;
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    await exec(db, sql`
      INSERT INTO dossiers (id, code, procedure_id, procedure_version_id, procedure_code, workflow_id, channel, applicant_type,
        owner_id_type, owner_id, owner_name, applicant, form_data, receiving_agency_id, competent_agency_id, agency_ids,
        queue_agency_id, queue_role, queue_due_at, state, step, is_open, payment_state, delivery_state, sync_state,
        submitted_at, received_at, original_due_at, current_due_at, step_started_at, finished_at, returned_at, timeliness,
        risk, action_count, created_by)
      SELECT md5('bench' || g)::uuid,
        -- The sequence is 900000 + g: unique, and never met by the run's own receipts.
        c.receiving_code || '-' || to_char(d.day AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || (900000 + g)::text,
        c.procedure_id, c.version_id, c.procedure_code, c.workflow_id,
        (ARRAY['DESK','DVCQG','DVCQG','POST'])[1 + g % 4], 'CITIZEN', 'PERSONAL_ID',
        '064' || lpad((g % 1000000000)::text, 9, '0'), 'Nguyễn Văn Thử ' || g,
        '{"type":"CITIZEN","person":{"fullName":"Nguyễn Văn Thử"}}'::jsonb, '{}'::jsonb,
        c.receiving_id, c.competent_id, ARRAY[c.receiving_id, c.competent_id],
        CASE s.state WHEN 'RETURNED' THEN NULL WHEN 'SUBMITTED' THEN c.receiving_id WHEN 'RESULT_READY' THEN c.receiving_id ELSE c.competent_id END,
        CASE s.state WHEN 'RETURNED' THEN NULL WHEN 'SUBMITTED' THEN 'DESK_OFFICER' WHEN 'RESULT_READY' THEN 'DESK_OFFICER'
          WHEN 'ASSIGNED' THEN 'DEPARTMENT_HEAD' WHEN 'APPRAISAL' THEN 'SPECIALIST' ELSE 'LEADER' END,
        CASE WHEN s.state = 'RETURNED' THEN '9999-12-31T00:00:00Z'::timestamptz ELSE d.day + interval '7 days 17 hours' END,
        s.state,
        CASE s.state WHEN 'RETURNED' THEN 'returned' WHEN 'SUBMITTED' THEN 'intake' WHEN 'ASSIGNED' THEN 'assignment'
          WHEN 'APPRAISAL' THEN 'appraisal' WHEN 'AWAITING_APPROVAL' THEN 'approval' ELSE 'result_ready' END,
        s.state <> 'RETURNED', 'NOT_REQUIRED', CASE WHEN s.state = 'RETURNED' THEN 'DELIVERED' ELSE 'NONE' END, 'SYNCED',
        d.day + interval '8 hours', d.day + interval '9 hours', d.day + interval '7 days 17 hours', d.day + interval '7 days 17 hours',
        d.day + interval '9 hours',
        CASE WHEN s.state = 'RETURNED' THEN d.day + interval '5 days' END,
        CASE WHEN s.state = 'RETURNED' THEN d.day + interval '6 days' END,
        CASE WHEN s.state = 'RETURNED' THEN (ARRAY['EARLY','EARLY','ON_TIME','LATE'])[1 + g % 4] END,
        CASE WHEN s.state NOT IN ('RETURNED', 'RESULT_READY') AND d.day + interval '7 days 17 hours' < now() THEN 'OVERDUE' ELSE 'NONE' END,
        5, 'bench'
      FROM generate_series(${from}::int, ${to}::int) g
      JOIN bench_combos c ON c.n = g % ${k}
      CROSS JOIN LATERAL (SELECT CASE
        WHEN g % 100 < 94 THEN 'RETURNED' WHEN g % 100 = 94 THEN 'SUBMITTED' WHEN g % 100 = 95 THEN 'ASSIGNED'
        WHEN g % 100 IN (96, 97) THEN 'APPRAISAL' WHEN g % 100 = 98 THEN 'AWAITING_APPROVAL' ELSE 'RESULT_READY' END AS state) s
      CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - (CASE WHEN s.state = 'RETURNED' THEN g % 900 ELSE g % 10 END || ' days')::interval AS day) d`);
    onProgress(to);
  }
  await exec(db, sql`DROP TABLE bench_combos`);
  await exec(db, sql`ANALYZE dossiers`);
}

/** A sample of codes of loaded dossiers, for look-ups. */
export async function sampleCodes(db: Db, n: number): Promise<string[]> {
  const r = await exec(db, sql`SELECT code FROM dossiers WHERE created_by = 'bench' ORDER BY id LIMIT ${n}`);
  return r.rows.map((row) => String(row.code));
}
