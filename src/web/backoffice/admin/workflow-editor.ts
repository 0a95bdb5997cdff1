/**
 * Editing the workflow a draft version follows: the definition as JSON,
 * checked by the same validator that guards publication (against this
 * version's legal time limit), drawn as a diagram below. Saving stores a new
 * draft workflow version and points the procedure's draft at it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { legalLimitMinutes, legalLimitText, updateDraftVersion, DurationUnit } from '../../../modules/catalog/index.ts';
import { latestWorkflowVersion, saveWorkflowDraft, validateDefinition, WorkflowDefinition } from '../../../modules/workflow/index.ts';
import { ConflictError, type FieldIssue } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { errorSummary } from '../../components/forms.ts';
import { html, raw } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminForPost, requireAdminOfficer } from './admin-access.ts';
import { adminUrl } from './admin-links.ts';
import { audited } from './audited.ts';
import { jsonEditForm, parseJsonField } from './json-field.ts';
import { loadVersion, type LoadedAdminVersion } from './version-loader.ts';
import { transitionTable, versionCrumbs } from './version-page.ts';
import { workflowSvg } from './workflow-diagram.ts';


interface EditorState {
  text: string;
  issues: FieldIssue[];
  shown: WorkflowDefinition;
  notice?: 'saved' | 'valid' | 'changed';
}

/** The validator's options for this version: the working day and the version's legal limit. */
export async function validationOptions(deps: WebDeps, v: LoadedAdminVersion) {
  const workingDayMinutes = await deps.services.calendars.workingDayMinutes();
  const unit = DurationUnit.parse(v.row.durationUnit);
  return { workingDayMinutes, legalLimitMinutes: legalLimitMinutes(v.row.durationAmount, unit, workingDayMinutes), legalLimitText: legalLimitText(v.row.durationAmount, unit) };
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
    const officer = await requireAdminOfficer(deps, request, reply);
    if (!officer) return reply;
    const v = await loadVersion(deps.db, request.params);
    const q = (request.query as Record<string, unknown>).notice;
    const notice = q === 'saved' || q === 'changed' ? q : undefined;
    return sendEditor(request, reply, officer, v, { text: JSON.stringify(v.definition, null, 2), issues: [], shown: v.definition, ...(notice ? { notice } : {}) });
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/quy-trinh', async (request, reply) => {
    const officer = await adminForPost(deps, request, reply);
    if (!officer) return reply;
    const v = await loadVersion(deps.db, request.params);
    const body = request.body as Record<string, unknown>;
    const text = typeof body.definition === 'string' ? body.definition : '';
    const parsed = parseJsonField(WorkflowDefinition, text);
    if (!parsed.ok) return sendEditor(request, reply, officer, v, { text, issues: parsed.issues, shown: v.definition }, 400);
    const issues = validateDefinition(parsed.value, await validationOptions(deps, v));
    if (issues.length > 0) return sendEditor(request, reply, officer, v, { text, issues, shown: parsed.value }, 400);
    if (body.intent !== 'save') return sendEditor(request, reply, officer, v, { text, issues: [], shown: parsed.value, notice: 'valid' });
    // A second submission of the same page finds the version already pointing elsewhere: nothing more is saved.
    if (body.basedOn !== v.row.workflowId) return seeOther(reply, `${adminUrl.workflow(v.code, v.version)}?notice=changed`);
    await audited(deps, request, officer, async (tx) => {
      const latest = await latestWorkflowVersion(tx, parsed.value.key);
      const saved = await saveWorkflowDraft(tx, { ...parsed.value, version: (latest?.version ?? 0) + 1 });
      const fresh = await loadVersion(tx, request.params);
      if (fresh.row.workflowId !== body.basedOn) throw new ConflictError('procedure.versionNotDraft', { version: v.version });
      const out = await updateDraftVersion(tx, v.code, v.version, { workflowId: saved.id });
      return {
        result: out,
        audit: [
          { action: 'workflow.draft', entityType: 'workflow', entityId: saved.id, payload: { key: saved.definition.key, version: saved.definition.version } },
          { action: 'procedure.version.workflow', entityType: 'procedure_version', entityId: out.versionId, payload: { code: v.code, version: v.version, workflowId: saved.id } },
        ],
      };
    });
    return seeOther(reply, `${adminUrl.workflow(v.code, v.version)}?notice=saved`);
  });
}
