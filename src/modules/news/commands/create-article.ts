/**
 * An officer writes a guide or a news item; it starts as a draft. The id is
 * chosen by the form when it is shown, so pressing "Save" twice stores one
 * article (the second press finds it and changes nothing).
 */
import { ValidationError } from '../../../platform/errors.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { AuditContext, AuditLog } from '../../audit/index.ts';
import { findArticleById, insertArticle, slugTaken } from '../news.repo.ts';
import { articleColumns, slugFromTitle, type ArticleInput } from '../news.schemas.ts';

export async function createArticle(tx: Executor, audit: AuditLog, ctx: AuditContext, id: string, input: ArticleInput): Promise<{ id: string; created: boolean }> {
  const existing = await findArticleById(tx, id);
  if (existing) return { id, created: false };
  const slug = input.slug ?? slugFromTitle(input.title);
  if (await slugTaken(tx, slug)) throw new ValidationError([{ path: [input.slug ? 'slug' : 'title'], key: 'validation.articleSlugTaken', params: { slug } }]);
  const created = await insertArticle(tx, {
    id,
    ...articleColumns(input, slug),
    publishedAt: null,
    createdBy: ctx.actor.id,
    createdAt: ctx.at,
    updatedBy: ctx.actor.id,
    updatedAt: ctx.at,
  });
  if (created) await audit.record(tx, ctx, [{ action: 'article.create', entityType: 'article', entityId: id, payload: { slug, kind: input.kind } }]);
  return { id, created };
}
