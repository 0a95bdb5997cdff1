/**
 * /thu-tuc/:code: everything the law requires a procedure to publish
 * (Decree 63/2010 Art. 8; DOMAIN §1–§3), in the order a citizen needs it: can
 * I do it online, what to bring, how long, how much, who decides, on what
 * legal basis. An unknown or malformed code is a 404 page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AgencySnapshot, WorkingHours } from '../../../modules/agencies/index.ts';
import { defaultWorkingHours } from '../../../modules/calendar/index.ts';
import { listFields, presentProcedure, ProcedureCode, type ProcedureView } from '../../../modules/catalog/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dateText, label, money, onlineTag } from './catalogue-view.ts';

type View = z.infer<typeof ProcedureView>;

/** The published version of a procedure, or a 404 (for a malformed code too: nothing to reveal either way). */
export async function loadProcedure(deps: WebDeps, code: string): Promise<View> {
  if (!ProcedureCode.safeParse(code).success) throw new NotFoundError('procedure.notFound', { code: code.slice(0, 40) });
  const found = await deps.services.procedures.currentByCode(deps.db, code);
  if (!found?.current) throw new NotFoundError('procedure.notFound', { code });
  return presentProcedure(found.current, await deps.services.agencies.current());
}

const section = (id: string, title: string, content: Html): Html => html`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${content}</section>`;

export async function showProcedure(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, code: string): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const view = await loadProcedure(deps, code);
  const [fields, agencies] = await Promise.all([listFields(deps.db), deps.services.agencies.current()]);
  const fieldName = fields.find((f) => f.code === view.field.code)?.name ?? view.field.code;
  const online = view.channels.includes('PORTAL');
  const parts: [string, string, Html][] = [
    ['trinh-tu', t(locale, 'portalCatalogue.proc.steps'), html`<ol class="steps">${view.steps.map((s) => html`<li>${s}</li>`)}</ol>`],
    ['cach-thuc', t(locale, 'portalCatalogue.proc.channels'), html`<ul>${view.channels.map((c) => html`<li>${label(locale, 'portalCatalogue.channel.', c)}</li>`)}</ul>`],
    ['thanh-phan', t(locale, 'portalCatalogue.proc.components'), components(locale, view)],
    ['thoi-han', t(locale, 'portalCatalogue.proc.timeLimit'), timeLimit(locale, view)],
    ['phi', t(locale, 'portalCatalogue.proc.fees'), fees(locale, view)],
    ['co-quan', t(locale, 'portalCatalogue.proc.agency'), competent(locale, view)],
    ['doi-tuong', t(locale, 'portalCatalogue.proc.target'), html`<ul>${view.targetGroups.map((g) => html`<li>${label(locale, 'portalCatalogue.target.', g)}</li>`)}</ul>${view.targetDescription ? html`<p>${view.targetDescription}</p>` : ''}`],
    ...(view.requirements ? [['yeu-cau', t(locale, 'portalCatalogue.proc.requirements'), html`<p>${view.requirements}</p>`] as [string, string, Html]] : []),
    ['ket-qua', t(locale, 'portalCatalogue.proc.result'), html`<ul>${view.resultTypes.map((r) => html`<li>${r.name}${r.electronic ? html` <span class="tag">${t(locale, 'portalCatalogue.proc.electronic')}</span>` : ''}</li>`)}</ul>`],
    ['can-cu', t(locale, 'portalCatalogue.proc.legal'), html`<ul>${view.legalBases.map((l) => html`<li><strong>${l.number}</strong> ${l.title}${l.issuedOn ? html` (${t(locale, 'portalCatalogue.proc.issuedOn', { date: dateText(l.issuedOn) ?? l.issuedOn })})` : ''}</li>`)}</ul>`],
  ];
  const body = html`<h1>${view.name}</h1>
<dl class="summary">
<dt>${t(locale, 'portalCatalogue.proc.code')}</dt><dd>${view.code}</dd>
<dt>${t(locale, 'portalCatalogue.proc.field')}</dt><dd><a href="/thu-tuc?field=${encodeURIComponent(view.field.code)}">${fieldName}</a></dd>
<dt>${t(locale, 'portalCatalogue.proc.level')}</dt><dd>${label(locale, 'portalCatalogue.level.', view.level)}</dd>
<dt>${t(locale, 'portalCatalogue.proc.online')}</dt><dd>${onlineTag(locale, view.onlineLevel)}</dd>
</dl>
${online ? submitOnline(locale, view) : whereToGo(locale, view, agencies)}
<nav aria-labelledby="toc-h" class="toc"><h2 id="toc-h">${t(locale, 'portalCatalogue.proc.onThisPage')}</h2><ul>${parts.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ul></nav>
${parts.map(([id, title, content]) => section(id, title, content))}
${online ? submitOnline(locale, view) : ''}
<p class="muted">${t(locale, 'portalCatalogue.proc.version', { version: view.version, date: dateText(view.publishedAt) ?? '' })}</p>`;
  return sendPortalPage(deps, request, reply, {
    title: view.name,
    section: 'procedures',
    body,
    breadcrumbs: [
      { href: '/', label: t(locale, 'portalCatalogue.home.title') },
      { href: '/thu-tuc', label: t(locale, 'portalCatalogue.list.title') },
    ],
  });
}

function submitOnline(locale: Locale, view: View): Html {
  return html`<div class="actions"><a class="button start" href="/nop-ho-so/${encodeURIComponent(view.code)}" draggable="false">${t(locale, 'portalCatalogue.proc.submitOnline')}</a><span class="hint">${t(locale, 'portalCatalogue.proc.submitHint')}</span></div>`;
}

function hoursText(locale: Locale, hours: WorkingHours): string {
  const times = hours.intervals.map(([from, to]) => `${from}–${to}`).join(', ');
  const weekdays = hours.weekdays.join(',') === '1,2,3,4,5' ? `, ${t(locale, 'portalCatalogue.proc.weekdays')}` : '';
  return t(locale, 'portalCatalogue.proc.hours', { hours: `${times}${weekdays}` });
}

/** Not online: the one-stop desks that receive it, with address and opening hours, and what to bring. */
function whereToGo(locale: Locale, view: View, agencies: AgencySnapshot): Html {
  const competent = view.competentAgencies.flatMap((c) => agencies.byCode(c.code) ?? []);
  const communes = competent.filter((a) => a.level === 'COMMUNE');
  const places = new Map<string, { name: string; address: string | null; hours: WorkingHours }>();
  // Commune procedures are received at the commune's own desk: one line says so instead of 135.
  for (const a of competent.filter((x) => x.level !== 'COMMUNE')) {
    const desk = agencies.defaultDeskFor(a.id);
    if (!desk) continue;
    const owner = agencies.byId(desk.agencyId);
    for (const d of agencies.desksOf(desk.agencyId).filter((x) => x.validTo === null)) {
      places.set(d.id, { name: d.name, address: d.address, hours: owner?.workingHours ?? defaultWorkingHours });
    }
  }
  return html`<div class="notice warning"><p><strong>${t(locale, 'portalCatalogue.proc.notOnline')}</strong></p><ul>
${[...places.values()].map((p) => html`<li><strong>${p.name}</strong>${p.address ? html`, ${p.address}` : ''}<br>${hoursText(locale, p.hours)}</li>`)}
${communes.length > 0 ? html`<li><strong>${t(locale, 'portalCatalogue.proc.communeDesk')}</strong><br>${hoursText(locale, defaultWorkingHours)}</li>` : ''}
</ul><p>${t(locale, 'portalCatalogue.proc.bring')}</p></div>`;
}

function components(locale: Locale, view: View): Html {
  if (view.components.length === 0) return html`<p>—</p>`;
  return html`<div class="table-scroll"><table><thead><tr><th scope="col">${t(locale, 'portalCatalogue.proc.componentName')}</th><th scope="col">${t(locale, 'portalCatalogue.proc.copyType')}</th><th scope="col">${t(locale, 'portalCatalogue.proc.quantity')}</th><th scope="col">${t(locale, 'portalCatalogue.proc.sample')}</th></tr></thead><tbody>
${view.components.map(
  (c) => html`<tr><td>${c.name}<br><span class="tag ${c.required ? '' : 'grey'}">${t(locale, c.required ? 'portalCatalogue.proc.required' : 'portalCatalogue.proc.optional')}</span>${c.acceptsReuse ? html` <span class="muted">${t(locale, 'portalCatalogue.proc.reusable')}</span>` : ''}${c.note ? html`<br><span class="muted">${c.note}</span>` : ''}</td>
<td>${label(locale, 'portalCatalogue.copy.', c.copyType)}</td><td>${c.quantity}</td>
<td>${c.sampleForm ? html`<a href="/thu-tuc/${encodeURIComponent(view.code)}/mau/${encodeURIComponent(c.code)}.pdf" download aria-label="${t(locale, 'portalCatalogue.proc.downloadLabel', { name: c.name })}">${t(locale, 'portalCatalogue.proc.download')}</a><br><span class="muted">${c.sampleForm.name}</span>` : '—'}</td></tr>`,
)}</tbody></table></div>`;
}

function timeLimit(locale: Locale, view: View): Html {
  return html`<p><strong>${view.timeLimit.text}</strong></p>
${view.timeLimit.published ? html`<p>${t(locale, 'portalCatalogue.proc.publishedLimit', { text: view.timeLimit.published })}</p>` : ''}
<p class="muted">${t(locale, 'portalCatalogue.proc.cutoff', { time: view.cutoffTime })}</p>`;
}

function fees(locale: Locale, view: View): Html {
  if (view.fees.length === 0) return html`<p>${t(locale, 'portalCatalogue.proc.noFee')}</p>`;
  return html`<div class="table-scroll"><table><thead><tr><th scope="col">${t(locale, 'portalCatalogue.proc.feeName')}</th><th scope="col">${t(locale, 'portalCatalogue.proc.feeAmount')}</th></tr></thead><tbody>
${view.fees.map((f) => html`<tr><td>${label(locale, 'portalCatalogue.proc.feeKind.', f.kind)}: ${f.name}${f.description ? html`<br><span class="muted">${f.description}</span>` : ''}</td><td>${money(locale, f.amount)} ${label(locale, 'portalCatalogue.proc.per.', f.per)}</td></tr>`)}
</tbody></table></div>`;
}

function competent(locale: Locale, view: View): Html {
  const list = html`<ul>${view.competentAgencies.map((a) => html`<li>${a.name}</li>`)}</ul>`;
  if (view.competentAgencies.length <= 5) return list;
  return html`<details><summary>${t(locale, 'portalCatalogue.proc.competentMany', { count: view.competentAgencies.length })}</summary>${list}</details>`;
}
