/** GET /ho-so-cua-toi: the dossiers owned by whoever the person acts as now, newest first. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listOwnerDossiers } from '../../../modules/dossiers/index.ts';
import { t } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dossierUrl } from './owned-dossier.ts';
import { day, procedureNames, statusTag, WAITING_FOR_APPLICANT } from './plain-words.ts';

export async function myDossiersPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const rows = await listOwnerDossiers(deps.db, ownerKeys(citizen));
  const names = await procedureNames(deps, rows.map((r) => r.procedureVersionId));
  const now = deps.clock.now();
  const title = citizen.organisation ? t(locale, 'myd.list.titleOrg', { name: citizen.organisation.name }) : t(locale, 'myd.list.title');
  const table = html`<table>
<caption class="visually-hidden">${t(locale, 'myd.list.count', { count: rows.length })}</caption>
<thead><tr><th scope="col">${t(locale, 'myd.col.code')}</th><th scope="col">${t(locale, 'myd.col.procedure')}</th><th scope="col">${t(locale, 'myd.col.status')}</th><th scope="col">${t(locale, 'myd.col.submitted')}</th><th scope="col">${t(locale, 'myd.col.due')}</th></tr></thead>
<tbody>${rows.map((r) => {
    const due = r.currentDueAt ?? r.intakeDueAt;
    const overdue = r.isOpen && due !== null && due < now && !WAITING_FOR_APPLICANT.has(r.state);
    return html`<tr>
<td><a href="${dossierUrl(r.id)}">${r.code ?? t(locale, 'myd.noCode')}</a></td>
<td>${names.get(r.procedureVersionId) ?? r.procedureCode}</td>
<td>${statusTag(locale, r.state)}${WAITING_FOR_APPLICANT.has(r.state) ? html` <strong class="tag warn">${t(locale, 'myd.needsSupplement')}</strong>` : ''}${overdue ? html` <span class="tag bad">${t(locale, 'myd.overdue')}</span>` : ''}</td>
<td>${day(r.submittedAt)}</td>
<td>${r.isOpen ? day(due) : '—'}</td></tr>`;
  })}</tbody></table>`;
  const body = html`<h1>${title}</h1>
<p class="actions"><a href="/ho-so-nhap">${t(locale, 'myd.list.drafts')}</a> <a href="/thu-tuc">${t(locale, 'myd.list.newDossier')}</a></p>
${rows.length === 0 ? html`<p>${t(locale, 'myd.list.empty')}</p>` : table}`;
  return sendPortalPage(deps, request, reply, { title, body, section: 'my-dossiers', width: 'wide' }, 200, citizen);
}
