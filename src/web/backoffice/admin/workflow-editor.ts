/**
 * Editing the workflow a draft version follows: the definition as JSON,
 * checked by the same validator that guards publication (against this
 * version's legal time limit), drawn as a diagram below. Saving stores a new
 * draft workflow version and points the procedure's draft at it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { checkVersionWorkflow, setVersionWorkflow } from '../../../modules/catalog/index.ts';
import { WorkflowDefinition } from '../../../modules/workflow/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { issuesOf } from '../../command-errors.ts';
import { errorSummary } from '../../components/forms.ts';
import { officerOf } from '../../guards.ts';
import { html, raw } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { jsonEditForm, parseJsonField } from './json-field.ts';
import { loadVersion, type LoadedAdminVersion } from './version-loader.ts';
import { transitionTable, versionCrumbs } from './version-parts.ts';
import { workflowSvg } from './workflow-diagram.ts';

interface EditorState {
  text: string;
  issues: FieldIssue[];
  shown: WorkflowDefinition;
  notice?: 'saved' | 'valid' | 'changed';
}

function sendEditor(request: FastifyRequest, reply: FastifyReply, officer: Officer, v: LoadedAdminVersion, s: EditorState, status = 200) {
  const locale = pageLocale(request);
  const title = t(locale, 'officeAdmin.workflow.title', { code: v.code, version: v.version });
  const editor = jsonEditForm(locale, {
    draft: v.draft,
    action: adminUrl.workflow(v.code, v.version),
    csrf: officer.session.csrf,
    hidden: html`<input type="hidden" name="basedOn" value="${v.row.workflowId}">`,
    checkLabel: t(locale, 'officeAdmin.workflow.check'),
    name: 'definition',
    label: t(locale, 'officeAdmin.workflow.label'),
    hint: t(locale, 'officeAdmin.workflow.hint'),
    value: s.text,
    issues: s.issues,
  });
  const diagramTitle = t(locale, 'officeAdmin.workflow.diagramAlt', { name: s.shown.name });
  const body = html`${errorSummary(locale, s.issues.length > 0 ? { definition: t(locale, 'officeAdmin.json.issues', { count: s.issues.length }) } : {})}
<h1>${title}</h1>
<p>${t(locale, 'officeAdmin.workflow.current', { key: v.workflow.key, version: v.workflow.version, status: t(locale, v.workflow.status === 'DRAFT' ? 'officeAdmin.status.DRAFT' : 'officeAdmin.status.PUBLISHED') })}</p>
${editor}
<h2>${t(locale, 'officeAdmin.workflow.diagramTitle')}</h2>
<figure class="diagram" tabindex="0">${raw(workflowSvg(s.shown, diagramTitle))}<figcaption>${diagramTitle}</figcaption></figure>
${transitionTable(locale, s.shown)}`;
  const notice = s.notice ? { kind: s.notice === 'changed' ? ('warning' as const) : ('success' as const), text: t(locale, `officeAdmin.workflow.${s.notice}`) } : undefined;
  return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide', breadcrumbs: versionCrumbs(locale, v), ...(notice ? { notice } : {}) }, status);
}

export function registerWorkflowEditor(app: App, deps: WebDeps): void {
  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/quy-trinh', async (request, reply) => {
    const v = await loadVersion(deps.db, request.params);
    const q = (request.query as Record<string, unknown>).notice;
    const notice = q === 'saved' || q === 'changed' ? q : undefined;
    return sendEditor(request, reply, officerOf(request), v, { text: JSON.stringify(v.definition, null, 2), issues: [], shown: v.definition, ...(notice ? { notice } : {}) });
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/quy-trinh', async (request, reply) => {
    const officer = officerOf(request);
    const v = await loadVersion(deps.db, request.params);
    const body = request.body as Record<string, unknown>;
    const text = typeof body.definition === 'string' ? body.definition : '';
    const parsed = parseJsonField(WorkflowDefinition, text);
    if (!parsed.ok) return sendEditor(request, reply, officer, v, { text, issues: parsed.issues, shown: v.definition }, 400);
    const definition = parsed.value;
    const workingDayMinutes = await deps.services.calendars.workingDayMinutes();
    if (body.intent !== 'save') {
      // "Check": the publication checks for this version, nothing saved.
      const issues = checkVersionWorkflow(officer.actor, v.row, definition, workingDayMinutes);
      return sendEditor(request, reply, officer, v, issues.length > 0 ? { text, issues, shown: definition } : { text, issues: [], shown: definition, notice: 'valid' }, issues.length > 0 ? 400 : 200);
    }
    let saved: boolean;
    try {
      const basedOn = typeof body.basedOn === 'string' ? body.basedOn : '';
      ({ saved } = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => setVersionWorkflow(ctx, deps.services, { code: v.code, version: v.version, basedOn, definition })));
    } catch (err) {
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendEditor(request, reply, officer, v, { text, issues, shown: definition }, 400);
    }
    // A second submission of the same page finds the version already pointing elsewhere: nothing more was saved.
    return seeOther(reply, `${adminUrl.workflow(v.code, v.version)}?notice=${saved ? 'saved' : 'changed'}`);
  });
}
