/**
 * /tin-tuc (guides and news, newest first, by kind) and /tin-tuc/:slug. The
 * body is plain text turned into paragraphs and lists; every piece is escaped,
 * so nothing an officer types can become markup. Drafts are 404.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ArticleKind, ARTICLE_SLUG_RE, bodyBlocks, findArticleBySlug, listPublishedArticles } from '../../../modules/news/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dateText, label, pagination } from './catalogue-view.ts';

const PAGE_SIZE = 10;

export function articleBody(body: string): Html {
  return html`${bodyBlocks(body).map((b) => (b.kind === 'list' ? html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>` : html`<p>${b.text}</p>`))}`;
}

export async function showNewsList(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, query: { loai?: string | undefined; trang?: string | undefined }): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const kind = ArticleKind.safeParse(query.loai).data;
  const page = Math.min(1000, Math.max(1, Number.parseInt(query.trang ?? '1', 10) || 1));
  const { rows, total } = await listPublishedArticles(deps.db, { kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const params = new URLSearchParams(kind ? { loai: kind } : {});
  const tab = (value: string | undefined, text: string) =>
    html`<li><a href="/tin-tuc${value ? `?loai=${value}` : ''}"${value === kind ? html` aria-current="page"` : ''}>${text}</a></li>`;
  const title = t(locale, 'portalCatalogue.news.title');
  const body = html`<h1>${title}</h1>
<nav aria-label="${t(locale, 'portalCatalogue.news.show')}"><ul class="pagination">${tab(undefined, t(locale, 'portalCatalogue.news.all'))}${ArticleKind.options.map((k) => tab(k, label(locale, 'portalCatalogue.news.kind.', k)))}</ul></nav>
${rows.length === 0 ? html`<p>${t(locale, 'portalCatalogue.news.empty')}</p>` : html`<ul class="results">${rows.map(
    (a) => html`<li><a href="/tin-tuc/${a.slug}">${a.title}</a><p class="meta"><span class="tag grey">${label(locale, 'portalCatalogue.news.kind.', a.kind)}</span> ${t(locale, 'portalCatalogue.news.published', { date: dateText(a.publishedAt) ?? '' })}</p><p>${a.summary}</p></li>`,
  )}</ul>`}
${pagination(locale, '/tin-tuc', params, page, Math.max(1, Math.ceil(total / PAGE_SIZE)))}`;
  return sendPortalPage(deps, request, reply, { title, section: 'news', body, breadcrumbs: [{ href: '/', label: t(locale, 'portalCatalogue.home.title') }] });
}

export async function showArticle(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, slug: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const article = ARTICLE_SLUG_RE.test(slug) ? await findArticleBySlug(deps.db, slug) : undefined;
  if (!article || !article.publishedAt) throw new NotFoundError();
  const body = html`<p class="caption"><span class="tag grey">${label(locale, 'portalCatalogue.news.kind.', article.kind)}</span> ${t(locale, 'portalCatalogue.news.published', { date: dateText(article.publishedAt) ?? '' })}</p>
<h1>${article.title}</h1>
<p class="lead">${article.summary}</p>
${articleBody(article.body)}
${article.procedureCode ? html`<p><strong>${t(locale, 'portalCatalogue.news.related')}:</strong> <a href="/thu-tuc/${encodeURIComponent(article.procedureCode)}">${article.procedureCode}</a></p>` : ''}`;
  return sendPortalPage(deps, request, reply, {
    title: article.title,
    section: 'news',
    body,
    width: 'narrow',
    breadcrumbs: [
      { href: '/', label: t(locale, 'portalCatalogue.home.title') },
      { href: '/tin-tuc', label: t(locale, 'portalCatalogue.news.title') },
    ],
  });
}
