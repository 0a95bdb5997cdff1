/**
 * Publishing puts an article on the portal; unpublishing takes it back to a
 * draft. Asking for the state it already has changes nothing (a repeated
 * click), so it needs no version check.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../news.policy.ts';
import { findArticleById, updateArticle } from '../news.repo.ts';

export async function setArticlePublished(ctx: Ctx, input: { id: string; publish: boolean }): Promise<{ changed: boolean }> {
  const { id, publish } = input;
  authorize(ctx.actor, 'article.edit', id);
  const current = await findArticleById(ctx.tx, id);
  if (!current) throw new NotFoundError();
  if ((current.publishedAt !== null) === publish) return { changed: false };
  await updateArticle(ctx.tx, id, current.version, { publishedAt: publish ? ctx.now : null, updatedBy: ctx.actor.id, updatedAt: ctx.now });
  await ctx.audit([{ action: publish ? 'article.publish' : 'article.unpublish', entityType: 'article', entityId: id, payload: { slug: current.slug } }]);
  return { changed: true };
}
