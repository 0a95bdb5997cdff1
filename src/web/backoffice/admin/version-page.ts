/**
 * One version of a procedure for administrators: what it is, links to its
 * e-form and workflow editors, its workflow diagram (an SVG image with the
 * same transitions in a table), and publication with the command's checks.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publishVersionWithWorkflow } from '../../../modules/catalog/index.ts';
import { renderIssue } from '../../../platform/http/validation-issues.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { issuesOf } from '../../command-errors.ts';
import { button, postForm } from '../../components/forms.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { statusTag } from './procedures.ts';
import { loadVersion, type LoadedAdminVersion } from './version-loader.ts';
import { transitionTable, versionCrumbs } from './version-parts.ts';
import { workflowSvg } from './workflow-diagram.ts';

function sendVersion(request: FastifyRequest, reply: FastifyReply, officer: Officer, v: LoadedAdminVersion, issues: FieldIssue[] = [], status = 200) {
  const locale = pageLocale(request);
  const title = `${v.code} – ${t(locale, 'officeAdmin.versions.label', { version: v.version })}`;
  const rendered = issues.map((i) => renderIssue(locale, i));
  const published = (request.query as Record<string, unknown>).published === '1';
  const body = html`${rendered.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="publish-errors" tabindex="-1"><h2 id="publish-errors">${t(locale, 'officeAdmin.publish.refused')}</h2><ul>${rendered.map(
        (r) => html`<li>${r.path ? html`<code>${r.path}</code> ` : ''}${r.message}</li>`,
      )}</ul></div>`
    : ''}
<h1>${title}</h1>
<dl class="summary">
<div><dt>${t(locale, 'officeAdmin.procedures.name')}</dt><dd>${v.row.name}</dd></div>
<div><dt>${t(locale, 'officeAdmin.versions.status')}</dt><dd>${statusTag(locale, v.row.status)}</dd></div>
<div><dt>${t(locale, 'officeAdmin.versions.timeLimit')}</dt><dd>${v.row.durationAmount} ${v.row.durationUnit}</dd></div>
<div><dt>${t(locale, 'officeAdmin.versions.workflow')}</dt><dd>${v.workflow.key} v${v.workflow.version} ${statusTag(locale, v.workflow.status)}</dd></div>
</dl>
<ul class="actions">
<li><a href="${adminUrl.eform(v.code, v.version)}">${t(locale, v.draft ? 'officeAdmin.versions.editEform' : 'officeAdmin.versions.viewEform')}</a></li>
<li><a href="${adminUrl.workflow(v.code, v.version)}">${t(locale, v.draft ? 'officeAdmin.versions.editWorkflow' : 'officeAdmin.versions.viewWorkflow')}</a></li>
</ul>
<h2>${t(locale, 'officeAdmin.workflow.diagramTitle')}</h2>
<figure class="diagram" tabindex="0"><img src="${adminUrl.diagram(v.code, v.version)}" alt="${t(locale, 'officeAdmin.workflow.diagramAlt', { name: v.definition.name })}"></figure>
${transitionTable(locale, v.definition)}
${v.draft
  ? html`<h2>${t(locale, 'officeAdmin.publish.title')}</h2><p>${t(locale, 'officeAdmin.publish.hint')}</p>${postForm(adminUrl.publish(v.code, v.version), officer.session.csrf, button(t(locale, 'officeAdmin.publish.button')))}`
  : ''}`;
  return sendOfficerPage(
    request,
    reply,
    officer,
    { title, body, section: 'admin', width: 'wide', breadcrumbs: versionCrumbs(locale, v).slice(0, 3), ...(published ? { notice: { kind: 'success' as const, text: t(locale, 'officeAdmin.publish.done') } } : {}) },
    status,
  );
}

export function registerVersionPage(app: App, deps: WebDeps): void {
  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version', async (request, reply) => sendVersion(request, reply, officerOf(request), await loadVersion(deps.db, request.params)));

  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/so-do.svg', async (request, reply) => {
    const v = await loadVersion(deps.db, request.params);
    const svg = workflowSvg(v.definition, t(pageLocale(request), 'officeAdmin.workflow.diagramAlt', { name: v.definition.name }));
    return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(svg);
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/cong-bo', async (request, reply) => {
    const officer = officerOf(request);
    const v = await loadVersion(deps.db, request.params);
    // Publishing twice (a double click) finds the version already published: show it, publish nothing more.
    if (!v.draft) return seeOther(reply, `${adminUrl.version(v.code, v.version)}?published=1`);
    try {
      await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => publishVersionWithWorkflow(ctx, deps.services, { code: v.code, version: v.version }));
    } catch (err) {
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendVersion(request, reply, officer, v, issues, 422);
    }
    return seeOther(reply, `${adminUrl.version(v.code, v.version)}?published=1`);
  });
}
