/**
 * Publishing puts an article on the portal; unpublishing takes it back to a
 * draft. Asking for the state it already has changes nothing (a repeated
 * click), so it needs no version check.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Executor } from '../../../platform/db/database.ts';
import type { AuditContext, AuditLog } from '../../audit/index.ts';
import { findArticleById, updateArticle } from '../news.repo.ts';

export async function setArticlePublished(tx: Executor, audit: AuditLog, ctx: AuditContext, id: string, publish: boolean): Promise<{ changed: boolean }> {
  const current = await findArticleById(tx, id);
  if (!current) throw new NotFoundError();
  if ((current.publishedAt !== null) === publish) return { changed: false };
  await updateArticle(tx, id, current.version, { publishedAt: publish ? ctx.at : null, updatedBy: ctx.actor.id, updatedAt: ctx.at });
  await audit.record(tx, ctx, [{ action: publish ? 'article.publish' : 'article.unpublish', entityType: 'article', entityId: id, payload: { slug: current.slug } }]);
  return { changed: true };
}
