/**
 * Who may change the citizen's inbox: the portal channel acting for the
 * signed-in citizen marks their own messages read (whose they are is decided
 * in SQL by the owner keys); only the notification job writes messages; an
 * administrator edits the wording of a kind of message. Deny by default.
 */
import { administers, definePolicy } from '../identity/index.ts';
import type { Owner } from './notifications.repo.ts';

export const authorize = definePolicy({
  'inbox.markRead': (actor, _owner: Owner) => actor.kind === 'client' && (actor.scope.get('INTEGRATION')?.size ?? 0) > 0,
  'notification.write': (actor, _owner: Owner) => actor.kind === 'system',
  'template.edit': (actor, _kind: string) => administers(actor, []),
});
