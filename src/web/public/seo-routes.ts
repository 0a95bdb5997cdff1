/**
 * What search engines and open-data harvesters read first (issue 21):
 * `/robots.txt` (the back office and the citizens' own pages are not to be
 * indexed) and `/sitemap.xml`, the public pages — the catalogue's procedures
 * and the published articles (guides and news). Nothing personal is listed:
 * only pages anyone may open without signing in.
 */
import { queryTokens, foldVietnamese, searchProcedures } from '../../modules/catalog/index.ts';
import { listPublishedArticles } from '../../modules/news/index.ts';
import type { App } from '../../platform/http/server.ts';
import type { WebDeps } from '../web-deps.ts';

/** Pages behind a sign-in, or one person's: never worth crawling. */
const PRIVATE_PREFIXES = ['/can-bo', '/ho-so-cua-toi', '/thong-bao', '/kho-du-lieu', '/dang-nhap', '/dang-xuat', '/nop-ho-so', '/api/'];
const BATCH = 100;

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function registerSeoRoutes(app: App, deps: WebDeps): void {
  const base = deps.config.publicUrl;

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) => {
    const lines = ['User-agent: *', 'Allow: /', ...PRIVATE_PREFIXES.map((p) => `Disallow: ${p}`), `Sitemap: ${base}/sitemap.xml`, ''];
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(lines.join('\n'));
  });

  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const urls: { loc: string; lastmod?: string }[] = ['/', '/thu-tuc', '/tra-cuu', '/tin-tuc'].map((p) => ({ loc: `${base}${p}` }));
    for (let offset = 0; ; offset += BATCH) {
      const { hits } = await searchProcedures(deps.db, { tokens: queryTokens(''), folded: foldVietnamese(''), limit: BATCH, offset });
      for (const hit of hits) urls.push({ loc: `${base}/thu-tuc/${encodeURIComponent(hit.code)}` });
      if (hits.length < BATCH) break;
    }
    for (let offset = 0; ; offset += BATCH) {
      const { rows } = await listPublishedArticles(deps.db, { limit: BATCH, offset });
      for (const row of rows) urls.push({ loc: `${base}/tin-tuc/${encodeURIComponent(row.slug)}`, ...(row.publishedAt ? { lastmod: new Date(row.publishedAt).toISOString().slice(0, 10) } : {}) });
      if (rows.length < BATCH) break;
    }
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      urls.map((u) => `<url><loc>${xmlText(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n') +
      '\n</urlset>\n';
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(body);
  });
}
