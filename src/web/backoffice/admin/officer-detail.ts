/**
 * One officer for an administrator: grants with their validity, granting a
 * role, ending a grant, deactivating or reactivating the account, resetting
 * two-step verification (officer-totp.ts). Only
 * officers with a grant in the administrator's agencies are shown (others 404).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { administeredOfficer, grantRole, resetTotp, revokeGrant, setOfficerActive } from '../../../modules/identity/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { issuesOf } from '../../command-errors.ts';
import { button, errorSummary, postForm, type FieldErrors } from '../../components/forms.ts';
import { fieldErrors, parseForm, type FormValues } from '../../form-input.ts';
import { officerOf } from '../../guards.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import { adminUrl } from './admin-links.ts';
import { formatVnDate } from './format.ts';
import { TotpResetForm, totpResetDone, totpSection } from './officer-totp.ts';
import { adminAgencies, agencyRefused, GrantFields, grantFields } from './officer-fields.ts';

const IdParams = z.object({ id: z.uuid() });
const GrantForm = z.strictObject({ ...GrantFields, seenGrants: z.coerce.number().int().min(0) });

/** The officer id of the address; a malformed one is a page that does not exist. */
function officerIdOf(params: unknown): string {
  const p = IdParams.safeParse(params);
  if (!p.success) throw new NotFoundError();
  return p.data.id;
}

/** The officer with all their grants, when at least one grant lies in the administrator's scope (404 otherwise). */
async function loadTarget(deps: WebDeps, admin: Officer, params: unknown) {
  const target = await administeredOfficer(deps.db, admin.actor, officerIdOf(params));
  if (!target) throw new NotFoundError();
  return target;
}

async function sendDetail(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, admin: Officer, form: { values: FormValues; errors: FieldErrors } = { values: {}, errors: {} }, status = 200) {
  const locale = pageLocale(request);
  const { officer: row, grants, totpEnabledSince: enabledSince } = await loadTarget(deps, admin, request.params);
  const scope = admin.actor.scope.get('ADMIN') ?? new Set<string>();
  const agencies = await deps.services.agencies.current();
  const today = vnLocalDate(deps.clock.now());
  const base = adminUrl.officer(row.id);
  const body = html`${errorSummary(locale, form.errors)}<h1>${row.fullName}</h1>
<dl class="summary"><div><dt>${t(locale, 'officeAdmin.officers.username')}</dt><dd>${row.username}</dd></div>
<div><dt>${t(locale, 'officeAdmin.officers.state')}</dt><dd><span class="tag ${row.active ? 'ok' : 'grey'}">${t(locale, row.active ? 'officeAdmin.officers.active' : 'officeAdmin.officers.inactive')}</span></dd></div></dl>
${postForm(`${base}/trang-thai`, admin.session.csrf, html`<input type="hidden" name="active" value="${row.active ? 'false' : 'true'}">${button(t(locale, row.active ? 'officeAdmin.officers.deactivate' : 'officeAdmin.officers.reactivate'), { kind: row.active ? 'warning' : 'secondary' })}`)}
<h2>${t(locale, 'officeAdmin.officers.grants')}</h2>
<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.officers.role')}</th><th scope="col">${t(locale, 'officeAdmin.officers.agency')}</th><th scope="col">${t(locale, 'officeAdmin.officers.validity')}</th><th scope="col">${t(
    locale,
    'officeAdmin.officers.state',
  )}</th></tr></thead><tbody>${grants.map((g) => {
    const current = g.validFrom <= today && (g.validTo === null || g.validTo >= today);
    const agency = agencies.byId(g.agencyId);
    return html`<tr><td>${t(locale, `role.${g.role}` as MessageKey)}</td><td>${agency ? `${agency.code} – ${agency.name}` : g.agencyId}</td><td>${formatVnDate(g.validFrom)} – ${g.validTo ? formatVnDate(g.validTo) : t(locale, 'officeAdmin.officers.noEnd')}</td><td>${
      current && scope.has(g.agencyId) && (g.validTo === null || g.validTo >= today)
        ? postForm(`${base}/quyen/${g.id}/thu-hoi`, admin.session.csrf, button(html`${t(locale, 'officeAdmin.officers.revoke')}<span class="visually-hidden"> ${t(locale, `role.${g.role}` as MessageKey)}</span>`, { kind: 'warning' }))
        : html`<span class="tag ${current ? 'ok' : 'grey'}">${t(locale, current ? 'officeAdmin.officers.current' : 'officeAdmin.officers.notCurrent')}</span>`
    }</td></tr>`;
  })}</tbody></table>
<h2>${t(locale, 'officeAdmin.officers.grantTitle')}</h2>
${postForm(`${base}/quyen`, admin.session.csrf, html`<input type="hidden" name="seenGrants" value="${grants.length}">${grantFields(locale, adminAgencies(admin, agencies), form.values, form.errors)}${button(t(locale, 'officeAdmin.officers.grant'))}`)}
${totpSection(locale, { action: `${base}/xac-thuc-hai-buoc/dat-lai`, csrf: admin.session.csrf, enabledSince, own: row.id === admin.id }, form)}`;
  const done = (request.query as Record<string, unknown> | undefined)?.xong;
  const notice =
    done === totpResetDone.reset ? { kind: 'success' as const, text: t(locale, 'officeAdmin.totpReset.done') } : done === totpResetDone.nothing ? { kind: 'info' as const, text: t(locale, 'officeAdmin.totpReset.nothing') } : undefined;
  return sendOfficerPage(request, reply, admin, { title: row.fullName, body, ...(notice ? { notice } : {}), section: 'admin', width: 'wide', breadcrumbs: [{ href: adminUrl.home, label: t(locale, 'officeAdmin.index.title') }, { href: adminUrl.officers, label: t(locale, 'officeAdmin.officers.title') }] }, status);
}

export function registerOfficerDetail(app: App, deps: WebDeps): void {
  app.get('/can-bo/quan-tri/can-bo/:id', async (request, reply) => sendDetail(deps, request, reply, officerOf(request)));

  app.post('/can-bo/quan-tri/can-bo/:id/quyen', async (request, reply) => {
    const admin = officerOf(request);
    const locale = pageLocale(request);
    const officerId = officerIdOf(request.params);
    const form = parseForm(GrantForm, request.body, locale);
    if (!form.ok) return sendDetail(deps, request, reply, admin, form, 400);
    const { seenGrants, ...g } = form.data;
    const agencies = await deps.services.agencies.current();
    try {
      // The page showed `seenGrants` grants: if there are more now, this is a repeated submission and grants nothing.
      await deps.commands.run({ actor: admin.actor, requestId: request.id }, (ctx) => grantRole(ctx, { agencies, officerId, grant: { ...g, includeSubtree: true }, seenGrants }));
    } catch (err) {
      if (agencyRefused(err)) return sendDetail(deps, request, reply, admin, { values: form.values, errors: { agencyCode: t(locale, 'officeAdmin.officers.agencyOutOfScope') } }, 400);
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendDetail(deps, request, reply, admin, { values: form.values, errors: fieldErrors(locale, issues) }, 400);
    }
    return seeOther(reply, adminUrl.officer(officerId));
  });

  app.post('/can-bo/quan-tri/can-bo/:id/quyen/:grantId/thu-hoi', async (request, reply) => {
    const admin = officerOf(request);
    const officerId = officerIdOf(request.params);
    const grantId = (request.params as Record<string, string>).grantId ?? '';
    await deps.commands.run({ actor: admin.actor, requestId: request.id }, (ctx) => revokeGrant(ctx, { officerId, grantId }));
    return seeOther(reply, adminUrl.officer(officerId));
  });

  app.post('/can-bo/quan-tri/can-bo/:id/trang-thai', async (request, reply) => {
    const admin = officerOf(request);
    const officerId = officerIdOf(request.params);
    const active = (request.body as Record<string, unknown>).active === 'true';
    await deps.commands.run({ actor: admin.actor, requestId: request.id }, (ctx) => setOfficerActive(ctx, { officerId, active }));
    return seeOther(reply, adminUrl.officer(officerId));
  });

  app.post('/can-bo/quan-tri/can-bo/:id/xac-thuc-hai-buoc/dat-lai', async (request, reply) => {
    const admin = officerOf(request);
    const locale = pageLocale(request);
    const officerId = officerIdOf(request.params);
    const form = parseForm(TotpResetForm, request.body, locale);
    if (!form.ok) return sendDetail(deps, request, reply, admin, form, 400);
    let reset: boolean;
    try {
      reset = await deps.commands.run({ actor: admin.actor, requestId: request.id }, (ctx) => resetTotp(ctx, { officerId, reason: form.data.reason }));
    } catch (err) {
      const issues = issuesOf(err);
      if (!issues) throw err;
      return sendDetail(deps, request, reply, admin, { values: form.values, errors: fieldErrors(locale, issues) }, 400);
    }
    return seeOther(reply, `${adminUrl.officer(officerId)}?xong=${reset ? totpResetDone.reset : totpResetDone.nothing}`);
  });
}
