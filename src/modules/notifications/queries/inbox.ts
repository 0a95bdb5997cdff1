/** The owner's inbox, newest first, and the unread count shown in the navigation. */
import type { Executor } from '../../../platform/db/database.ts';
import { countUnread, listForOwner, listTemplateRows, type NotificationRow, type Owner, type TemplateRow } from '../notifications.repo.ts';

export type { NotificationRow, Owner, TemplateRow };

export async function inbox(db: Executor, owner: Owner, limit = 100): Promise<{ items: NotificationRow[]; unread: number }> {
  const [items, unread] = await Promise.all([listForOwner(db, owner, limit), countUnread(db, owner)]);
  return { items, unread };
}

export function unreadCount(db: Executor, owner: Owner): Promise<number> {
  return countUnread(db, owner);
}

export function listTemplates(db: Executor): Promise<TemplateRow[]> {
  return listTemplateRows(db);
}
