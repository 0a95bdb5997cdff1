/** All SQL of the calendar module. */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { calendarDays, calendars, calendarYears } from './calendar.tables.ts';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

export async function loadCalendar(db: Executor, code: string) {
  const [calendar] = await db.select().from(calendars).where(eq(calendars.code, code));
  if (!calendar) return undefined;
  const [days, years] = await Promise.all([
    db.select().from(calendarDays).where(eq(calendarDays.calendarCode, code)).orderBy(asc(calendarDays.day)),
    db.select().from(calendarYears).where(eq(calendarYears.calendarCode, code)),
  ]);
  return { calendar, days, years };
}

export async function calendarExists(db: Executor, code: string): Promise<boolean> {
  const rows = await db.select({ code: calendars.code }).from(calendars).where(eq(calendars.code, code));
  return rows.length > 0;
}

export async function listDays(db: Executor, code: string, from: string, to: string): Promise<CalendarDayRow[]> {
  return db
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.calendarCode, code), gte(calendarDays.day, from), lte(calendarDays.day, to)))
    .orderBy(asc(calendarDays.day));
}

export async function upsertDay(tx: Executor, row: typeof calendarDays.$inferInsert): Promise<void> {
  await tx
    .insert(calendarDays)
    .values(row)
    .onConflictDoUpdate({
      target: [calendarDays.calendarCode, calendarDays.day],
      set: {
        type: row.type,
        label: row.label,
        sourceDocument: row.sourceDocument ?? null,
        optional: row.optional ?? false,
        active: row.active ?? true,
        updatedAt: row.updatedAt ?? new Date(),
      },
    });
}

export async function setDayActive(tx: Executor, code: string, day: string, active: boolean, at: Date) {
  return tx
    .update(calendarDays)
    .set({ active, updatedAt: at })
    .where(and(eq(calendarDays.calendarCode, code), eq(calendarDays.day, day)))
    .returning();
}

export async function insertCalendar(tx: Executor, row: typeof calendars.$inferInsert): Promise<void> {
  await tx.insert(calendars).values(row).onConflictDoNothing();
}

export async function upsertYear(tx: Executor, row: typeof calendarYears.$inferInsert): Promise<void> {
  await tx
    .insert(calendarYears)
    .values(row)
    .onConflictDoUpdate({
      target: [calendarYears.calendarCode, calendarYears.year],
      set: { sourceDocument: row.sourceDocument, status: row.status },
    });
}
