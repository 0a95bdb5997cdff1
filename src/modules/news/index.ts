/** The news module's public surface: guides and news officers publish on the portal. */
export { ArticleInput, ArticleKind, ARTICLE_SLUG_RE, bodyBlocks, slugFromTitle, type BodyBlock } from './news.schemas.ts';
export { createArticle } from './commands/create-article.ts';
export { editArticle } from './commands/edit-article.ts';
export { setArticlePublished } from './commands/publish-article.ts';
export { findArticleById, findArticleBySlug, listAllArticles, listPublishedArticles } from './news.repo.ts';
export { seedDemoArticles, demoArticles } from './seed/demo-articles.ts';
export type { ArticleRow } from './news.tables.ts';
