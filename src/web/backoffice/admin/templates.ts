/**
 * Notification templates: the wording of each kind of message to applicants,
 * with the placeholders it may use. Registered inside the administration group
 * (routes.ts), whose guard admits administrators and checks every post's CSRF
 * token; the change itself is authorised and audited by the notifications module.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listTemplates, PLACEHOLDERS, TemplateInput, updateTemplate, type TemplateRow } from '../../../modules/notifications/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, errorSummary, postForm, textArea, textInput, type FieldErrors } from '../../components/forms.ts';
import { firstValue, parseForm, type FormValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { formatVnDateTime } from './format.ts';

const KindParams = z.object({ kind: z.string().regex(/^[a-z_.]{3,80}$/) });

async function findKind(deps: WebDeps, params: unknown): Promise<TemplateRow> {
  const p = KindParams.safeParse(params);
  const row = p.success ? (await listTemplates(deps.db)).find((r) => r.kind === p.data.kind) : undefined;
  if (!row) throw new NotFoundError();
  return row;
}

function sendEdit(request: FastifyRequest, reply: FastifyReply, officer: Officer, row: TemplateRow, values: FormValues, errors: FieldErrors, status = 200) {
  const locale = pageLocale(request);
  const v = (k: 'title' | 'body') => (k in values ? firstValue(values[k]) : row[k]);
  const saved = (request.query as Record<string, unknown>).saved === '1';
  const body = html`${errorSummary(locale, errors)}<h1>${t(locale, 'officeAdmin.templates.editTitle', { kind: row.kind })}</h1>
<p>${t(locale, 'officeAdmin.templates.placeholders')} ${PLACEHOLDERS.map((p, i) => html`${i > 0 ? ', ' : ''}<code>{${p}}</code>`)}</p>
${postForm(`${adminUrl.templates}/${row.kind}`, officer.session.csrf, html`${textInput({ name: 'title', label: t(locale, 'officeAdmin.templates.titleField'), value: v('title'), error: errors.title, required: true })}
${textArea({ name: 'body', label: t(locale, 'officeAdmin.templates.bodyField'), value: v('body'), error: errors.body, rows: 6, required: true })}
${button(t(locale, 'officeAdmin.save'))}`)}`;
  return sendOfficerPage(
    request,
    reply,
    officer,
    {
      title: row.kind,
      body,
      section: 'admin',
      breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }, { href: adminUrl.templates, label: t(locale, 'officeAdmin.templates.title') }],
      ...(saved ? { notice: { kind: 'success' as const, text: t(locale, 'officeAdmin.templates.saved') } } : {}),
    },
    status,
  );
}

export function registerTemplateAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.templates, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const rows = await listTemplates(deps.db);
    const title = t(locale, 'officeAdmin.templates.title');
    const body = html`<h1>${title}</h1>
<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.templates.kind')}</th><th scope="col">${t(locale, 'officeAdmin.templates.titleField')}</th><th scope="col">${t(locale, 'officeAdmin.templates.updated')}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td><a href="${adminUrl.templates}/${r.kind}">${r.kind}</a></td><td>${r.title}</td><td>${formatVnDateTime(r.updatedAt)}</td></tr>`)}</tbody></table>`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] });
  });

  app.get('/can-bo/quan-tri/mau-thong-bao/:kind', async (request, reply) => {
    return sendEdit(request, reply, officerOf(request), await findKind(deps, request.params), {}, {});
  });

  app.post('/can-bo/quan-tri/mau-thong-bao/:kind', async (request, reply) => {
    const officer = officerOf(request);
    const row = await findKind(deps, request.params);
    const form = parseForm(TemplateInput, request.body, pageLocale(request));
    if (!form.ok) return sendEdit(request, reply, officer, row, form.values, form.errors, 400);
    await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => updateTemplate(ctx, { kind: row.kind, template: form.data }));
    return seeOther(reply, `${adminUrl.templates}/${row.kind}?saved=1`);
  });
}
