/**
 * GET /ho-so-cua-toi/:id: one of my dossiers — status, due date and why, what
 * comes next, the history, my documents and the signed results. Someone else's
 * dossier is the same 404 as one that does not exist.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getDossierDocuments } from '../../../modules/documents/index.ts';
import { getDossier, readDossierResults } from '../../../modules/dossiers/index.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dossierUrl, ownedDossier } from './owned-dossier.ts';
import { statusTag, WAITING_FOR_APPLICANT, when } from './plain-words.ts';
import { timeline } from './timeline.ts';

const notices = { bo_sung: 'myd.detail.submittedNotice', bo_sung_tk: 'myd.detail.submittedAnswersNotice', da_rut: 'myd.detail.withdrawnNotice' } as const;

export async function dossierDetailPage(deps: WebDeps, request: FastifyRequest<{ Params: { id: string }; Querystring: { tb?: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  const view = await getDossier(deps.services.dossiers, citizen.actor, row.id, locale, request.id);
  const [docs, results] = await Promise.all([getDossierDocuments(documentDeps(deps), citizen.actor, row.id), readDossierResults(deps.db, row.id)]);
  const title = row.code ? t(locale, 'myd.detail.title', { code: row.code }) : t(locale, 'myd.detail.titleNoCode');
  const can = (type: string) => view.allowedActions.some((a) => a.type === type && a.allowed);
  const waiting = WAITING_FOR_APPLICANT.has(row.state);
  const dueText = row.pausedSince ? t(locale, 'myd.detail.duePaused') : row.currentDueAt ? when(row.currentDueAt) : t(locale, 'myd.detail.dueNone');
  const files = docs.files.filter((f) => f.current);
  const names = new Map(docs.components.map((c) => [c.code, c.name]));

  const supplementCallout: Html = waiting
    ? html`<div class="notice warning"><p><strong>${t(locale, 'myd.detail.supplementCallout')}</strong></p><p><a class="button" href="${dossierUrl(row.id)}/bo-sung">${t(locale, 'myd.detail.supplementStart')}</a></p></div>`
    : html``;
  const summary = html`<h2>${t(locale, 'myd.detail.summary')}</h2><dl class="summary">
<div><dt>${t(locale, 'myd.detail.procedure')}</dt><dd>${view.procedure.name}</dd></div>
<div><dt>${t(locale, 'myd.detail.status')}</dt><dd>${statusTag(locale, row.state)}</dd></div>
<div><dt>${t(locale, 'myd.detail.agency')}</dt><dd>${view.competentAgency?.name ?? '—'}</dd></div>
<div><dt>${t(locale, 'myd.detail.submitted')}</dt><dd>${when(row.submittedAt)}</dd></div>
<div><dt>${t(locale, 'myd.detail.due')}</dt><dd>${dueText}${
    view.dueExplanation.length > 0
      ? html`<details><summary>${t(locale, 'myd.detail.dueWhy')}</summary><ul>${view.dueExplanation.map((s) => html`<li>${s.text}</li>`)}</ul></details>`
      : ''
  }</dd></div></dl>`;
  const next = html`<h2>${t(locale, 'myd.detail.next')}</h2><p>${t(locale, `myd.next.${row.state}` as MessageKey)}</p>`;
  const documents = html`<h2>${t(locale, 'myd.detail.documents')}</h2>${
    files.length === 0
      ? html`<p>${t(locale, 'myd.detail.noDocuments')}</p>`
      : html`<ul>${files.map((f) => html`<li>${names.get(f.componentCode ?? '') ?? f.componentCode ?? ''}: <a href="${dossierUrl(row.id)}/tep/${f.id}" download>${t(locale, 'myd.detail.download', { name: f.fileName })}</a></li>`)}</ul>`
  }`;
  const resultList = html`<h2>${t(locale, 'myd.detail.results')}</h2>${
    results.length === 0
      ? html`<p>${t(locale, 'myd.detail.noResults')}</p>`
      : html`<ul>${results.map(
          (r) =>
            html`<li><strong>${r.title}</strong> (${r.code}) ${r.sha256 ? html`— <a href="${dossierUrl(row.id)}/ket-qua/${r.code}" download>${t(locale, 'myd.detail.resultDownload')}</a> · <a href="/verify/${r.code}">${t(locale, 'myd.detail.resultVerify')}</a>` : html`— ${t(locale, 'myd.detail.resultPending')}`}</li>`,
        )}</ul>`
  }`;
  const withdraw = can('withdraw') ? html`<p><a class="button warning" href="${dossierUrl(row.id)}/rut-ho-so">${t(locale, 'myd.detail.withdraw')}</a></p>` : html``;
  const body = html`<h1>${title}</h1>${supplementCallout}${summary}${next}
<h2>${t(locale, 'myd.detail.timeline')}</h2>${timeline(locale, view.dates.submittedAt, view.actions, view.competentAgency?.name ?? '')}
${documents}${resultList}${withdraw}`;
  const noticeKey = notices[request.query.tb as keyof typeof notices];
  return sendPortalPage(
    deps,
    request,
    reply,
    {
      title,
      body,
      section: 'my-dossiers',
      breadcrumbs: [{ href: '/ho-so-cua-toi', label: t(locale, 'myd.list.title') }],
      ...(noticeKey ? { notice: { kind: 'success' as const, text: t(locale, noticeKey) } } : {}),
    },
    200,
    citizen,
  );
}
