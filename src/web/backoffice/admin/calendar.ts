/**
 * The working calendar of a year: the days off as the due-date engine sees
 * them, the entered rows (holidays, substitute days, make-up Saturdays,
 * closures) that an administrator adds or switches off, with the calendar
 * cache dropped after each change so due dates follow at once.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CalendarDayType, DEFAULT_CALENDAR, holidaysOf, listCalendarDays, putCalendarDay, switchCalendarDay } from '../../../modules/calendar/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { button, errorSummary, postForm, select, textInput, type FieldErrors } from '../../components/forms.ts';
import { parseForm, type FormValues, firstValue } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { formatVnDate } from './format.ts';

const dayTypes = CalendarDayType.options;
const DayForm = z.strictObject({
  date: z.iso.date(),
  type: CalendarDayType,
  label: z.string().min(2).max(200),
  sourceDocument: z.string().min(2).max(300),
});
const SwitchForm = z.strictObject({ date: z.iso.date(), active: z.enum(['true', 'false']) });

function yearOf(request: FastifyRequest, today: string): number {
  const y = Number((request.query as Record<string, unknown>).nam);
  return Number.isInteger(y) && y >= 1900 && y <= 2199 ? y : Number(today.slice(0, 4));
}

async function sendCalendar(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, year: number, form: { values: FormValues; errors: FieldErrors } = { values: {}, errors: {} }, status = 200) {
  const locale = pageLocale(request);
  const effective = holidaysOf(await deps.services.calendars.forCalendar(DEFAULT_CALENDAR), year);
  const rows = await listCalendarDays(deps.db, DEFAULT_CALENDAR, `${year}-01-01`, `${year}-12-31`);
  const title = t(locale, 'officeAdmin.calendar.title');
  const v = (k: string) => firstValue(form.values[k]);
  const body = html`${errorSummary(locale, form.errors)}<h1>${title} ${year}</h1>
<form method="get" action="${adminUrl.calendar}" class="search-box"><label for="f-nam">${t(locale, 'officeAdmin.calendar.year')}</label><input id="f-nam" name="nam" type="number" class="short" value="${year}"> ${button(t(locale, 'officeAdmin.show'), { kind: 'secondary' })}</form>
<p>${t(locale, `officeAdmin.calendar.status.${effective.status}` as MessageKey)}</p>
<h2>${t(locale, 'officeAdmin.calendar.effective')}</h2>
<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.calendar.date')}</th><th scope="col">${t(locale, 'officeAdmin.calendar.label')}</th><th scope="col">${t(locale, 'officeAdmin.calendar.working')}</th></tr></thead>
<tbody>${effective.days.map((d) => html`<tr><td>${formatVnDate(d.date)}</td><td>${d.label ?? d.reason}</td><td>${t(locale, d.working ? 'officeAdmin.yes' : 'officeAdmin.no')}</td></tr>`)}</tbody></table>
<h2>${t(locale, 'officeAdmin.calendar.entered')}</h2>
${rows.length === 0
  ? html`<p>${t(locale, 'officeAdmin.calendar.none')}</p>`
  : html`<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.calendar.date')}</th><th scope="col">${t(locale, 'officeAdmin.calendar.type')}</th><th scope="col">${t(locale, 'officeAdmin.calendar.label')}</th><th scope="col">${t(
      locale,
      'officeAdmin.calendar.source',
    )}</th><th scope="col">${t(locale, 'officeAdmin.calendar.inForce')}</th></tr></thead><tbody>${rows.map(
      (r) => html`<tr><td>${formatVnDate(r.date)}</td><td>${t(locale, `officeAdmin.calendar.type.${r.type}` as MessageKey)}</td><td>${r.label}</td><td>${r.sourceDocument ?? ''}</td><td>${postForm(
        `${adminUrl.calendar}/bat-tat?nam=${year}`,
        officer.session.csrf,
        html`<input type="hidden" name="date" value="${r.date}"><input type="hidden" name="active" value="${r.active ? 'false' : 'true'}"><span class="tag ${r.active ? 'ok' : 'grey'}">${t(
          locale,
          r.active ? 'officeAdmin.calendar.on' : 'officeAdmin.calendar.off',
        )}</span> ${button(html`${t(locale, r.active ? 'officeAdmin.calendar.remove' : 'officeAdmin.calendar.restore')}<span class="visually-hidden"> ${formatVnDate(r.date)}</span>`, { kind: r.active ? 'warning' : 'secondary' })}`,
      )}</td></tr>`,
    )}</tbody></table>`}
<h2>${t(locale, 'officeAdmin.calendar.addTitle')}</h2>
${postForm(
  `${adminUrl.calendar}?nam=${year}`,
  officer.session.csrf,
  html`${textInput({ name: 'date', type: 'date', label: t(locale, 'officeAdmin.calendar.date'), value: v('date'), error: form.errors.date, required: true })}
${select({ name: 'type', label: t(locale, 'officeAdmin.calendar.type'), value: v('type'), error: form.errors.type, options: dayTypes.map((d) => ({ value: d, label: t(locale, `officeAdmin.calendar.type.${d}` as MessageKey) })) })}
${textInput({ name: 'label', label: t(locale, 'officeAdmin.calendar.label'), value: v('label'), error: form.errors.label, required: true })}
${textInput({ name: 'sourceDocument', label: t(locale, 'officeAdmin.calendar.source'), hint: t(locale, 'officeAdmin.calendar.sourceHint'), value: v('sourceDocument'), error: form.errors.sourceDocument, required: true })}
${button(t(locale, 'officeAdmin.calendar.add'))}`,
)}`;
  return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] }, status);
}

export function registerCalendarAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.calendar, async (request, reply) => sendCalendar(deps, request, reply, officerOf(request), yearOf(request, vnLocalDate(deps.clock.now()))));

  app.post(adminUrl.calendar, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const form = parseForm(DayForm, request.body, locale);
    const year = yearOf(request, vnLocalDate(deps.clock.now()));
    if (!form.ok) return sendCalendar(deps, request, reply, officer, year, form, 400);
    const { date, ...day } = form.data;
    await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => putCalendarDay(ctx, deps.services, { calendarCode: DEFAULT_CALENDAR, date, day }));
    return seeOther(reply, `${adminUrl.calendar}?nam=${date.slice(0, 4)}`);
  });

  app.post(`${adminUrl.calendar}/bat-tat`, async (request, reply) => {
    const officer = officerOf(request);
    const form = parseForm(SwitchForm, request.body, pageLocale(request));
    if (!form.ok) throw new NotFoundError();
    const { date, active } = form.data;
    await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      switchCalendarDay(ctx, deps.services, { calendarCode: DEFAULT_CALENDAR, date, active: active === 'true' }),
    );
    return seeOther(reply, `${adminUrl.calendar}?nam=${date.slice(0, 4)}`);
  });
}
