/**
 * GET /nop-ho-so/xac-nhan/:dossierId — the confirmation (GOV.UK pattern): a
 * green panel with the dossier code and its QR code for the public look-up,
 * the expected date, and what happens next. Only the owner sees it; any other
 * dossier, or none, is the same 404.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { t } from '../../../platform/i18n/index.ts';
import { html, raw } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownedDossier } from '../my-dossiers/owned-dossier.ts';
import { sendPortalPage } from '../portal-page.ts';
import { formatVnTime } from './summary-parts.ts';

export async function confirmationPage(deps: WebDeps, request: FastifyRequest<{ Params: { dossierId: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.dossierId);
  const locale = pageLocale(request);
  const title = t(locale, 'portalSubmission.done.title');
  const code = row.code;
  const qr = code ? await QRCode.toString(`${deps.config.publicUrl}/tra-cuu/${encodeURIComponent(code)}`, { type: 'svg', margin: 1 }) : undefined;
  const method = t(locale, `portalSubmission.delivery.${row.deliveryMethod as 'AT_DESK' | 'BY_POST' | 'ONLINE'}`);
  const body = html`<div class="panel"><h1>${title}</h1>
${code ? html`<p>${t(locale, 'portalSubmission.done.code')}<br><strong class="ref">${code}</strong></p>` : html`<p>${t(locale, 'portalSubmission.done.noCode')}</p>`}</div>
${qr ? html`<div class="qr" role="img" aria-label="${t(locale, 'portalSubmission.done.qr', { code: code! })}">${raw(qr)}</div>` : ''}
<p class="lead">${row.procedureCode} · ${row.ownerName}</p>
${row.currentDueAt ? html`<p>${t(locale, 'portalSubmission.done.dueBy', { at: formatVnTime(row.currentDueAt) })}</p>` : ''}
${!row.currentDueAt && row.intakeDueAt ? html`<p>${t(locale, 'portalSubmission.done.intakeBy', { at: formatVnTime(row.intakeDueAt) })}</p>` : ''}
<h2>${t(locale, 'portalSubmission.done.next')}</h2>
<ol class="steps"><li>${t(locale, 'portalSubmission.done.step1')}</li><li>${t(locale, 'portalSubmission.done.step2')}</li>${row.feeTotal > 0 ? html`<li>${t(locale, 'portalSubmission.done.step3')}</li>` : ''}<li>${t(locale, 'portalSubmission.done.step4', { method })}</li></ol>
<p><a class="button" href="/ho-so-cua-toi/${row.id}">${t(locale, 'portalSubmission.done.myDossiers')}</a></p>
<p><a href="/tra-cuu${code ? `?ma=${encodeURIComponent(code)}` : ''}">${t(locale, 'portalSubmission.done.lookup')}</a></p>`;
  return sendPortalPage(deps, request, reply, { title, body, width: 'narrow', section: 'my-dossiers' }, 200, citizen);
}
