/**
 * Who may change workflow definitions: an administrator (definitions are
 * shared by every agency's procedures), or the system loading the standard
 * templates of the demo data.
 */
import { administers, definePolicy, type Actor } from '../identity/index.ts';

export const authorize = definePolicy({
  /** Drafting, publishing, and checking a definition before either. Target: the workflow's key. */
  'workflow.edit': (actor: Actor, _key: string) => actor.kind === 'system' || administers(actor, []),
});
