/**
 * Who writes the portal's guides and news: administrators and supervisors
 * (the unit that controls administrative procedures), wherever they hold the
 * role. The demo articles are loaded by the system only.
 */
import { definePolicy, type Actor } from '../identity/index.ts';

const holdsAnywhere = (actor: Actor, role: 'ADMIN' | 'SUPERVISOR'): boolean => (actor.scope.get(role)?.size ?? 0) > 0;

export const authorize = definePolicy({
  /** Writing, editing, publishing and unpublishing. Target: the article's id. */
  'article.edit': (actor: Actor, _articleId: string) => holdsAnywhere(actor, 'ADMIN') || holdsAnywhere(actor, 'SUPERVISOR'),
  'news.seed': (actor: Actor, _target: null) => actor.kind === 'system',
});
