/**
 * One version of a procedure for administrators: what it is, links to its
 * e-form and workflow editors, its workflow diagram (an SVG image with the
 * same transitions in a table), and publication with the command's checks.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { publishProcedureVersion } from '../../../modules/catalog/index.ts';
import { publishWorkflow, type WorkflowDefinition } from '../../../modules/workflow/index.ts';
import { renderIssue } from '../../../platform/http/validation-issues.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { Crumb } from '../../layout/page.ts';
import { button, postForm } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminForPost, requireAdminOfficer } from './admin-access.ts';
import { adminUrl } from './admin-links.ts';
import { audited, issuesOf } from './audited.ts';
import { statusTag } from './procedures.ts';
import { loadVersion, type LoadedAdminVersion } from './version-loader.ts';
import { transitions, workflowSvg } from './workflow-diagram.ts';
import { validationOptions } from './workflow-editor.ts';

export function versionCrumbs(locale: Locale, v: LoadedAdminVersion): Crumb[] {
  return [
    { href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') },
    { href: adminUrl.procedures, label: t(locale, 'officeAdmin.procedures.title') },
    { href: adminUrl.procedure(v.code), label: v.code },
    { href: adminUrl.version(v.code, v.version), label: t(locale, 'officeAdmin.versions.label', { version: v.version }) },
  ];
}

/** The diagram's content as a table, for people who cannot see the picture. */
export function transitionTable(locale: Locale, def: WorkflowDefinition) {
  const names = new Map(def.steps.map((s) => [s.id, s.name]));
  return html`<table><caption>${t(locale, 'officeAdmin.workflow.tableCaption')}</caption>
<thead><tr><th scope="col">${t(locale, 'officeAdmin.workflow.from')}</th><th scope="col">${t(locale, 'officeAdmin.workflow.actions')}</th><th scope="col">${t(locale, 'officeAdmin.workflow.to')}</th></tr></thead>
<tbody>${transitions(def).map((e) => html`<tr><td>${names.get(e.from)}</td><td>${e.label}</td><td>${names.get(e.to)}</td></tr>`)}</tbody></table>`;
}

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
  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version', async (request, reply) => {
    const officer = await requireAdminOfficer(deps, request, reply);
    if (!officer) return reply;
    return sendVersion(request, reply, officer, await loadVersion(deps.db, request.params));
  });

  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/so-do.svg', async (request, reply) => {
    const officer = await requireAdminOfficer(deps, request, reply);
    if (!officer) return reply;
    const v = await loadVersion(deps.db, request.params);
    const svg = workflowSvg(v.definition, t(pageLocale(request), 'officeAdmin.workflow.diagramAlt', { name: v.definition.name }));
    return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(svg);
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/cong-bo', async (request, reply) => {
    const officer = await adminForPost(deps, request, reply);
    if (!officer) return reply;
    const v = await loadVersion(deps.db, request.params);
    // Publishing twice (a double click) finds the version already published: show it, publish nothing more.
    if (!v.draft) return seeOther(reply, `${adminUrl.version(v.code, v.version)}?published=1`);
    const opts = await validationOptions(deps, v);
    try {
      await audited(deps, request, officer, async (tx, now) => {
        const audit = [];
        if (v.workflow.status === 'DRAFT') {
          const wf = await publishWorkflow(tx, v.workflow.key, v.workflow.version, opts, now);
          audit.push({ action: 'workflow.publish', entityType: 'workflow', entityId: wf.id, payload: { key: v.workflow.key, version: v.workflow.version } });
        }
        const out = await publishProcedureVersion(tx, deps.services.workflows, v.code, v.version, opts.workingDayMinutes, officer.id, now);
        audit.push({ action: 'procedure.version.publish', entityType: 'procedure_version', entityId: out.versionId, payload: { code: v.code, version: v.version } });
        return { result: out, audit };
      });
    } catch (err) {
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendVersion(request, reply, officer, v, issues, 422);
    }
    deps.services.procedures.forget(v.code);
    return seeOther(reply, `${adminUrl.version(v.code, v.version)}?published=1`);
  });
}
