/**
 * GET /ho-so-nhap — my drafts (resume or delete); GET/POST
 * /ho-so-nhap/:id/xoa — deleting one, after a confirmation page. Only the
 * owner's open drafts are listed or deletable; any other id is a 404.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deleteDraft, listOpenDrafts } from '../../../modules/drafts/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, postForm } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { asCitizen, draftUrl, loadDraft, type DraftRequest } from './draft-context.ts';
import { formatVnTime } from './summary-parts.ts';

async function procedureName(deps: WebDeps, versionId: string): Promise<string> {
  return (await deps.services.procedures.versionById(deps.db, versionId))?.procedure.name ?? '';
}

export async function draftsPage(deps: WebDeps, request: FastifyRequest<{ Querystring: { tb?: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const drafts = await listOpenDrafts(deps.db, ownerKeys(citizen));
  const names = await Promise.all(drafts.map((d) => procedureName(deps, d.procedureVersionId)));
  const title = t(locale, 'portalSubmission.drafts.title');
  const notice = request.query.tb === 'da_luu' ? 'portalSubmission.savedNotice' : request.query.tb === 'da_xoa' ? 'portalSubmission.drafts.deleted' : undefined;
  const body = html`<h1>${title}</h1>
${drafts.length === 0
  ? html`<p>${t(locale, 'portalSubmission.drafts.empty')}</p>`
  : html`<table><thead><tr><th scope="col">${t(locale, 'portalSubmission.drafts.procedure')}</th><th scope="col">${t(locale, 'portalSubmission.drafts.actions')}</th></tr></thead><tbody>
${drafts.map(
  (d, i) => html`<tr><td>${names[i]}<span class="hint">${d.procedureCode} · ${t(locale, 'portalSubmission.drafts.savedAt', { at: formatVnTime(d.updatedAt) })}</span></td>
<td><a href="${draftUrl(d.id, d.currentStep)}">${t(locale, 'portalSubmission.drafts.resume')}<span class="visually-hidden"> ${names[i]}</span></a> · <a href="${draftUrl(d.id, 'xoa')}">${t(locale, 'portalSubmission.drafts.delete')}<span class="visually-hidden"> ${names[i]}</span></a></td></tr>`,
)}</tbody></table>`}`;
  return sendPortalPage(deps, request, reply, { title, body, section: 'my-dossiers', ...(notice ? { notice: { kind: 'success' as const, text: t(locale, notice) } } : {}) }, 200, citizen);
}

export async function deleteDraftPage(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const { locale } = ctx;
  const title = t(locale, 'portalSubmission.drafts.deleteTitle');
  const body = html`<h1>${title}</h1><p class="lead">${t(locale, 'portalSubmission.drafts.deleteLead', { name: ctx.version.procedure.name })}</p>
${postForm(draftUrl(ctx.draft.id, 'xoa'), ctx.citizen.session.csrf, button(t(locale, 'portalSubmission.drafts.deleteConfirm'), { kind: 'warning' }))}
<p><a href="/ho-so-nhap">${t(locale, 'portalSubmission.drafts.cancel')}</a></p>`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow', section: 'my-dossiers' }, 200, ctx.citizen);
}

export async function deleteDraftPost(deps: WebDeps, request: DraftRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  await asCitizen(deps, request, ctx.citizen, (c) => deleteDraft(c, { draftId: ctx.draft.id, owner: ctx.owner }));
  return seeOther(reply, '/ho-so-nhap?tb=da_xoa');
}
