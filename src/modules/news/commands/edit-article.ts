/** An officer changes an article; an edit made from an out-of-date form is refused, not silently lost. */
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../news.policy.ts';
import { findArticleById, slugTaken, updateArticle } from '../news.repo.ts';
import { articleColumns, type ArticleInput } from '../news.schemas.ts';

export async function editArticle(ctx: Ctx, input: { id: string; /** The version the form was made from. */ expectedVersion: number; article: ArticleInput }): Promise<void> {
  const { id, expectedVersion, article } = input;
  authorize(ctx.actor, 'article.edit', id);
  const current = await findArticleById(ctx.tx, id);
  if (!current) throw new NotFoundError();
  const slug = article.slug ?? current.slug;
  if (slug !== current.slug && (await slugTaken(ctx.tx, slug, id))) throw new ValidationError([{ path: ['slug'], key: 'validation.articleSlugTaken', params: { slug } }]);
  const done = await updateArticle(ctx.tx, id, expectedVersion, { ...articleColumns(article, slug), updatedBy: ctx.actor.id, updatedAt: ctx.now });
  if (!done) throw new ConflictError('newsAdmin.staleEdit');
  await ctx.audit([{ action: 'article.edit', entityType: 'article', entityId: id, payload: { slug, kind: article.kind, version: expectedVersion + 1 } }]);
}
