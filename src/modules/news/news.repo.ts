/** All SQL of the news module. */
import { and, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { articles, type ArticleRow } from './news.tables.ts';

export type { ArticleRow };

export async function insertArticle(tx: Executor, row: typeof articles.$inferInsert): Promise<boolean> {
  // The id comes from the form, so a second press of "Save" finds the row already there.
  const inserted = await tx.insert(articles).values(row).onConflictDoNothing({ target: articles.id }).returning({ id: articles.id });
  return inserted.length > 0;
}

export async function findArticleById(db: Executor, id: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

export async function findArticleBySlug(db: Executor, slug: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.slug, slug));
  return row;
}

export async function slugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
  return row !== undefined && row.id !== exceptId;
}

/** Updates only when the row still has `expectedVersion`; returns whether it did. */
export async function updateArticle(tx: Executor, id: string, expectedVersion: number, set: Partial<typeof articles.$inferInsert>): Promise<boolean> {
  const updated = await tx
    .update(articles)
    .set({ ...set, version: sql`${articles.version} + 1` })
    .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
    .returning({ id: articles.id });
  return updated.length > 0;
}

export async function listPublishedArticles(db: Executor, opts: { kind?: string | undefined; limit: number; offset: number }) {
  const where: SQL[] = [isNotNull(articles.publishedAt)];
  if (opts.kind) where.push(eq(articles.kind, opts.kind));
  const rows = await db
    .select({ slug: articles.slug, kind: articles.kind, title: articles.title, summary: articles.summary, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(...where))
    .orderBy(desc(articles.publishedAt), desc(articles.createdAt))
    .limit(opts.limit)
    .offset(opts.offset);
  const [total] = await db.select({ n: count() }).from(articles).where(and(...where));
  return { rows, total: total?.n ?? 0 };
}

export async function listAllArticles(db: Executor) {
  return db
    .select({ id: articles.id, slug: articles.slug, kind: articles.kind, title: articles.title, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt })
    .from(articles)
    .orderBy(desc(articles.updatedAt))
    .limit(500);
}
