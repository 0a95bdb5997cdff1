/** All SQL of the dossiers module. Functions that must run inside a command's transaction take `tx`. */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { rawQuery } from '../../platform/db/raw-query.ts';
import { dossierCodec } from './dossier-codec.ts';
import type {
  ActionRow,
  ComponentRow,
  ConsultationRow,
  DossierRow,
  NewConsultationRow,
  NewResultRow,
  NewSupplementRow,
  NewTaskRow,
  ResultRow,
  SupplementRow,
  TaskRow,
} from './dossier.rows.ts';
import {
  dossierActions,
  dossierComponents,
  dossierConsultations,
  dossierResults,
  dossiers,
  dossierSupplements,
  dossierTasks,
} from './dossier.tables.ts';
import type { DossierRecords } from './effects/effect.ts';

export type {
  ActionRow,
  ComponentRow,
  ConsultationRow,
  DossierRow,
  NewActionRow,
  NewDossierRow,
  ResultRow,
  SupplementRow,
  TaskRow,
} from './dossier.rows.ts';

export async function findDossier(db: Executor, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  return row;
}

export async function listActions(db: Executor, dossierId: string): Promise<ActionRow[]> {
  return db.select().from(dossierActions).where(eq(dossierActions.dossierId, dossierId)).orderBy(asc(dossierActions.seq));
}

export async function listComponents(db: Executor, dossierId: string): Promise<ComponentRow[]> {
  return db.select().from(dossierComponents).where(eq(dossierComponents.dossierId, dossierId)).orderBy(asc(dossierComponents.code));
}

export async function setComponentsProvided(tx: Executor, dossierId: string, codes: string[]): Promise<void> {
  for (const code of codes) {
    await tx
      .update(dossierComponents)
      .set({ provided: true })
      .where(and(eq(dossierComponents.dossierId, dossierId), eq(dossierComponents.code, code)));
  }
}

/** Records that a component was provided, and whether it was taken from the owner's data warehouse (DOMAIN §8). */
export async function markComponentProvided(tx: Executor, dossierId: string, code: string, reused: boolean): Promise<void> {
  await tx
    .update(dossierComponents)
    .set({ provided: true, reused })
    .where(and(eq(dossierComponents.dossierId, dossierId), eq(dossierComponents.code, code)));
}

export async function countMissingRequired(db: Executor, dossierId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierComponents)
    .where(and(eq(dossierComponents.dossierId, dossierId), eq(dossierComponents.required, true), eq(dossierComponents.provided, false)));
  return row?.n ?? 0;
}

export async function listSupplements(db: Executor, dossierId: string): Promise<SupplementRow[]> {
  return db.select().from(dossierSupplements).where(eq(dossierSupplements.dossierId, dossierId)).orderBy(asc(dossierSupplements.requestedAt));
}

export async function openSupplement(db: Executor, dossierId: string, stage: 'INTAKE' | 'PROCESSING'): Promise<SupplementRow | undefined> {
  const [row] = await db
    .select()
    .from(dossierSupplements)
    .where(and(eq(dossierSupplements.dossierId, dossierId), eq(dossierSupplements.stage, stage), isNull(dossierSupplements.completedAt)))
    .orderBy(desc(dossierSupplements.round))
    .limit(1);
  return row;
}

export async function insertSupplement(tx: Executor, row: NewSupplementRow): Promise<void> {
  await tx.insert(dossierSupplements).values(row);
}

export async function completeSupplement(tx: Executor, id: string, at: Date, newDueAt: Date | null): Promise<void> {
  await tx.update(dossierSupplements).set({ completedAt: at, newDueAt }).where(eq(dossierSupplements.id, id));
}

export async function countSupplements(db: Executor, dossierId: string, stage: 'INTAKE' | 'PROCESSING'): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierSupplements)
    .where(and(eq(dossierSupplements.dossierId, dossierId), eq(dossierSupplements.stage, stage)));
  return row?.n ?? 0;
}

export async function listConsultations(db: Executor, dossierId: string): Promise<ConsultationRow[]> {
  return db.select().from(dossierConsultations).where(eq(dossierConsultations.dossierId, dossierId)).orderBy(asc(dossierConsultations.requestedAt));
}

export async function insertConsultation(tx: Executor, row: NewConsultationRow): Promise<void> {
  await tx.insert(dossierConsultations).values(row);
}

export async function answerConsultation(tx: Executor, id: string, answer: string, by: string, at: Date): Promise<void> {
  await tx.update(dossierConsultations).set({ answer, answeredAt: at, answeredBy: by }).where(eq(dossierConsultations.id, id));
}

export async function listTasks(db: Executor, dossierId: string): Promise<TaskRow[]> {
  return db.select().from(dossierTasks).where(eq(dossierTasks.dossierId, dossierId)).orderBy(asc(dossierTasks.position));
}

export async function insertTasks(tx: Executor, rows: NewTaskRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(dossierTasks).values(rows);
}

export async function updateTask(tx: Executor, id: string, changes: Partial<NewTaskRow>): Promise<void> {
  await tx.update(dossierTasks).set(changes).where(eq(dossierTasks.id, id));
}

export async function listResults(db: Executor, dossierId: string): Promise<ResultRow[]> {
  return db.select().from(dossierResults).where(eq(dossierResults.dossierId, dossierId)).orderBy(asc(dossierResults.n));
}

export async function insertResults(tx: Executor, rows: NewResultRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(dossierResults).values(rows);
}

export interface ListQuery {
  /** Agency ids the caller may see (any role); the list is limited to dossiers touching them. */
  visibleAgencyIds: string[];
  /** For work queues: (role, agency ids) pairs where the caller must act. */
  queue?: { role: string; agencyIds: string[] }[] | undefined;
  assigneeId?: string | undefined;
  states?: string[] | undefined;
  risk?: string | undefined;
  procedureCode?: string | undefined;
  ownerId?: string | undefined;
  codePrefix?: string | undefined;
  open?: boolean | undefined;
  after?: { dueAt: Date; id: string } | undefined;
  limit: number;
}

const summaryKeys = [
  'id', 'code', 'procedureCode', 'procedureVersionId', 'ownerName', 'channel', 'state', 'decision', 'step', 'assigneeId',
  'competentAgencyId', 'submittedAt', 'receivedAt', 'currentDueAt', 'intakeDueAt', 'queueDueAt', 'risk', 'timeliness',
  'isOpen', 'finishedAt',
] as const;
export type DossierSummaryRow = Pick<DossierRow, (typeof summaryKeys)[number]>;
export const SUMMARY_COLUMNS = summaryKeys.map((k) => dossierCodec.column(k).name).join(', ');
/** Above this many (role, agency) pairs a work queue is one ANY scan instead of one ordered scan per pair. */
const MAX_QUEUE_BRANCHES = 64;

/**
 * Lists and work queues in the caller's scope, ordered by the due date that
 * matters now, with keyset pagination (no OFFSET, stable under inserts). A work
 * queue is a UNION ALL of one ordered index range per (role, agency) — each
 * reads at most one page — merged by the outer ORDER BY; other lists use the
 * agency array index. The SQL is assembled here and sent to the driver directly.
 */
export async function listDossiers(db: Executor, q: ListQuery): Promise<DossierSummaryRow[]> {
  const values: unknown[] = [];
  const p = (v: unknown): string => {
    values.push(v);
    return `$${values.length}`;
  };
  const filters: string[] = [];
  if (q.open !== undefined) filters.push(`is_open = ${p(q.open)}`);
  if (q.states?.length) filters.push(`state = ANY(${p(q.states)}::text[])`);
  if (q.risk) filters.push(`risk = ${p(q.risk)}`);
  if (q.procedureCode) filters.push(`procedure_code = ${p(q.procedureCode)}`);
  if (q.ownerId) filters.push(`owner_id = ${p(q.ownerId)}`);
  if (q.codePrefix) filters.push(`code LIKE ${p(`${q.codePrefix.replace(/[%_\\]/g, '')}%`)}`);
  if (q.after) filters.push(`(queue_due_at, id) > (${p(q.after.dueAt.toISOString())}::timestamptz, ${p(q.after.id)}::uuid)`);
  const limit = p(q.limit);
  const where = (extra: string[]) => [...extra, ...filters].join(' AND ');
  let text: string;
  if (q.queue) {
    const pairs = q.queue.flatMap((e) => e.agencyIds.map((agencyId) => ({ role: e.role, agencyId })));
    if (pairs.length === 0) return [];
    const mine = q.assigneeId ? `(assignee_id IS NULL OR assignee_id = ${p(q.assigneeId)} OR queue_role <> 'SPECIALIST')` : 'true';
    const branch = (cond: string) => `(SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${where(['is_open', cond, mine])} ORDER BY queue_due_at, id LIMIT ${limit})`;
    const branches =
      pairs.length <= MAX_QUEUE_BRANCHES
        ? pairs.map((x) => branch(`queue_role = ${p(x.role)} AND queue_agency_id = ${p(x.agencyId)}`))
        : q.queue.map((e) => branch(`queue_role = ${p(e.role)} AND queue_agency_id = ANY(${p(e.agencyIds)}::uuid[])`));
    text = `SELECT * FROM (${branches.join(' UNION ALL ')}) q ORDER BY queue_due_at, id LIMIT ${limit}`;
  } else {
    if (q.visibleAgencyIds.length === 0) return [];
    text = `SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${where([`agency_ids && ${p(q.visibleAgencyIds)}::uuid[]`])} ORDER BY queue_due_at, id LIMIT ${limit}`;
  }
  const rows = await rawQuery(db, text, values);
  return rows.map((r) => dossierCodec.decode(r) as DossierSummaryRow);
}

/** Marks open dossiers whose risk level changed (warning thresholds, overdue); returns the changed rows. */
export async function refreshRisk(db: Executor, now: Date): Promise<{ id: string; code: string | null; risk: string }[]> {
  const result = await db.execute(sql`
    UPDATE dossiers d SET risk = r.level, updated_at = ${now.toISOString()}::timestamptz
    FROM (
      SELECT id, CASE
        WHEN current_due_at IS NOT NULL AND current_due_at < ${now.toISOString()}::timestamptz THEN 'OVERDUE'
        WHEN intake_due_at IS NOT NULL AND received_at IS NULL AND intake_due_at < ${now.toISOString()}::timestamptz THEN 'OVERDUE'
        WHEN alert_at IS NOT NULL AND alert_at < ${now.toISOString()}::timestamptz THEN 'AT_RISK'
        WHEN warn_at IS NOT NULL AND warn_at < ${now.toISOString()}::timestamptz THEN 'WARN'
        ELSE 'NONE' END AS level
      -- Only while an agency must act: not finished, not waiting for the applicant (supplement, intake supplement).
      FROM dossiers WHERE is_open AND finished_at IS NULL AND queue_role IS NOT NULL AND paused_since IS NULL
    ) r
    WHERE d.id = r.id AND d.risk <> r.level
    RETURNING d.id, d.code, d.risk`);
  return (result as unknown as { rows: { id: string; code: string | null; risk: string }[] }).rows;
}

/** The dossier row, locked until the end of the transaction. */
export async function lockDossierRow(tx: Executor, id: string): Promise<DossierRow | undefined> {
  const [row] = await rawQuery(tx, `SELECT ${dossierCodec.selectList} FROM dossiers WHERE id = $1 FOR UPDATE`, [id]);
  return row ? dossierCodec.decode(row) : undefined;
}

/** The sub-records of one dossier, bound to the command's transaction (or a read's executor), as effects and guards use them. */
export function dossierRecords(db: Executor, dossierId: string): DossierRecords {
  return {
    components: () => listComponents(db, dossierId),
    setComponentsProvided: (codes) => setComponentsProvided(db, dossierId, codes),
    countMissingRequired: () => countMissingRequired(db, dossierId),
    actions: () => listActions(db, dossierId),
    countSupplements: (stage) => countSupplements(db, dossierId, stage),
    openSupplement: (stage) => openSupplement(db, dossierId, stage),
    insertSupplement: (row) => insertSupplement(db, row),
    completeSupplement: (id, at, newDueAt) => completeSupplement(db, id, at, newDueAt),
    consultations: () => listConsultations(db, dossierId),
    insertConsultation: (row) => insertConsultation(db, row),
    answerConsultation: (id, answer, by, at) => answerConsultation(db, id, answer, by, at),
    tasks: () => listTasks(db, dossierId),
    insertTasks: (rows) => insertTasks(db, rows),
    updateTask: (id, changes) => updateTask(db, id, changes),
    results: () => listResults(db, dossierId),
    insertResults: (rows) => insertResults(db, rows),
  };
}
