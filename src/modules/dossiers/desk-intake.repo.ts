/** SQL of the desk intake drafts (see desk-intake.tables.ts). */
import { and, avg, count, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { deskIntakes } from './desk-intake.tables.ts';
import type { DeskIntakeRow, DossierRow } from './dossier.rows.ts';
import { dossiers } from './dossier.tables.ts';

export type { DeskIntakeRow } from './dossier.rows.ts';

export async function insertDeskIntake(db: Executor, row: DeskIntakeRow): Promise<void> {
  await db.insert(deskIntakes).values(row);
}

/** The draft, only when it belongs to this officer: another officer's draft does not exist for them. */
export async function findDeskIntake(db: Executor, id: string, officerId: string, forUpdate = false): Promise<DeskIntakeRow | undefined> {
  const q = db.select().from(deskIntakes).where(and(eq(deskIntakes.id, id), eq(deskIntakes.officerId, officerId)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateDeskIntake(db: Executor, id: string, changes: Partial<Omit<DeskIntakeRow, 'id'>>): Promise<void> {
  await db.update(deskIntakes).set(changes).where(eq(deskIntakes.id, id));
}

/** The officer's drafts not decided yet, newest first. */
export async function openDeskIntakes(db: Executor, officerId: string, limit = 10): Promise<DeskIntakeRow[]> {
  return db
    .select()
    .from(deskIntakes)
    .where(and(eq(deskIntakes.officerId, officerId), isNull(deskIntakes.decidedAt)))
    .orderBy(desc(deskIntakes.startedAt))
    .limit(limit);
}

/** Average handling time of the desk's decisions in [from, to). */
export async function deskHandlingStats(db: Executor, deskId: string, from: Date, to: Date): Promise<{ count: number; averageMs: number | null }> {
  const [row] = await db
    .select({ n: count(), avgMs: avg(deskIntakes.durationMs) })
    .from(deskIntakes)
    .where(and(eq(deskIntakes.deskId, deskId), gte(deskIntakes.decidedAt, from), lt(deskIntakes.decidedAt, to)));
  return { count: row?.n ?? 0, averageMs: row?.avgMs === null || row?.avgMs === undefined ? null : Number(row.avgMs) };
}

/** The applicant as recorded on the owner's most recent dossier (any channel), to prefill a desk intake. */
export async function latestApplicantOf(db: Executor, ownerId: string): Promise<DossierRow['applicant'] | undefined> {
  const [row] = await db.select({ applicant: dossiers.applicant }).from(dossiers).where(eq(dossiers.ownerId, ownerId)).orderBy(desc(dossiers.createdAt)).limit(1);
  return row?.applicant;
}
