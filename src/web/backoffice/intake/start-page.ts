/**
 * The desk's start page: the desk's handling time today, find the procedure
 * (accent-insensitive), and the officer's unfinished intakes. Choosing a
 * procedure opens a server-side draft and starts the handling-time clock.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { VN_OFFSET_MS } from '../../../platform/clock.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { foldVietnamese, queryTokens, searchProcedures } from '../../../modules/catalog/index.ts';
import { deskHandlingToday, openDeskIntakes, startDeskIntake } from '../../../modules/dossiers/index.ts';
import { button, postForm, textInput } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { officerOf } from '../../guards.ts';
import { minutesText, type DeskOfficer } from './desk-access.ts';

const TARGET_MS = 30 * 60_000;
const Search = z.object({ q: z.string().max(200).optional() });

/** Today's average handling time of the officer's desk, against the 30-minute target. */
async function todayPanel(deps: WebDeps, officer: DeskOfficer, locale: Locale) {
  const stats = await deskHandlingToday(deps.services.dossiers, officer.desk.id);
  if (stats.averageMs === null) return html`<p class="notice">${t(locale, 'officeIntake.todayNone', { desk: officer.desk.name })}</p>`;
  const over = stats.averageMs > TARGET_MS;
  return html`<div class="notice"><p>${t(locale, 'officeIntake.todayAverage', { desk: officer.desk.name, time: minutesText(locale, stats.averageMs), count: stats.count })}</p>
<p><span class="tag ${over ? 'bad' : 'ok'}">${t(locale, over ? 'officeIntake.overTarget' : 'officeIntake.withinTarget')}</span></p></div>`;
}

async function showStart(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: DeskOfficer) {
  const locale = pageLocale(request);
  const q = Search.safeParse(request.query).data?.q?.trim() ?? '';
  const hits = q ? (await searchProcedures(deps.db, { tokens: queryTokens(q), folded: foldVietnamese(q), limit: 10, offset: 0 })).hits : [];
  const drafts = await openDeskIntakes(deps.services.dossiers, officer.actor);
  const csrf = officer.session.csrf;
  const body = html`<h1>${t(locale, 'officeIntake.title')}</h1>
${await todayPanel(deps, officer, locale)}
<ul class="actions"><li><a href="/can-bo/tiep-nhan/truc-tuyen">${t(locale, 'officeIntake.onlineLink')}</a></li><li><a href="/can-bo/so-theo-doi">${t(locale, 'officeIntake.bookLink')}</a></li></ul>
<h2>${t(locale, 'officeIntake.findProcedure')}</h2>
<form method="get" action="/can-bo/tiep-nhan" class="search-box" role="search">
${textInput({ name: 'q', label: t(locale, 'officeIntake.searchLabel'), hint: t(locale, 'officeIntake.searchHint'), type: 'search', value: q })}
${button(t(locale, 'officeIntake.search'))}</form>
${q && hits.length === 0 ? html`<p>${t(locale, 'officeIntake.noProcedure', { q })}</p>` : ''}
${hits.length > 0
  ? html`<h3>${t(locale, 'officeIntake.results', { n: hits.length })}</h3><ul class="cards">${hits.map(
      (h) => html`<li class="card"><h4>${h.name}</h4><p class="muted">${h.code} · ${h.fieldName}</p>
${postForm('/can-bo/tiep-nhan/moi', csrf, html`<input type="hidden" name="procedureCode" value="${h.code}">${button(t(locale, 'officeIntake.startWith'), { kind: 'secondary' })}`)}</li>`,
    )}</ul>`
  : ''}
${drafts.length > 0
  ? html`<h2>${t(locale, 'officeIntake.openDrafts')}</h2><ul>${drafts.map(
      (d) => html`<li><a href="/can-bo/tiep-nhan/${d.id}">${d.procedureCode}</a> — ${t(locale, 'officeIntake.startedAt', { time: new Date(d.startedAt.getTime() + VN_OFFSET_MS).toISOString().slice(11, 16) })}</li>`,
    )}</ul>`
  : ''}`;
  return sendOfficerPage(request, reply, officer, { title: t(locale, 'officeIntake.title'), section: 'intake', body });
}

export function registerStartPage(app: App, deps: WebDeps): void {
  app.get('/can-bo/tiep-nhan', async (request, reply) => showStart(deps, request, reply, officerOf<DeskOfficer>(request)));

  app.post('/can-bo/tiep-nhan/moi', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const procedureCode = typeof body.procedureCode === 'string' ? body.procedureCode : '';
    const { id } = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      startDeskIntake(ctx, deps.services.dossiers, { deskId: officer.desk.id, procedureCode }),
    );
    return seeOther(reply, `/can-bo/tiep-nhan/${id}`);
  });
}
