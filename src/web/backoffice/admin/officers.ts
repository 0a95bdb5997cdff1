/** Officers of the administrator's agencies: the list and creating an account with its first role. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createOfficer, listAdministeredOfficers } from '../../../modules/identity/index.ts';
import { ConflictError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, errorSummary, postForm, textInput, type FieldErrors } from '../../components/forms.ts';
import { issuesOf } from '../../command-errors.ts';
import { fieldErrors, firstValue, parseForm, type FormValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { registerOfficerDetail } from './officer-detail.ts';
import { adminAgencies, agencyRefused, GrantFields, grantFields } from './officer-fields.ts';

const CreateForm = z.strictObject({
  username: z.string().toLowerCase().regex(/^[a-z0-9._-]{3,64}$/, 'officeAdmin.officers.usernameInvalid'),
  fullName: z.string().min(2).max(120),
  title: z.string().max(120).optional(),
  email: z.email().max(120).optional(),
  phone: z.string().regex(/^(\+84|0)[0-9]{8,10}$/, 'phone').optional(),
  password: z.string().min(1).max(200),
  ...GrantFields,
});

async function sendCreate(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, values: FormValues, errors: FieldErrors, status = 200) {
  const locale = pageLocale(request);
  const title = t(locale, 'officeAdmin.officers.createTitle');
  const v = (k: string) => firstValue(values[k]);
  const options = adminAgencies(officer, await deps.services.agencies.current());
  const body = html`${errorSummary(locale, errors)}<h1>${title}</h1>
${postForm(
  `${adminUrl.officers}/moi`,
  officer.session.csrf,
  html`${textInput({ name: 'username', label: t(locale, 'officeAdmin.officers.username'), hint: t(locale, 'officeAdmin.officers.usernameHint'), value: v('username'), error: errors.username, required: true, autocomplete: 'off' })}
${textInput({ name: 'fullName', label: t(locale, 'officeAdmin.officers.fullName'), value: v('fullName'), error: errors.fullName, required: true })}
${textInput({ name: 'title', label: t(locale, 'officeAdmin.officers.jobTitle'), value: v('title'), error: errors.title })}
${textInput({ name: 'email', type: 'email', label: t(locale, 'officeAdmin.officers.email'), value: v('email'), error: errors.email })}
${textInput({ name: 'phone', type: 'tel', label: t(locale, 'officeAdmin.officers.phone'), value: v('phone'), error: errors.phone })}
${textInput({ name: 'password', type: 'password', label: t(locale, 'officeAdmin.officers.password'), hint: t(locale, 'officeAdmin.officers.passwordHint'), error: errors.password, required: true, autocomplete: 'new-password' })}
<fieldset><legend>${t(locale, 'officeAdmin.officers.firstRole')}</legend>${grantFields(locale, options, values, errors)}</fieldset>
${button(t(locale, 'officeAdmin.officers.create'))}`,
)}`;
  return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }, { href: adminUrl.officers, label: t(locale, 'officeAdmin.officers.title') }] }, status);
}

export function registerOfficerAdmin(app: App, deps: WebDeps): void {
  app.get(adminUrl.officers, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const rows = await listAdministeredOfficers(deps.db, officer.actor);
    const title = t(locale, 'officeAdmin.officers.title');
    const body = html`<h1>${title}</h1><p><a href="${adminUrl.officers}/moi">${t(locale, 'officeAdmin.officers.createTitle')}</a></p>
<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.officers.fullName')}</th><th scope="col">${t(locale, 'officeAdmin.officers.username')}</th><th scope="col">${t(
      locale,
      'officeAdmin.officers.state',
    )}</th></tr></thead>
<tbody>${rows.map(
      (r) => html`<tr><td><a href="${adminUrl.officer(r.id)}">${r.fullName}</a>${r.title ? html`<br><span class="hint">${r.title}</span>` : ''}</td><td>${r.username}</td><td><span class="tag ${
        r.active ? 'ok' : 'grey'
      }">${t(locale, r.active ? 'officeAdmin.officers.active' : 'officeAdmin.officers.inactive')}</span></td></tr>`,
    )}</tbody></table>`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }] });
  });

  app.get(`${adminUrl.officers}/moi`, async (request, reply) => {
    return sendCreate(deps, request, reply, officerOf(request), {}, {});
  });

  app.post(`${adminUrl.officers}/moi`, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const form = parseForm(CreateForm, request.body, locale);
    if (!form.ok) return sendCreate(deps, request, reply, officer, form.values, form.errors, 400);
    const d = form.data;
    const grant = { role: d.role, agencyCode: d.agencyCode, includeSubtree: true, ...(d.validFrom ? { validFrom: d.validFrom } : {}), ...(d.validTo ? { validTo: d.validTo } : {}) };
    const input = { username: d.username, fullName: d.fullName, password: d.password, grants: [grant], ...(d.title ? { title: d.title } : {}), ...(d.email ? { email: d.email } : {}), ...(d.phone ? { phone: d.phone } : {}) };
    const agencies = await deps.services.agencies.current();
    try {
      const created = await deps.commands.run({ actor: officer.actor, requestId: request.id }, (ctx) => createOfficer(ctx, { agencies, officer: input }));
      return seeOther(reply, adminUrl.officer(created.id));
    } catch (err) {
      // A second click on "create" meets the account the first one made: say so on the field, create nothing.
      if (err instanceof ConflictError) return sendCreate(deps, request, reply, officer, form.values, { username: t(locale, err.key, err.params) }, 409);
      if (agencyRefused(err)) return sendCreate(deps, request, reply, officer, form.values, { agencyCode: t(locale, 'officeAdmin.officers.agencyOutOfScope') }, 400);
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendCreate(deps, request, reply, officer, form.values, fieldErrors(locale, issues), 400);
    }
  });

  registerOfficerDetail(app, deps);
}
