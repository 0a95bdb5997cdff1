/**
 * An officer writes a guide or a news item; it starts as a draft. The id is
 * chosen by the form when it is shown, so pressing "Save" twice stores one
 * article (the second press finds it and changes nothing).
 */
import { ValidationError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../news.policy.ts';
import { findArticleById, insertArticle, slugTaken } from '../news.repo.ts';
import { articleColumns, slugFromTitle, type ArticleInput } from '../news.schemas.ts';

export async function createArticle(ctx: Ctx, input: { id: string; article: ArticleInput }): Promise<{ id: string; created: boolean }> {
  const { id, article } = input;
  authorize(ctx.actor, 'article.edit', id);
  if (await findArticleById(ctx.tx, id)) return { id, created: false };
  const slug = article.slug ?? slugFromTitle(article.title);
  if (await slugTaken(ctx.tx, slug)) throw new ValidationError([{ path: [article.slug ? 'slug' : 'title'], key: 'validation.articleSlugTaken', params: { slug } }]);
  const created = await insertArticle(ctx.tx, {
    id,
    ...articleColumns(article, slug),
    publishedAt: null,
    createdBy: ctx.actor.id,
    createdAt: ctx.now,
    updatedBy: ctx.actor.id,
    updatedAt: ctx.now,
  });
  if (created) await ctx.audit([{ action: 'article.create', entityType: 'article', entityId: id, payload: { slug, kind: article.kind } }]);
  return { id, created };
}
