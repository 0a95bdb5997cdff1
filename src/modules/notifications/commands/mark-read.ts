/** Marks messages read: only the owner's own (ids of someone else's messages change nothing). */
import type { Executor } from '../../../platform/db/database.ts';
import type { Clock } from '../../../platform/clock.ts';
import { markRead, type Owner } from '../notifications.repo.ts';

export function markNotificationsRead(db: Executor, clock: Clock, owner: Owner, ids?: string[]): Promise<number> {
  return markRead(db, owner, clock.now(), ids);
}
