/**
 * The public look-up: /tra-cuu (a form) and /tra-cuu/:code (what the QR code
 * on every slip opens). No sign-in; only status and dates, with the owner's
 * name masked as the lookupPublic query returns it. A malformed code and an
 * unknown one both show the form again with a plain message (400 / 404).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DOSSIER_CODE_RE, lookupPublic } from '../../../modules/dossiers/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { errorSummary, textInput } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { label } from './catalogue-view.ts';

type Found = Awaited<ReturnType<typeof lookupPublic>>;

const normalise = (code: string): string => code.trim().toUpperCase().slice(0, 60);

function lookupForm(locale: Locale, value: string, error?: string): Html {
  return html`${error ? errorSummary(locale, { ma: error }) : ''}
<form method="get" action="/tra-cuu" novalidate>
${textInput({ name: 'ma', label: t(locale, 'portalCatalogue.lookup.label'), hint: t(locale, 'portalCatalogue.lookup.hint'), value, error, autocomplete: 'off', maxlength: 60 })}
<button type="submit">${t(locale, 'portalCatalogue.lookup.button')}</button></form>`;
}

async function sendLookup(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, content: Html, status: number, title?: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const heading = title ?? t(locale, 'portalCatalogue.lookup.title');
  const body = html`<h1>${heading}</h1>${content}`;
  return sendPortalPage(deps, request, reply, { title: heading, section: 'lookup', body, width: 'narrow', breadcrumbs: [{ href: '/', label: t(locale, 'portalCatalogue.home.title') }] }, status);
}

export async function showLookupForm(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, ma: string | undefined): Promise<FastifyReply> {
  const locale = pageLocale(request);
  if (ma === undefined) return sendLookup(deps, request, reply, html`<p class="lead">${t(locale, 'portalCatalogue.lookup.lead')}</p>${lookupForm(locale, '')}`, 200);
  const code = normalise(ma);
  if (code === '') return sendLookup(deps, request, reply, lookupForm(locale, '', t(locale, 'portalCatalogue.lookup.required')), 400);
  if (!DOSSIER_CODE_RE.test(code)) return sendLookup(deps, request, reply, lookupForm(locale, ma.slice(0, 60), t(locale, 'validation.dossierCode')), 400);
  return seeOther(reply, `/tra-cuu/${encodeURIComponent(code)}`);
}

export async function showLookupResult(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, raw: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const code = normalise(raw);
  if (!DOSSIER_CODE_RE.test(code)) return sendLookup(deps, request, reply, lookupForm(locale, raw.slice(0, 60), t(locale, 'validation.dossierCode')), 400);
  let found: Found;
  try {
    found = await lookupPublic(deps.services.dossiers, code, locale);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    return sendLookup(deps, request, reply, lookupForm(locale, code, t(locale, 'portalCatalogue.lookup.notFound', { code })), 404);
  }
  return sendLookup(deps, request, reply, result(locale, found), 200, t(locale, 'portalCatalogue.lookup.resultTitle', { code: found.code }));
}

function result(locale: Locale, d: Found): Html {
  const when = (iso: string | null): string => (iso ? vnDateTime(new Date(iso)) : t(locale, 'portalCatalogue.lookup.notYet'));
  const row = (key: Parameters<typeof t>[1], value: Html | string) => html`<dt>${t(locale, key)}</dt><dd>${value}</dd>`;
  return html`<div class="panel"><p>${t(locale, 'portalCatalogue.lookup.status')}</p><p class="ref">${d.stateLabel}</p></div>
${d.overdue ? html`<div class="notice warning"><p>${t(locale, 'portalCatalogue.lookup.overdue')}</p></div>` : ''}
${d.extended ? html`<div class="notice info"><p>${t(locale, 'portalCatalogue.lookup.extended')}</p></div>` : ''}
<dl class="summary">
${row('portalCatalogue.lookup.procedure', html`<a href="/thu-tuc/${encodeURIComponent(d.procedure.code)}">${d.procedure.name || d.procedure.code}</a>`)}
${row('portalCatalogue.lookup.owner', d.ownerName)}
${d.receivingAgency ? row('portalCatalogue.lookup.receivingAgency', d.receivingAgency) : ''}
${d.competentAgency ? row('portalCatalogue.lookup.competentAgency', d.competentAgency) : ''}
${row('portalCatalogue.lookup.submittedAt', when(d.submittedAt))}
${row('portalCatalogue.lookup.receivedAt', when(d.receivedAt))}
${row('portalCatalogue.lookup.dueAt', html`${when(d.dueAt)}${d.timeliness ? html` <span class="tag ${d.timeliness === 'LATE' ? 'bad' : 'ok'}">${label(locale, 'portalCatalogue.timeliness.', d.timeliness)}</span>` : ''}`)}
${d.extended ? row('portalCatalogue.lookup.originalDueAt', when(d.originalDueAt)) : ''}
${row('portalCatalogue.lookup.finishedAt', when(d.finishedAt))}
${row('portalCatalogue.lookup.returnedAt', when(d.returnedAt))}
</dl>
<p class="muted">${t(locale, 'portalCatalogue.lookup.privacy')}</p>
<p><a href="/tra-cuu">${t(locale, 'portalCatalogue.lookup.another')}</a></p>`;
}
