/** Procedures for administrators: the list, one procedure's versions, and drafting the next version. */
import { z } from 'zod';
import { draftNextVersion, listProceduresForAdmin, procedureVersions, ProcedureCode } from '../../../modules/catalog/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { formatVnDateTime } from './format.ts';
import { button, postForm } from '../../components/forms.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { adminUrl } from './admin-links.ts';

const CodeParams = z.object({ code: ProcedureCode });

export function statusTag(locale: 'vi' | 'en', status: string) {
  const kind = status === 'PUBLISHED' ? 'ok' : status === 'DRAFT' ? 'warn' : 'grey';
  return html`<span class="tag ${kind}">${t(locale, `officeAdmin.status.${status}` as MessageKey)}</span>`;
}

export function parseCode(params: unknown): string {
  const p = CodeParams.safeParse(params);
  if (!p.success) throw new NotFoundError();
  return p.data.code;
}

export function registerProcedureAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.procedures, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const rows = await listProceduresForAdmin(deps.db);
    const title = t(locale, 'officeAdmin.procedures.title');
    const body = html`<h1>${title}</h1>
<table><caption class="visually-hidden">${title}</caption><thead><tr><th scope="col">${t(locale, 'officeAdmin.procedures.code')}</th><th scope="col">${t(
      locale,
      'officeAdmin.procedures.name',
    )}</th><th scope="col">${t(locale, 'officeAdmin.procedures.latest')}</th></tr></thead>
<tbody>${rows.map(
      (r) => html`<tr><td><a href="${adminUrl.procedure(r.code)}">${r.code}</a></td><td>${r.name}</td><td>${r.latestVersion}${
        r.drafts > 0 ? html` <span class="tag warn">${t(locale, 'officeAdmin.procedures.hasDraft')}</span>` : ''
      }</td></tr>`,
    )}</tbody></table>`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] });
  });

  app.get('/can-bo/quan-tri/thu-tuc/:code', async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const code = parseCode(request.params);
    const found = await procedureVersions(deps.db, code);
    if (!found) throw new NotFoundError('procedure.notFound', { code });
    const { procedure, versions } = found;
    const newest = versions[0]?.version ?? 0;
    const title = `${procedure.code} – ${procedure.name}`;
    const body = html`<h1>${title}</h1>
<h2>${t(locale, 'officeAdmin.versions.title')}</h2>
<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.versions.version')}</th><th scope="col">${t(locale, 'officeAdmin.versions.status')}</th><th scope="col">${t(
      locale,
      'officeAdmin.versions.publishedAt',
    )}</th></tr></thead>
<tbody>${versions.map(
      (v) => html`<tr><td><a href="${adminUrl.version(code, v.version)}">${t(locale, 'officeAdmin.versions.label', { version: v.version })}</a></td><td>${statusTag(locale, v.status)}</td><td>${
        v.publishedAt ? formatVnDateTime(v.publishedAt) : '–'
      }</td></tr>`,
    )}</tbody></table>
<h2>${t(locale, 'officeAdmin.versions.draftTitle')}</h2>
<p>${t(locale, 'officeAdmin.versions.draftHint', { version: newest })}</p>
${postForm(`${adminUrl.procedure(code)}/phien-ban`, officer.session.csrf, html`<input type="hidden" name="seenVersion" value="${newest}">${button(t(locale, 'officeAdmin.versions.draftButton'))}`)}`;
    return sendOfficerPage(request, reply, officer, {
      title,
      body,
      section: 'admin',
      width: 'wide',
      breadcrumbs: [
        { href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') },
        { href: adminUrl.procedures, label: t(locale, 'officeAdmin.procedures.title') },
      ],
    });
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban', async (request, reply) => {
    const officer = officerOf(request);
    const code = parseCode(request.params);
    const seenVersion = Number((request.body as Record<string, unknown>).seenVersion);
    if (!Number.isInteger(seenVersion) || seenVersion < 0) throw new NotFoundError();
    // A second press of the button finds a newer version than the page showed, and opens it instead of drafting another.
    const drafted = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => draftNextVersion(ctx, deps.services, { code, seenVersion }));
    return seeOther(reply, adminUrl.version(code, drafted.version));
  });
}
