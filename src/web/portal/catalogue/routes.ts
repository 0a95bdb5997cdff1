/**
 * Home, catalogue, procedure pages, sample forms, guides and news, and the
 * public look-up (issue 4). Public pages: no sign-in, nothing posted.
 */
import { z } from 'zod';
import { foldVietnamese, queryTokens, searchProcedures } from '../../../modules/catalog/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { blankFormPdf } from './blank-form-pdf.ts';
import { CatalogueQuery, showCatalogue } from './catalogue-page.ts';
import { showHome } from './home-page.ts';
import { showLookupForm, showLookupResult } from './lookup-pages.ts';
import { showArticle, showNewsList } from './news-pages.ts';
import { loadProcedure, showProcedure } from './procedure-page.ts';

const SUGGESTIONS = 8;
const text = z.string().max(2000);

export function registerCataloguePages(app: App, deps: WebDeps): void {
  app.get('/', { schema: { hide: true } }, (request, reply) => showHome(deps, request, reply));

  // Suggestions for the search box (enhance.js): names only, never an error for odd input.
  app.get('/goi-y', { schema: { hide: true, querystring: z.object({ q: text.optional() }) } }, async (request, reply) => {
    const q = (request.query.q ?? '').slice(0, 100);
    const names = q.trim().length < 2 ? [] : (await searchProcedures(deps.db, { tokens: queryTokens(q), folded: foldVietnamese(q), limit: SUGGESTIONS, offset: 0 })).hits.map((h) => h.name);
    return reply.header('cache-control', 'public, max-age=60').type('application/json; charset=utf-8').send(JSON.stringify(names));
  });

  app.get('/thu-tuc', { schema: { hide: true, querystring: CatalogueQuery } }, (request, reply) => showCatalogue(deps, request, reply, request.query));

  app.get('/thu-tuc/:code', { schema: { hide: true, params: z.object({ code: text }) } }, (request, reply) => showProcedure(deps, request, reply, request.params.code));

  app.get('/thu-tuc/:code/mau/:file', { schema: { hide: true, params: z.object({ code: text, file: text }) } }, async (request, reply) => {
    const view = await loadProcedure(deps, request.params.code);
    const component = view.components.find((c) => `${c.code}.pdf` === request.params.file && c.sampleForm);
    if (!component) throw new NotFoundError();
    const pdf = await blankFormPdf(pageLocale(request), view, component);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="mau-${view.code}-${component.code}.pdf"`)
      .header('cache-control', 'public, max-age=3600')
      .send(pdf);
  });

  app.get('/tra-cuu', { schema: { hide: true, querystring: z.object({ ma: text.optional() }) } }, (request, reply) => showLookupForm(deps, request, reply, request.query.ma));
  app.get('/tra-cuu/:code', { schema: { hide: true, params: z.object({ code: text }) } }, (request, reply) => showLookupResult(deps, request, reply, request.params.code));

  app.get('/tin-tuc', { schema: { hide: true, querystring: z.object({ loai: text.optional(), trang: text.optional() }) } }, (request, reply) => showNewsList(deps, request, reply, request.query));
  app.get('/tin-tuc/:slug', { schema: { hide: true, params: z.object({ slug: text }) } }, (request, reply) => showArticle(deps, request, reply, request.params.slug));
}
