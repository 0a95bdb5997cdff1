/** The news module's public surface: guides and news officers publish on the portal. */
import './news.messages.ts'; // registers the module's message texts before anything renders them
export { ArticleInput, ArticleKind, ARTICLE_SLUG_RE, bodyBlocks, slugFromTitle, type BodyBlock } from './news.schemas.ts';
// Commands
export { createArticle } from './commands/create-article.ts';
export { editArticle } from './commands/edit-article.ts';
export { setArticlePublished } from './commands/set-article-published.ts';
export { seedDemoArticles } from './commands/seed-demo-articles.ts';
// Queries
export { findArticleById, findArticleBySlug, listAllArticles, listPublishedArticles, type ArticleRow } from './queries/articles.ts';
