/** Reading articles: one by id (the editor) or by its address (the portal), the portal's published list, and the editors' list of all. */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../news.repo.ts';
import type { ArticleRow } from '../news.repo.ts';

export type { ArticleRow };

export async function findArticleById(db: Executor, id: string): Promise<ArticleRow | undefined> {
  return repo.findArticleById(db, id);
}

export async function findArticleBySlug(db: Executor, slug: string): Promise<ArticleRow | undefined> {
  return repo.findArticleBySlug(db, slug);
}

/** Published articles, newest first, with how many there are in all. */
export async function listPublishedArticles(db: Executor, opts: { kind?: string | undefined; limit: number; offset: number }) {
  return repo.listPublishedArticles(db, opts);
}

/** Every article, drafts included, last changed first (the editors' list). */
export async function listAllArticles(db: Executor) {
  return repo.listAllArticles(db);
}
