/**
 * Editing a draft version's e-form schema: JSON in a textarea, checked on
 * "Xem trước" (preview only) and on "Lưu" (saved only when valid), with the
 * form rendered below from what was typed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EformSchema, saveVersionEform } from '../../../modules/catalog/index.ts';
import type { FieldIssue } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { issuesOf } from '../../command-errors.ts';
import { errorSummary } from '../../components/forms.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { eformPreview } from './eform-preview.ts';
import { jsonEditForm, parseJsonField } from './json-field.ts';
import { loadVersion, type LoadedAdminVersion } from './version-loader.ts';
import { versionCrumbs } from './version-parts.ts';

interface EditorState {
  text: string;
  issues: FieldIssue[];
  preview: EformSchema;
  saved?: boolean;
}

function sendEditor(request: FastifyRequest, reply: FastifyReply, officer: Officer, v: LoadedAdminVersion, s: EditorState, status = 200) {
  const locale = pageLocale(request);
  const title = t(locale, 'officeAdmin.eform.title', { code: v.code, version: v.version });
  const editor = jsonEditForm(locale, {
    draft: v.draft,
    action: adminUrl.eform(v.code, v.version),
    csrf: officer.session.csrf,
    checkLabel: t(locale, 'officeAdmin.preview'),
    name: 'schema',
    label: t(locale, 'officeAdmin.eform.label'),
    hint: t(locale, 'officeAdmin.eform.hint'),
    value: s.text,
    issues: s.issues,
  });
  const body = html`${errorSummary(locale, s.issues.length > 0 ? { schema: t(locale, 'officeAdmin.json.issues', { count: s.issues.length }) } : {})}
<h1>${title}</h1>
${editor}
<h2 id="preview">${t(locale, 'officeAdmin.eform.previewTitle')}</h2>
<p class="hint">${t(locale, 'officeAdmin.eform.previewHint')}</p>
${eformPreview(locale, s.preview)}`;
  return sendOfficerPage(
    request,
    reply,
    officer,
    { title, body, section: 'admin', width: 'wide', breadcrumbs: versionCrumbs(locale, v), ...(s.saved ? { notice: { kind: 'success' as const, text: t(locale, 'officeAdmin.eform.saved') } } : {}) },
    status,
  );
}

export function registerEformEditor(app: App, deps: WebDeps): void {
  app.get('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/bieu-mau', async (request, reply) => {
    const officer = officerOf(request);
    const v = await loadVersion(deps.db, request.params);
    const saved = (request.query as Record<string, unknown>).saved === '1';
    return sendEditor(request, reply, officer, v, { text: JSON.stringify(v.row.eformSchema, null, 2), issues: [], preview: v.row.eformSchema, saved });
  });

  app.post('/can-bo/quan-tri/thu-tuc/:code/phien-ban/:version/bieu-mau', async (request, reply) => {
    const officer = officerOf(request);
    const v = await loadVersion(deps.db, request.params);
    const body = request.body as Record<string, unknown>;
    const text = typeof body.schema === 'string' ? body.schema : '';
    const parsed = parseJsonField(EformSchema, text);
    if (!parsed.ok) return sendEditor(request, reply, officer, v, { text, issues: parsed.issues, preview: v.row.eformSchema }, 400);
    if (body.intent !== 'save') return sendEditor(request, reply, officer, v, { text, issues: [], preview: parsed.value });
    try {
      await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => saveVersionEform(ctx, { code: v.code, version: v.version, eform: parsed.value }));
    } catch (err) {
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendEditor(request, reply, officer, v, { text, issues, preview: parsed.value }, 400);
    }
    return seeOther(reply, `${adminUrl.eform(v.code, v.version)}?saved=1`);
  });
}
