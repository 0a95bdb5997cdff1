/** The citizen marks one message, or all unread ones, as read; another owner's ids change nothing. */
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../notifications.policy.ts';
import { markRead, type Owner } from '../notifications.repo.ts';

export async function markNotificationsRead(ctx: Ctx, input: { owner: Owner; ids?: string[] | undefined }): Promise<number> {
  authorize(ctx.actor, 'inbox.markRead', input.owner);
  return markRead(ctx.tx, input.owner, ctx.now, input.ids);
}
