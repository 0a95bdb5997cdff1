/** All SQL of the notifications module. */
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { citizenNotifications, notificationTemplates } from './notifications.tables.ts';

export type NotificationRow = typeof citizenNotifications.$inferSelect;
export type TemplateRow = typeof notificationTemplates.$inferSelect;

export interface Owner {
  ownerIdType: string;
  ownerId: string;
}

const ofOwner = (owner: Owner) => and(eq(citizenNotifications.ownerIdType, owner.ownerIdType), eq(citizenNotifications.ownerId, owner.ownerId));

/** Inserts the message unless this event already produced one (a retried job): returns whether it was new. */
export async function insertNotification(db: Executor, row: NotificationRow): Promise<boolean> {
  const inserted = await db.insert(citizenNotifications).values(row).onConflictDoNothing().returning({ id: citizenNotifications.id });
  return inserted.length > 0;
}

export async function listForOwner(db: Executor, owner: Owner, limit: number): Promise<NotificationRow[]> {
  return db.select().from(citizenNotifications).where(ofOwner(owner)).orderBy(desc(citizenNotifications.createdAt), desc(citizenNotifications.id)).limit(limit);
}

export async function countUnread(db: Executor, owner: Owner): Promise<number> {
  const [row] = await db.select({ n: count() }).from(citizenNotifications).where(and(ofOwner(owner), isNull(citizenNotifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the owner's messages read (all unread ones when `ids` is undefined); others' ids are ignored. */
export async function markRead(db: Executor, owner: Owner, at: Date, ids?: string[]): Promise<number> {
  const which = ids ? and(ofOwner(owner), isNull(citizenNotifications.readAt), inArray(citizenNotifications.id, ids)) : and(ofOwner(owner), isNull(citizenNotifications.readAt));
  const rows = await db.update(citizenNotifications).set({ readAt: at }).where(which).returning({ id: citizenNotifications.id });
  return rows.length;
}

export async function findTemplate(db: Executor, kind: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(notificationTemplates).where(eq(notificationTemplates.kind, kind));
  return row;
}

export async function listTemplateRows(db: Executor): Promise<TemplateRow[]> {
  return db.select().from(notificationTemplates).orderBy(asc(notificationTemplates.kind));
}

export async function saveTemplate(db: Executor, kind: string, change: { title: string; body: string; updatedAt: Date; updatedBy: string }): Promise<TemplateRow | undefined> {
  const [row] = await db.update(notificationTemplates).set(change).where(eq(notificationTemplates.kind, kind)).returning();
  return row;
}
