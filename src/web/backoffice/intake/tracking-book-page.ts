/**
 * Form 06, the tracking book of a desk for a period: on screen (paginated), as
 * the signed A4 PDF and as an Excel workbook — all three from the same rows.
 * Bad dates or a period over a year are shown next to the field.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toVnIso, vnLocalDate } from '../../../platform/clock.ts';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import type { Desk } from '../../../modules/agencies/index.ts';
import { renderTrackingBookExcel, trackingBookPdf, trackingBookView } from '../../../modules/documents/index.ts';
import { hasRoleAt } from '../../../modules/identity/index.ts';
import { button, errorSummary, select, textInput, type FieldErrors } from '../../components/forms.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { officerOf } from '../../guards.ts';
import type { Officer } from '../officer-session.ts';
import { sendOfficerPage } from '../backoffice-page.ts';

const PAGE_SIZE = 50;
const MAX_DAYS = 366;
const BOOK_ROLES = ['DESK_OFFICER', 'POSTAL_AGENT', 'LEADER', 'SUPERVISOR'] as const;
const Query = z.object({
  desk: z.string().max(40).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(1),
  format: z.enum(['pdf', 'xlsx']).optional().catch(undefined),
});

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Desks whose book this officer may keep: desks of agencies where they hold a book role. */
async function booksOf(deps: WebDeps, officer: Officer): Promise<Desk[]> {
  const agencies = await deps.services.agencies.current();
  return agencies.all().filter((a) => BOOK_ROLES.some((r) => hasRoleAt(officer.actor, r, a.id))).flatMap((a) => agencies.desksOf(a.id).filter((d) => d.agencyId === a.id));
}

export function checkPeriod(locale: Locale, from: string, to: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!isDate(from)) errors.from = t(locale, 'officeIntake.err.date');
  if (!isDate(to)) errors.to = t(locale, 'officeIntake.err.date');
  if (Object.keys(errors).length > 0) return errors;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0) errors.to = t(locale, 'officeIntake.err.toBeforeFrom');
  else if (days >= MAX_DAYS) errors.to = t(locale, 'officeIntake.err.periodTooLong', { days: MAX_DAYS });
  return errors;
}

async function handle(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer) {
  const locale = pageLocale(request);
  const desks = await booksOf(deps, officer);
  if (desks.length === 0) throw new ForbiddenError();
  const q = Query.safeParse(request.query).data ?? {};
  const today = vnLocalDate(deps.clock.now());
  const from = q.from?.trim() || `${today.slice(0, 8)}01`;
  const to = q.to?.trim() || today;
  const desk = desks.find((d) => d.code === q.desk) ?? desks[0]!;
  const errors: FieldErrors = checkPeriod(locale, from, to);
  if (q.desk && !desks.some((d) => d.code === q.desk)) errors.desk = t(locale, 'officeIntake.err.desk');
  const valid = Object.keys(errors).length === 0;
  const view = valid ? await trackingBookView(documentDeps(deps), officer.actor, desk.agencyId, { from, to }) : undefined;
  const base = `so-theo-doi-${desk.code}-${from}-${to}`;
  if (view && q.format === 'pdf') {
    const pdf = await trackingBookPdf(documentDeps(deps), officer.actor, view);
    return sendFile(reply, { stream: Readable.from([pdf]), fileName: `Sổ theo dõi ${base}.pdf`, contentType: 'application/pdf', size: pdf.length });
  }
  if (view && q.format === 'xlsx') {
    const xlsx = await renderTrackingBookExcel(view, { from, to });
    return sendFile(reply, { stream: Readable.from([xlsx]), fileName: `Sổ theo dõi ${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: xlsx.length });
  }
  const rows = view?.rows ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(q.page ?? 1, pages);
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const params = (extra: Record<string, string>) => new URLSearchParams({ desk: desk.code, from, to, ...extra }).toString();
  const when = (at: Date | undefined) => (at ? toVnIso(at).slice(0, 16).replace('T', ' ') : '');
  const title = t(locale, 'officeIntake.bookTitle');
  const body = html`<h1>${title}</h1>${errorSummary(locale, errors)}
<form method="get" action="/can-bo/so-theo-doi" novalidate>
${select({ name: 'desk', label: t(locale, 'officeIntake.desk'), options: desks.map((d) => ({ value: d.code, label: d.name })), value: desk.code, error: errors.desk })}
<div class="grid halves">${textInput({ name: 'from', label: t(locale, 'officeIntake.from'), type: 'date', value: from, error: errors.from })}${textInput({ name: 'to', label: t(locale, 'officeIntake.to'), type: 'date', value: to, error: errors.to })}</div>
${button(t(locale, 'officeIntake.show'))}</form>
${view
  ? html`<ul class="actions"><li><a href="/can-bo/so-theo-doi?${params({ format: 'pdf' })}">${t(locale, 'officeIntake.bookPdf')}</a></li><li><a href="/can-bo/so-theo-doi?${params({ format: 'xlsx' })}">${t(locale, 'officeIntake.bookExcel')}</a></li></ul>
<p>${t(locale, 'officeIntake.bookCount', { n: rows.length })}</p>
${rows.length > 0
  ? html`<table><caption class="visually-hidden">${title}</caption><thead><tr><th scope="col">STT</th><th scope="col">${t(locale, 'officeIntake.code')}</th><th scope="col">${t(locale, 'officeIntake.procedure')}</th><th scope="col">${t(locale, 'officeIntake.applicant')}</th><th scope="col">${t(locale, 'officeIntake.leadAgency')}</th><th scope="col">${t(locale, 'officeIntake.receivedAt')}</th><th scope="col">${t(locale, 'officeIntake.appointmentAt')}</th><th scope="col">${t(locale, 'officeIntake.returnedAt')}</th></tr></thead>
<tbody>${shown.map((r) => html`<tr><td>${r.serial}</td><td>${r.dossierCode}</td><td>${r.procedureName}</td><td>${r.applicantName}</td><td>${r.leadAgency}</td><td>${when(r.receivedAt)}</td><td>${when(r.appointmentAt)}</td><td>${when(r.returnedAt)}</td></tr>`)}</tbody></table>`
  : ''}
${pages > 1
  ? html`<nav aria-label="${t(locale, 'officeIntake.pagination')}"><p>${page > 1 ? html`<a href="/can-bo/so-theo-doi?${params({ page: String(page - 1) })}">${t(locale, 'officeIntake.previous')}</a> ` : ''}${t(locale, 'officeIntake.pageOf', { page, pages })}${page < pages ? html` <a href="/can-bo/so-theo-doi?${params({ page: String(page + 1) })}">${t(locale, 'officeIntake.nextPage')}</a>` : ''}</p></nav>`
  : ''}`
  : ''}`;
  return sendOfficerPage(request, reply, officer, { title, section: 'tracking-book', body }, valid ? 200 : 422);
}

export function registerTrackingBookPage(app: App, deps: WebDeps): void {
  app.get('/can-bo/so-theo-doi', async (request, reply) => handle(deps, request, reply, officerOf(request)));
}
