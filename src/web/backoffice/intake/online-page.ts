/**
 * Online intake: dossiers submitted on the portal or the national portal that
 * wait for this desk's acceptance, with the 8-working-hour clock, overdue and
 * at-risk first. Each can be opened, or accepted, sent back for supplement or
 * refused from a small form here (the same workflow actions as at the desk).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toVnIso } from '../../../platform/clock.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { decideOnlineIntake, listOnlineIntake, type OnlineIntakeItem } from '../../../modules/dossiers/index.ts';
import { button, errorSummary, postForm, select, textInput, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors, formValues, type FormValues } from '../../form-input.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { officerOf } from '../../guards.ts';
import { minutesText, type DeskOfficer } from './desk-access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function clock(locale: Locale, item: OnlineIntakeItem) {
  const time = minutesText(locale, Math.abs(item.workingMsLeft));
  if (item.urgency === 'OVERDUE') return html`<span class="tag bad">${t(locale, 'officeIntake.overdueBy', { time })}</span>`;
  return html`<span class="tag ${item.urgency === 'AT_RISK' ? 'warn' : 'ok'}">${t(locale, 'officeIntake.timeLeft', { time })}</span>${item.urgency === 'AT_RISK' ? html` <span class="visually-hidden">${t(locale, 'officeIntake.atRisk')}</span>` : ''}`;
}

interface Problem {
  dossierId: string;
  errors: FieldErrors;
  values: FormValues;
}

async function show(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: DeskOfficer, problem?: Problem) {
  const locale = pageLocale(request);
  const items = await listOnlineIntake(deps.services.dossiers, officer.actor);
  const title = t(locale, 'officeIntake.onlineTitle');
  const csrf = officer.session.csrf;
  const body = html`<h1>${title}</h1><p class="lead">${t(locale, 'officeIntake.onlineLead')}</p>
${problem ? errorSummary(locale, problem.errors) : ''}
${items.length === 0
  ? html`<p>${t(locale, 'officeIntake.onlineEmpty')}</p>`
  : html`<table><caption class="visually-hidden">${title}</caption><thead><tr><th scope="col">${t(locale, 'officeIntake.submitted')}</th><th scope="col">${t(locale, 'officeIntake.applicant')}</th><th scope="col">${t(locale, 'officeIntake.procedure')}</th><th scope="col">${t(locale, 'officeIntake.clock')}</th><th scope="col">${t(locale, 'officeIntake.decideTitle')}</th></tr></thead>
<tbody>${items.map((i) => {
  const d = i.dossier;
  const mine = problem?.dossierId === d.id;
  const v = (name: string) => (mine && typeof problem.values[name] === 'string' ? (problem.values[name] as string) : undefined);
  return html`<tr><td>${toVnIso(d.submittedAt!).slice(0, 16).replace('T', ' ')}<br><span class="muted">${d.channel}</span></td>
<td><a href="/can-bo/ho-so/${d.id}">${d.ownerName}</a>${d.code ? html`<br>${d.code}` : ''}</td><td>${d.procedureCode}</td><td>${clock(locale, i)}</td>
<td>${postForm(`/can-bo/tiep-nhan/truc-tuyen/${d.id}`, csrf, html`${select({ name: `decision`, label: t(locale, 'officeIntake.decision'), options: [
  { value: 'receive', label: t(locale, 'officeIntake.receive') },
  { value: 'supplement', label: t(locale, 'officeIntake.requestSupplement') },
  { value: 'refuse', label: t(locale, 'officeIntake.refuse') },
], value: v('decision') })}
${textInput({ name: 'reason', label: t(locale, 'officeIntake.onlineReason'), hint: t(locale, 'officeIntake.onlineReasonHint'), value: v('reason'), error: mine ? problem.errors.reason : undefined })}
${button(t(locale, 'officeIntake.apply'), { kind: 'secondary' })}`)}</td></tr>`;
})}</tbody></table>`}`;
  return sendOfficerPage(request, reply, officer, { title, section: 'intake', body, breadcrumbs: [{ href: '/can-bo/tiep-nhan', label: t(locale, 'officeIntake.title') }] }, problem ? 422 : 200);
}

export function registerOnlineIntakePage(app: App, deps: WebDeps): void {
  app.get('/can-bo/tiep-nhan/truc-tuyen', async (request, reply) => show(deps, request, reply, officerOf<DeskOfficer>(request)));

  app.post<{ Params: { dossierId: string } }>('/can-bo/tiep-nhan/truc-tuyen/:dossierId', async (request, reply) => {
    const officer = officerOf<DeskOfficer>(request);
    const locale = pageLocale(request);
    const values = formValues(request.body ?? {});
    const dossierId = UUID.test(request.params.dossierId) ? request.params.dossierId : '';
    const decision = values.decision === 'receive' ? 'receive' : values.decision === 'refuse' ? 'refuse' : 'supplement';
    const outcome = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) =>
      decideOnlineIntake(ctx, deps.services.dossiers, { dossierId, decision, reason: String(values.reason ?? '') }),
    );
    if (outcome.kind === 'incomplete') {
      const errors = fieldErrors(locale, [{ path: ['reason'], key: 'officeIntake.err.reason', params: {} }]);
      return show(deps, request, reply, officer, { dossierId, errors, values });
    }
    return seeOther(reply, '/can-bo/tiep-nhan/truc-tuyen');
  });
}
