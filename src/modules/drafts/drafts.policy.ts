/**
 * Drafts are written only through the portal: the channel acting for the
 * signed-in citizen (an API client holding INTEGRATION), for the owner the
 * citizen's verified claims name. Whose draft it is, is decided in SQL by the
 * owner keys every read and write names. Deny by default.
 */
import { definePolicy, type Actor } from '../identity/index.ts';
import type { DraftOwner } from './drafts.schemas.ts';

const isPortalChannel = (actor: Actor): boolean => actor.kind === 'client' && (actor.scope.get('INTEGRATION')?.size ?? 0) > 0;

export const authorize = definePolicy({
  'draft.write': (actor, _owner: DraftOwner) => isPortalChannel(actor),
  'draft.submit': (actor, _owner: DraftOwner) => isPortalChannel(actor),
});
