/** An officer changes an article; an edit made from an out-of-date form is refused, not silently lost. */
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { AuditContext, AuditLog } from '../../audit/index.ts';
import { findArticleById, slugTaken, updateArticle } from '../news.repo.ts';
import { articleColumns, type ArticleInput } from '../news.schemas.ts';

export async function editArticle(tx: Executor, audit: AuditLog, ctx: AuditContext, id: string, expectedVersion: number, input: ArticleInput): Promise<void> {
  const current = await findArticleById(tx, id);
  if (!current) throw new NotFoundError();
  const slug = input.slug ?? current.slug;
  if (slug !== current.slug && (await slugTaken(tx, slug, id))) throw new ValidationError([{ path: ['slug'], key: 'validation.articleSlugTaken', params: { slug } }]);
  const done = await updateArticle(tx, id, expectedVersion, {
    ...articleColumns(input, slug),
    updatedBy: ctx.actor.id,
    updatedAt: ctx.at,
  });
  if (!done) throw new ConflictError('newsAdmin.staleEdit');
  await audit.record(tx, ctx, [{ action: 'article.edit', entityType: 'article', entityId: id, payload: { slug, kind: input.kind, version: expectedVersion + 1 } }]);
}
