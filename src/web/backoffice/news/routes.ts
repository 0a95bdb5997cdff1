/**
 * Officers publish guides and news for the portal, under
 * /can-bo/quan-tri/tin-tuc: list, write, edit, publish and unpublish. Open to
 * administrators and supervisors (the TTHC-control unit; others get 403).
 * The guard checks CSRF on every post; each change is one news command.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ArticleInput, createArticle, editArticle, findArticleById, listAllArticles, setArticlePublished } from '../../../modules/news/index.ts';
import type { Ctx } from '../../../modules/identity/index.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { fieldErrors, parseForm, type FormValues } from '../../form-input.ts';
import { admittedPages, officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { articleForm } from './article-form.ts';

const BASE = '/can-bo/quan-tri/tin-tuc';
const Id = z.object({ id: z.string().max(100) });
const NewArticle = ArticleInput.extend({ id: z.uuid() });
const EditedArticle = ArticleInput.extend({ version: z.coerce.number().int().min(1) });
const notices: Record<string, MessageKey> = { saved: 'newsAdmin.saved', published: 'newsAdmin.published', unpublished: 'newsAdmin.unpublished' };

/** Admits administrators and supervisors (wherever they hold the role); others get a 403 page. */
async function admitEditor(officer: Officer): Promise<Officer> {
  if (!(['ADMIN', 'SUPERVISOR'] as const).some((r) => (officer.actor.scope.get(r)?.size ?? 0) > 0)) throw new ForbiddenError();
  return officer;
}

const uuidOr404 = (id: string): string => {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  return id;
};

export function registerNewsAdminPages(app: App, deps: WebDeps): void {
  void admittedPages(app, admitEditor, (scope) => registerNewsPages(scope, deps));
}

function registerNewsPages(app: App, deps: WebDeps): void {
  /** Runs one news command as the signed-in officer. */
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>): Promise<T> => deps.commands.run({ actor: officerOf(request).actor, requestId: request.id }, useCase);

  const showForm = (request: FastifyRequest, reply: FastifyReply, officer: Officer, form: { action: string; values: FormValues; errors?: Record<string, string>; hidden: Record<string, string>; editing: boolean; notice?: string }, status = 200) => {
    const locale = pageLocale(request);
    const title = t(locale, form.editing ? 'newsAdmin.edit' : 'newsAdmin.new');
    return sendOfficerPage(request, reply, officer, {
      title,
      section: 'news',
      width: 'narrow',
      ...(form.notice ? { notice: { kind: 'error' as const, text: form.notice } } : {}),
      body: html`<h1>${title}</h1>${articleForm(locale, form.action, officer.session.csrf, form.values, form.errors ?? {}, form.hidden)}`,
    }, status);
  };

  app.get(BASE, { schema: { hide: true, querystring: z.object({ ok: z.string().max(20).optional() }) } }, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const rows = await listAllArticles(deps.db);
    const notice = request.query.ok ? notices[request.query.ok] : undefined;
    const action = (id: string, path: string, key: MessageKey) => html`<form method="post" action="${BASE}/${id}/${path}"><input type="hidden" name="_csrf" value="${officer.session.csrf}"><button type="submit" class="secondary">${t(locale, key)}</button></form>`;
    const body = html`<h1>${t(locale, 'newsAdmin.title')}</h1><p>${t(locale, 'newsAdmin.lead')}</p>
<p><a class="button" href="${BASE}/moi">${t(locale, 'newsAdmin.new')}</a></p>
${rows.length === 0 ? html`<p>${t(locale, 'newsAdmin.empty')}</p>` : html`<div class="table-scroll"><table><thead><tr><th scope="col">${t(locale, 'newsAdmin.col.title')}</th><th scope="col">${t(locale, 'newsAdmin.col.kind')}</th><th scope="col">${t(locale, 'newsAdmin.col.status')}</th><th scope="col">${t(locale, 'newsAdmin.col.updated')}</th><th scope="col">${t(locale, 'newsAdmin.col.actions')}</th></tr></thead><tbody>
${rows.map((a) => html`<tr><td><a href="${BASE}/${a.id}">${a.title}</a></td><td>${t(locale, `portalCatalogue.news.kind.${a.kind}` as MessageKey)}</td>
<td>${a.publishedAt ? html`<span class="tag ok">${t(locale, 'newsAdmin.status.published')}</span>` : html`<span class="tag grey">${t(locale, 'newsAdmin.status.draft')}</span>`}</td>
<td>${vnDateTime(a.updatedAt)}</td>
<td>${a.publishedAt ? html`${action(a.id, 'go', 'newsAdmin.unpublish')}<a href="/tin-tuc/${a.slug}">${t(locale, 'newsAdmin.view')}</a>` : action(a.id, 'dang', 'newsAdmin.publish')}</td></tr>`)}
</tbody></table></div>`}`;
    return sendOfficerPage(request, reply, officer, { title: t(locale, 'newsAdmin.title'), section: 'news', body, ...(notice ? { notice: { kind: 'success' as const, text: t(locale, notice) } } : {}) });
  });

  app.get(`${BASE}/moi`, { schema: { hide: true } }, async (request, reply) => {
    const officer = officerOf(request);
    // The new article's id is fixed now, so a double submission stores it once.
    return showForm(request, reply, officer, { action: BASE, values: { kind: 'GUIDE' }, hidden: { id: randomUUID() }, editing: false });
  });

  app.post(BASE, { schema: { hide: true } }, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const raw = request.body as Record<string, unknown> | undefined;
    const parsed = parseForm(NewArticle, raw, locale);
    const id = typeof raw?.id === 'string' && z.uuid().safeParse(raw.id).success ? raw.id : randomUUID();
    const again = (errors: Record<string, string>) => showForm(request, reply, officer, { action: BASE, values: parsed.values, errors, hidden: { id }, editing: false }, 400);
    if (!parsed.ok) return again(parsed.errors);
    const { id: _id, ...input } = parsed.data;
    try {
      await run(request, (ctx) => createArticle(ctx, { id: parsed.data.id, article: input }));
    } catch (err) {
      if (err instanceof ValidationError) return again(fieldErrors(locale, err.issues));
      throw err;
    }
    return seeOther(reply, `${BASE}?ok=saved`);
  });

  app.get(`${BASE}/:id`, { schema: { hide: true, params: Id } }, async (request, reply) => {
    const officer = officerOf(request);
    const article = await findArticleById(deps.db, uuidOr404(request.params.id));
    if (!article) throw new NotFoundError();
    const values: FormValues = { kind: article.kind, title: article.title, slug: article.slug, summary: article.summary, body: article.body, procedureCode: article.procedureCode ?? '' };
    return showForm(request, reply, officer, { action: `${BASE}/${article.id}`, values, hidden: { version: String(article.version) }, editing: true });
  });

  app.post(`${BASE}/:id`, { schema: { hide: true, params: Id } }, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const id = uuidOr404(request.params.id);
    const raw = request.body as Record<string, unknown> | undefined;
    const parsed = parseForm(EditedArticle, raw, locale);
    const version = typeof raw?.version === 'string' ? raw.version.slice(0, 12) : '1';
    const again = (errors: Record<string, string>, status = 400, notice?: string) =>
      showForm(request, reply, officer, { action: `${BASE}/${id}`, values: parsed.values, errors, hidden: { version }, editing: true, ...(notice ? { notice } : {}) }, status);
    if (!parsed.ok) return again(parsed.errors);
    const { version: expected, ...input } = parsed.data;
    try {
      await run(request, (ctx) => editArticle(ctx, { id, expectedVersion: expected, article: input }));
    } catch (err) {
      if (err instanceof ValidationError) return again(fieldErrors(locale, err.issues));
      if (err instanceof ConflictError) return again({}, 409, t(locale, 'newsAdmin.staleEdit'));
      throw err;
    }
    return seeOther(reply, `${BASE}?ok=saved`);
  });

  for (const [path, publish] of [['dang', true], ['go', false]] as const) {
    app.post(`${BASE}/:id/${path}`, { schema: { hide: true, params: Id } }, async (request, reply) => {
      const id = uuidOr404(request.params.id);
      await run(request, (ctx) => setArticlePublished(ctx, { id, publish }));
      return seeOther(reply, `${BASE}?ok=${publish ? 'published' : 'unpublished'}`);
    });
  }
}
